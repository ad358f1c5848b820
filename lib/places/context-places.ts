/**
 * Places the gazetteer does not know, found from how the text talks about them: "the village of
 * Safina", "Logar province", "35km south of X", "towns including Rabiyah and Zumar",
 * "Mount Sinjar", "in Sarkh, Afghanistan". A name found once this way is a place wherever
 * else it appears in the same text.
 */
import { ROLE_NOUNS } from '../entities/people/titles';
import { isNameLikeWord, opensSentence } from './words';

/** An unknown place found from context. */
export interface ContextPlace {
  start: number;
  end: number;
  text: string;
  /** Set when the text says which country ("in Sarkh, Afghanistan"). */
  countryCode?: string;
  kind: string;
}

// A proper name of one to three capitalised words, with Arabic-style particles ("Tal al-Abyad").
const NAME = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*(?: (?:(?:al|el|ad|as|ash|an|ar|de|del|la|le)[ -])?\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*){0,2}`;
const CLASS_OF = String.raw`village|town|city|province|district|governorate|region|county|suburb|neighbou?rhood|municipality|port|island|hamlet|enclave|settlement|camp|oblast|outskirts|area|villages|towns|cities|provinces|districts`;
const CLASS_AFTER = String.raw`province|district|governorate|county|oblast|prefecture|municipality|region|refugee camp`;
const DIRECTION = String.raw`(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?`;

const OF_PATTERN = new RegExp(String.raw`\b(?:${CLASS_OF}) of (${NAME})`, 'gu');
// These two are found by their lower-case keyword first and then read backwards, since a pattern
// opening with a capitalised name would be tried at every position of the text.
const AFTER_KEYWORD = new RegExp(String.raw` (?:${CLASS_AFTER})\b`, 'gu');
const NAME_AT_END = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}'’-])(${NAME})$`, 'u');
const AREA_KEYWORD = / area\b/gu;
const AREA_NAME_AT_END = new RegExp(String.raw`\b(?:in|near|around) (?:the )?(${NAME})$`, 'u');
const LOOK_BACK = 60;
// "from Rufaila, also south of Mosul", "in Safina, about 45km south of X": a name placed relative to another.
const RELATIVE_KEYWORD = new RegExp(
  String.raw`, (?:also |about |some |just |roughly |around |nearly )?(?:\d+ ?(?:km|kilometres|kilometers|miles) (?:\([^)]{0,20}\) )?)?${DIRECTION} of\b`,
  'gu',
);
const RELATIVE_NAME_AT_END = new RegExp(String.raw`\b(?:in|at|from|near|of|to|outside) (${NAME})$`, 'u');
const DIRECTION_PATTERN = new RegExp(String.raw`\b${DIRECTION} of (${NAME})`, 'gu');
const MOUNT_PATTERN = new RegExp(String.raw`\b(?:Mount|Mt\.?|Lake) (${NAME})`, 'gu');
const LIST_PATTERN = new RegExp(
  String.raw`\b(?:villages|towns|cities|districts|provinces|areas|regions|neighbou?rhoods|camps|settlements)\b[^.;:!?\n]{1,60}?\b(?:including|such as|like|namely) (${NAME}(?:(?:,| and|, and) ${NAME}){0,8})`,
  'gu',
);

const SPLIT_LIST = /,? and |, /u;
const MAX_NAMES = 100;

/** Trims words that cannot belong to a place name off the end ("London Police" → "London"). */
function trimName(name: string, start: number): { text: string; start: number; end: number } | undefined {
  const parts = name.split(' ');
  // "port of Rockstar's": a possessive is an owner, not a place.
  if (parts.some((p) => /['’]s?$/u.test(p))) return undefined;
  while (parts.length > 0 && !isNameLikeWord(parts[parts.length - 1] ?? '')) parts.pop();
  const first = parts[0];
  if (first === undefined || !isNameLikeWord(first) || ROLE_NOUNS.has(first.toLowerCase())) return undefined;
  const text = parts.join(' ');
  return { text, start, end: start + text.length };
}

/**
 * Unknown places named by context in `text`, and every other mention of the same names
 * (sorted by start; they may overlap known places, which the caller prefers).
 */
export function findContextPlaces(text: string): ContextPlace[] {
  const found = new Map<string, ContextPlace>();
  const add = (name: string, start: number, kind: string): void => {
    // A bound on distinct names keeps the mention search linear on hostile input.
    if (found.size >= MAX_NAMES) return;
    const t = trimName(name, start);
    if (t && !found.has(t.text)) found.set(t.text, { ...t, kind });
  };

  for (const m of text.matchAll(OF_PATTERN)) {
    const name = m[1] ?? '';
    add(name, (m.index ?? 0) + m[0].length - name.length, 'place');
  }
  for (const k of text.matchAll(AFTER_KEYWORD)) {
    const end = k.index ?? 0;
    const from = Math.max(0, end - LOOK_BACK);
    const name = NAME_AT_END.exec(text.slice(from, end))?.[1];
    if (!name) continue;
    const start = end - name.length;
    // "The district ..." at a sentence start, or "Kurdish region": not a place name.
    if (opensSentence(text, start) && name.indexOf(' ') < 0 && !isNameLikeWord(name)) continue;
    add(name, start, 'province');
  }
  for (const k of text.matchAll(AREA_KEYWORD)) {
    const end = k.index ?? 0;
    const name = AREA_NAME_AT_END.exec(text.slice(Math.max(0, end - LOOK_BACK), end))?.[1];
    if (name) add(name, end - name.length, 'place');
  }
  for (const k of text.matchAll(RELATIVE_KEYWORD)) {
    const end = k.index ?? 0;
    const name = RELATIVE_NAME_AT_END.exec(text.slice(Math.max(0, end - LOOK_BACK), end))?.[1];
    if (name) add(name, end - name.length, 'place');
  }
  for (const m of text.matchAll(DIRECTION_PATTERN)) {
    const name = m[1] ?? '';
    add(name, (m.index ?? 0) + m[0].length - name.length, 'place');
  }
  for (const m of text.matchAll(MOUNT_PATTERN)) {
    const start = m.index ?? 0;
    const t = trimName(m[1] ?? '', start + m[0].length - (m[1] ?? '').length);
    if (t) {
      const full = text.slice(start, t.end);
      if (!found.has(full)) found.set(full, { text: full, start, end: t.end, kind: 'feature' });
    }
  }
  for (const m of text.matchAll(LIST_PATTERN)) {
    const list = m[1] ?? '';
    let offset = (m.index ?? 0) + m[0].length - list.length;
    for (const item of list.split(SPLIT_LIST)) {
      const at = text.indexOf(item, offset);
      if (at < 0) break;
      add(item, at, 'place');
      offset = at + item.length;
    }
  }
  return mentionsOf(text, [...found.values()]);
}

/** Every whole-word, same-case occurrence of the found names. */
function mentionsOf(text: string, places: ContextPlace[]): ContextPlace[] {
  const out: ContextPlace[] = [];
  const boundary = /[\p{L}\p{M}\p{N}]/u;
  for (const p of places) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(p.text, from);
      if (at < 0) break;
      from = at + p.text.length;
      if (boundary.test(text[at - 1] ?? '') || boundary.test(text[from] ?? '')) continue;
      out.push({ ...p, start: at, end: from });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
