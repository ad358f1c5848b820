/**
 * Page language: what the page declares, checked against a cheap guess from its text. The guess
 * matters because declarations are often wrong (templates left at lang="en") and the assessor must
 * not read a French page with an English lexicon.
 */

/** Frequent function words per language; short and unambiguous enough to vote. */
const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'are', 'have', 'this', 'from', 'which', 'would', 'been', 'their', 'they'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'pas', 'avec', 'sont', 'aux', 'mais', 'cette'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'sich', 'auf', 'ein', 'eine', 'dem', 'auch', 'wird', 'werden', 'bei', 'für'],
  es: ['el', 'los', 'las', 'del', 'y', 'una', 'con', 'su', 'sus', 'pero', 'fue', 'más', 'este', 'entre', 'muy', 'está', 'han', 'hay'],
  it: ['il', 'di', 'che', 'della', 'per', 'sono', 'non', 'gli', 'nel', 'alla', 'anche', 'questo', 'delle', 'è', 'più', 'ha', 'dei', 'dalla'],
  pt: ['não', 'uma', 'com', 'os', 'das', 'dos', 'ao', 'à', 'pelo', 'pela', 'também', 'são', 'seu', 'sua', 'mas', 'foi', 'em', 'ele'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'zijn', 'voor', 'met', 'ook', 'maar', 'wordt', 'naar', 'deze', 'dat', 'heeft', 'bij', 'nog', 'werd'],
};

let voteTable: Map<string, string[]> | null = null;
function votes(): Map<string, string[]> {
  if (voteTable) return voteTable;
  voteTable = new Map();
  for (const [lang, words] of Object.entries(STOP_WORDS)) {
    for (const w of words) {
      const list = voteTable.get(w) ?? [];
      list.push(lang);
      voteTable.set(w, list);
    }
  }
  return voteTable;
}

/** Scripts whose presence alone says which language family a text is in. */
function scriptLanguage(sample: string): string | null {
  let kana = 0, han = 0, hangul = 0, cyr = 0, arab = 0, greek = 0, hebrew = 0, thai = 0, latin = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x250) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) latin++;
    } else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c >= 0x600 && c <= 0x6ff) arab++;
    else if (c >= 0x370 && c <= 0x3ff) greek++;
    else if (c >= 0x590 && c <= 0x5ff) hebrew++;
    else if (c >= 0xe00 && c <= 0xe7f) thai++;
  }
  const cjk = kana + han + hangul;
  // One CJK character carries about as much as a Latin word of five letters.
  if (cjk * 4 > latin) {
    if (kana > 0 && kana * 10 >= han) return 'ja';
    if (hangul > han) return 'ko';
    return 'zh';
  }
  const other: [string, number][] = [['ru', cyr], ['ar', arab], ['el', greek], ['he', hebrew], ['th', thai]];
  for (const [lang, n] of other) if (n > latin) return lang;
  return null;
}

/**
 * The language a text is written in, as a two-letter code, or null when too short or unclear.
 * Looks at the first few thousand characters only.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 6000);
  const byScript = scriptLanguage(sample);
  if (byScript) return byScript;
  const table = votes();
  const count = new Map<string, number>();
  let words = 0;
  for (const m of sample.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    words++;
    const langs = table.get(m[0]);
    if (!langs) continue;
    for (const l of langs) count.set(l, (count.get(l) ?? 0) + 1 / langs.length);
  }
  if (words < 12) return null;
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const [l, n] of count) {
    if (n > bestN) {
      second = bestN;
      bestN = n;
      best = l;
    } else if (n > second) second = n;
  }
  // Stop words make up a third or more of running text; demand a clear margin over the runner-up.
  if (!best || bestN < Math.max(3, words * 0.05) || bestN < second * 1.3) return null;
  return best;
}

/** A language tag as BCP 47 writes it ("EN_us" → "en-US"), or null when it is not one. */
export function normalizeLangTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.trim().split(/[-_]/);
  const primary = parts[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  const region = parts[1];
  if (region && /^[a-z]{2}$/i.test(region)) return `${primary}-${region.toUpperCase()}`;
  return primary;
}

/** The primary language subtag of a tag ("en-GB" → "en"). */
export function primaryLanguage(tag: string | null | undefined): string | null {
  return normalizeLangTag(tag)?.split('-')[0] ?? null;
}
