/**
 * Small word-level helpers shared by the place and person rules: what a capitalised word is,
 * whether a position opens a sentence, and the word just before or after a span.
 */
import { CALENDAR_WORDS, ORG_WORDS, STOP_WORDS } from '../entities/people/stop-words';
import { TITLE_WORDS } from '../entities/people/titles';
import { isDemonym } from './demonyms';

/** A word (letters, digits, inner apostrophes/hyphens) and where it is. */
export interface WordAt {
  text: string;
  start: number;
  end: number;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether `w` starts with a capital and has a lower-case letter ("Kabul", "McCallum"), i.e. is written like a name. */
export function isCapitalisedWord(w: string): boolean {
  return UPPER_START.test(w) && HAS_LOWER.test(w);
}

/** Whether a capitalised word could be (part of) a proper name of a place or person, not a common or function word. */
export function isNameLikeWord(w: string): boolean {
  return (
    isCapitalisedWord(w) &&
    !STOP_WORDS.has(w) &&
    !CALENDAR_WORDS.has(w) &&
    !ORG_WORDS.has(w) &&
    !TITLE_WORDS.has(w) &&
    !isDemonym(w)
  );
}

const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr St Gen Lt Col Sgt Supt Det Insp Rep Sen Gov Prof Rev Capt Adm Brig Cpl Maj Jr Sr Mt No vs Messrs Inc Ltd Co Corp approx'.split(
    ' ',
  ),
);

const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);
const isJoiner = (c: string | undefined): boolean => c === "'" || c === '’' || c === '-';

/** The word ending at or before `pos` (skipping non-word characters back to it), if within `maxGap` characters. */
export function wordBefore(text: string, pos: number, maxGap = 3): WordAt | undefined {
  let end = pos;
  const limit = Math.max(0, pos - maxGap);
  while (end > limit && !isWordChar(text[end - 1])) end--;
  if (end === 0 || !isWordChar(text[end - 1])) return undefined;
  let start = end;
  while (start > 0 && (isWordChar(text[start - 1]) || (isJoiner(text[start - 1]) && isWordChar(text[start - 2])))) {
    start--;
  }
  return { text: text.slice(start, end), start, end };
}

/** The word starting at or after `pos` (skipping non-word characters), if within `maxGap` characters. */
export function wordAfter(text: string, pos: number, maxGap = 3): WordAt | undefined {
  let start = pos;
  const limit = Math.min(text.length, pos + maxGap);
  while (start < limit && !isWordChar(text[start])) start++;
  if (start >= text.length || !isWordChar(text[start])) return undefined;
  let end = start;
  while (end < text.length && (isWordChar(text[end]) || (isJoiner(text[end]) && isWordChar(text[end + 1])))) end++;
  return { text: text.slice(start, end), start, end };
}

/** Whether exactly one space (or no-break space) separates `a` and `b`, so they belong to one phrase. */
export function singleSpaceBetween(text: string, a: number, b: number): boolean {
  if (b - a !== 1) return false;
  const c = text[a];
  return c === ' ' || c === '\u00a0';
}

/**
 * Whether the word at `pos` opens a sentence, a line or a quotation, where any word is
 * capitalised ("Reading the report, ..."). Abbreviations such as "Mr." do not end sentences.
 */
export function opensSentence(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  while (i >= 0 && '"“‘\'([«'.includes(text[i] ?? '')) i--;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  if (i < 0) return true;
  const c = text[i] ?? '';
  if (c === '\n' || c === '\r' || c === '!' || c === '?' || c === ':' || c === '•' || c === '|') return true;
  if (c === '"' || c === '”' || c === '’') return i > 0 && '.!?'.includes(text[i - 1] ?? '');
  if (c !== '.') return false;
  const prev = wordBefore(text, i, 0);
  // "Mr. Park", "U.S. troops", "Lt. Gen.": a dot after an abbreviation or a single letter is not a full stop.
  return !(prev && (prev.text.length === 1 || ABBREVIATIONS.has(prev.text)));
}
