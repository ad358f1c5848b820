/**
 * The evidence an article offers for each topic: weighted lexicon terms (in the language the
 * article is written in) and recognised entities. Kept apart from the verdict so every number
 * behind a verdict can be shown to the reader.
 */
import type { Entity } from '../entities/types';
import type { Article } from './types';
import { Lexicon, tokenize, findSubstrings, type Signal, type Term, type TermHit } from './lexicon';
import { detectLanguage, primaryLanguage } from './lang';
import { EN_TERMS } from './lexicon-en';
import { FR_TERMS } from './lexicon-fr';
import { DE_TERMS } from './lexicon-de';
import { JA_TERMS, ZH_TERMS } from './lexicon-ja';
import { ES_TERMS } from './lexicon-es';
import { IT_TERMS } from './lexicon-it';
import { PT_TERMS } from './lexicon-pt';
import { NL_TERMS } from './lexicon-nl';
import { RU_TERMS } from './lexicon-ru';

/** One feature and what it adds to a signal, with the words a reason is made of. */
export interface Contribution {
  signal: Signal;
  /** Evidence added (already scaled by repetition). */
  value: number;
  /** What was found: a term ("terrorist") or an entity name ("MI5"). */
  label: string;
  count: number;
  source: 'term' | 'title' | 'entity';
  /**
   * How a reason should speak of it: a `name` (an agency, group or malware: "names MI5 4 times"),
   * `ids` (CVE and other indicators), `level` (threat-level language) or plain `words`.
   */
  kind: 'name' | 'ids' | 'level' | 'words';
}

/** Everything the verdict is computed from. */
export interface Evidence {
  /** The language the lexicon was chosen for, or null when the article's language has none. */
  lang: string | null;
  /** Running words of the text (CJK text: characters / 2). */
  words: number;
  contributions: Contribution[];
}

const SEGMENTED: Readonly<Record<string, readonly Term[]>> = {
  en: EN_TERMS, fr: FR_TERMS, de: DE_TERMS, es: ES_TERMS, it: IT_TERMS, pt: PT_TERMS, nl: NL_TERMS, ru: RU_TERMS,
};
const UNSEGMENTED: Readonly<Record<string, readonly Term[]>> = { ja: JA_TERMS, zh: ZH_TERMS };

const compiled = new Map<string, Lexicon>();
function lexiconFor(lang: string): Lexicon | null {
  const list = SEGMENTED[lang];
  if (!list) return null;
  let lex = compiled.get(lang);
  if (!lex) {
    lex = new Lexicon(list);
    compiled.set(lang, lex);
  }
  return lex;
}

/** Words near the top of the text say what it is about; later ones may be asides. */
const LEAD_TOKENS = 120;
const LEAD_WEIGHT = 1.5;
/** A term in the title counts this much on top of its mentions in the text. */
const TITLE_WEIGHT = 2;

/** The language whose lexicon reads this article: the text's own language wins over a declaration. */
export function assessLanguage(article: Article): string | null {
  const detected = article.text.length >= 200 ? detectLanguage(article.text) : null;
  const lang = detected ?? primaryLanguage(article.lang) ?? (article.text.length < 200 ? 'en' : null);
  return lang;
}

/** The form a term most often takes in the text ("terrorists" for the term "terroris*"). */
function commonForm(forms: Map<string, number>, fallback: string): string {
  let best = fallback;
  let n = 0;
  for (const [form, c] of forms) if (c > n) [best, n] = [form, c];
  return best;
}

function addTerms(
  out: Contribution[],
  text: string,
  hits: readonly TermHit[],
  weightOf: (h: TermHit) => number,
  source: 'term' | 'title',
): void {
  const byTerm = new Map<Term, { n: number; weighted: number; forms: Map<string, number> }>();
  for (const h of hits) {
    const e = byTerm.get(h.term) ?? { n: 0, weighted: 0, forms: new Map<string, number>() };
    e.n++;
    e.weighted += weightOf(h);
    const form = h.term.cs ? text.slice(h.start, h.end) : text.slice(h.start, h.end).toLowerCase();
    e.forms.set(form, (e.forms.get(form) ?? 0) + 1);
    byTerm.set(h.term, e);
  }
  for (const [term, { n, weighted, forms }] of byTerm) {
    // Repetition adds less and less: the tenth "hacker" says little the third did not.
    const value = source === 'title' ? term.w * TITLE_WEIGHT : term.w * (1 + Math.log(Math.max(1, weighted)));
    const label = commonForm(forms, term.p.replace(/\*/g, ''));
    const kind = /^cve$/i.test(label) ? 'ids' : /threat level/i.test(term.p) ? 'level' : term.cs ? 'name' : 'words';
    out.push({ signal: term.t, value, label, count: n, source, kind });
  }
}

/** Lexicon evidence in the title and text of `article`, and the text spans it covered. */
function lexicalEvidence(article: Article, lang: string): { contributions: Contribution[]; words: number; spans: [number, number][] } {
  const contributions: Contribution[] = [];
  const text = article.text;
  const title = article.title ?? '';
  const unsegmented = UNSEGMENTED[lang];
  if (unsegmented) {
    const hits = findSubstrings(text, unsegmented);
    const lead = Math.min(text.length, LEAD_TOKENS * 2);
    addTerms(contributions, text, hits, (h) => (h.start < lead ? LEAD_WEIGHT : 1), 'term');
    addTerms(contributions, title, findSubstrings(title, unsegmented), () => 1, 'title');
    return { contributions, words: Math.round(text.length / 2), spans: hits.map((h) => [h.start, h.end]) };
  }
  const lex = lexiconFor(lang);
  if (!lex) return { contributions, words: 0, spans: [] };
  const tokens = tokenize(text);
  const hits = lex.find(tokens);
  addTerms(contributions, text, hits, (h) => (h.token < LEAD_TOKENS ? LEAD_WEIGHT : 1), 'term');
  addTerms(contributions, title, lex.find(tokenize(title)), () => 1, 'title');
  return { contributions, words: tokens.lower.length, spans: hits.map((h) => [h.start, h.end]) };
}

/**
 * What a recognised agency is evidence of, by its kind in the knowledge base: intelligence and
 * security services speak for national security, police and border agencies only for crime.
 */
function agencySignal(kind: string): [Signal, number] {
  if (/intelligence|security-service/.test(kind)) return ['national-security', 2.5];
  if (/counter-terror/.test(kind)) return ['terrorism', 2.5];
  if (/cyber|cert|csirt/.test(kind)) return ['cyber', 2.5];
  if (/military/.test(kind)) return ['national-security', 1.5];
  if (/ministry|international/.test(kind)) return ['national-security', 0.8];
  if (/police|law|border|justice|prosecut/.test(kind)) return ['crime', 1];
  return ['crime', 0.5];
}

/** What one recognised entity is evidence of, and how much one mention weighs. */
function entitySignal(e: Entity): [Signal, number] | null {
  const kind = ('kind' in e && typeof e.kind === 'string' ? e.kind : '').toLowerCase();
  switch (e.type) {
    case 'agency':
      return agencySignal(kind);
    case 'threat-actor':
      if (/terror|extrem|jihad/.test(kind)) return ['terrorism', 3];
      if (/milit|insurg/.test(kind)) return ['terrorism', 2];
      if (/apt|cyber|ransom|hacktiv|crime/.test(kind)) return ['cyber', 3];
      return ['cyber', 2];
    case 'malware':
      return ['cyber', 3];
    case 'indicator':
      if (e.kind === 'cve' || e.kind === 'attack-technique') return ['cyber', 3];
      if (e.kind === 'md5' || e.kind === 'sha1' || e.kind === 'sha256') return ['cyber', 2];
      return null;
    case 'marking':
      return ['cyber', 2];
    case 'threat-level':
      if (e.system === 'cvss' || e.system === 'vendor') return ['cyber', 2];
      if (e.system === 'qualitative') return ['terrorism', 1];
      return ['terrorism', 3];
    case 'attack-type': {
      const id = e.id ?? e.text.toLowerCase();
      if (/ransom|phish|ddos|denial|breach|supply|zero|malware|hack|cyber|exploit|credential/.test(id)) return ['cyber', 2];
      if (/bomb|vehicle|lone|suicide|terror|hostage|ied|explos/.test(id)) return ['terrorism', 2];
      return ['crime', 1];
    }
    default:
      return null;
  }
}

/** Entity evidence, leaving out mentions the lexicon already counted (no double counting). */
function entityEvidence(entities: readonly Entity[], spans: readonly [number, number][]): Contribution[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const covered = (e: Entity): boolean => {
    let lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sorted[mid];
      if (!s) break;
      if (s[1] <= e.start) lo = mid + 1;
      else if (s[0] >= e.end) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const groups = new Map<string, { signal: Signal; w: number; n: number; label: string; kind: Contribution['kind'] }>();
  for (const e of entities) {
    const sig = entitySignal(e);
    if (!sig || covered(e)) continue;
    const label = e.type === 'indicator' ? e.kind.toUpperCase() : (e.name ?? e.text).trim();
    const kind = e.type === 'indicator' ? 'ids' : e.type === 'threat-level' ? 'level' : 'name';
    const key = `${e.type}:${e.type === 'indicator' ? e.kind : (e.id ?? e.text.toLowerCase())}`;
    const g = groups.get(key) ?? { signal: sig[0], w: sig[1], n: 0, label, kind };
    g.n++;
    groups.set(key, g);
  }
  const out: Contribution[] = [];
  for (const g of groups.values()) {
    out.push({ signal: g.signal, value: g.w * (1 + Math.log(g.n)), label: g.label, count: g.n, source: 'entity', kind: g.kind });
  }
  return out;
}

/** All the evidence `article` and its `entities` offer, per topic. */
export function gatherEvidence(article: Article, entities: readonly Entity[]): Evidence {
  const lang = assessLanguage(article);
  if (!lang || (!SEGMENTED[lang] && !UNSEGMENTED[lang])) {
    // No lexicon for this language: only language-neutral entities (CVE ids, malware names) speak.
    return { lang: null, words: tokenize(article.text).lower.length, contributions: entityEvidence(entities, []) };
  }
  const lexical = lexicalEvidence(article, lang);
  return { lang, words: lexical.words, contributions: [...lexical.contributions, ...entityEvidence(entities, lexical.spans)] };
}
