/**
 * The counted noun phrase after a number: "400 live operations", "three of its commanders",
 * "200,000 of the world's computers", "30,000 troops, fighters and tribesmen".
 * No tagger: a run of content words, cut after its last plausible head noun.
 */
import { SCALES, SMALL_NUMBERS, TENS, VAGUE_PLURALS } from './lexicon';
import { FUNCTION_WORDS, NOMINAL_ADJECTIVES, VERBISH, looksPlural } from './units';
import { MONTHS } from './context';
import { LINE_BEFORE, SYM, WORD, glued, isCapitalised, isSym, tokLower, type TokenStream } from './tokenize';

/** A noun phrase: tokens [start, end) name the unit. */
export interface NounPhrase {
  readonly start: number;
  readonly end: number;
}

/** What the phrase's head must look like: plural (counts above one) or anything nounish. */
export type HeadMode = 'plural' | 'singular';

interface Word {
  readonly s: number;
  readonly e: number;
  readonly lower: string;
  /** Written with a capital (a name or demonym: "Israelis", "US"). */
  readonly cap: boolean;
}

const MAX_WORDS = 7;
/** Function words that may open a counted phrase ("17 other flaws", "200 more people"). */
const LEADING_MODIFIERS: ReadonlySet<string> = new Set(['other', 'more', 'additional', 'further', 'previous', 'recent']);
const DETERMINERS: ReadonlySet<string> = new Set(
  'the its their his her our these those this that your my all whose'.split(' '),
);
const PRONOUNS: ReadonlySet<string> = new Set('them us those these you whom which'.split(' '));
/** Pronouns that may also be determiners ("of these deaths"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['those', 'these']);

const lw = (ts: TokenStream, i: number): string => (i >= 0 && i < ts.count && ts.kind[i] === WORD ? tokLower(ts, i) : '');

function isNumberish(w: string): boolean {
  return SMALL_NUMBERS.has(w) || TENS.has(w) || SCALES.has(w) || VAGUE_PLURALS.has(w) || w === 'dozen';
}

/** One content word at `i`, hyphenated compounds joined ("high-ranking", "US-led"), or null. */
function wordAt(ts: TokenStream, i: number): Word | null {
  if (i >= ts.count || ts.kind[i] !== WORD) return null;
  let e = i + 1;
  for (let parts = 1; parts < 5 && isSym(ts, e, '-') && glued(ts, e) && glued(ts, e + 1) && ts.kind[e + 1] === WORD; parts++) e += 2;
  const lower = ts.text.slice(ts.start[i] ?? 0, ts.end[e - 1] ?? 0).toLowerCase().replace(/\u00ad/g, '').replace(/\u2019/g, "'");
  return { s: i, e, lower, cap: isCapitalised(ts, i) };
}

/** An all-capitals word of two letters or more ("US", "IT"), never the function word it spells. */
function isAcronym(ts: TokenStream, i: number): boolean {
  const t = ts.text.slice(ts.start[i] ?? 0, ts.end[i] ?? 0);
  return t.length >= 2 && t === t.toUpperCase() && t !== t.toLowerCase();
}

const isVerbForm = (w: string): boolean => w.endsWith('ed') || w.endsWith('ing') || VERBISH.has(w);

/** Content words from token `i` on, stopping at function words, numbers, punctuation and verbs after a noun. */
function contentWords(ts: TokenStream, i: number, singular: boolean): Word[] {
  const out: Word[] = [];
  let j = i;
  while (out.length < MAX_WORDS) {
    const w = wordAt(ts, j);
    if (!w || ((ts.flags[j] ?? 0) & LINE_BEFORE) || (FUNCTION_WORDS.has(w.lower) && !isAcronym(ts, j) && !(out.length === 0 && LEADING_MODIFIERS.has(w.lower))) || isNumberish(w.lower) || isNumberish(w.lower.split('-')[0] ?? '')) break;
    if (MONTHS.has(w.lower) && isCapitalised(ts, j)) break;
    const prev = out[out.length - 1];
    if (prev && looksPlural(prev.lower, prev.cap) && isVerbForm(w.lower)) break; // "400 people attended"
    if (out.length > 0 && VERBISH.has(w.lower)) break;
    if (w.lower.includes("'") && !w.lower.endsWith("'s")) break; // "you're", "don't"
    if (singular && out.length > 0 && isVerbForm(w.lower)) break; // "of the information stolen"
    out.push(w);
    j = w.e;
  }
  return out;
}

function lastIndex(words: readonly Word[], test: (w: Word) => boolean): number {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (w && test(w)) return k;
  }
  return -1;
}

/** The counted noun phrase starting exactly at token `i`, or null when none is there. */
export function nounPhrase(ts: TokenStream, i: number, mode: HeadMode): NounPhrase | null {
  const words = contentWords(ts, i, mode === 'singular');
  let head = lastIndex(words, (w) => looksPlural(w.lower, w.cap));
  // a singular head ("1 attack", "25% of the territory") unless a plural one is there ("40% of hospitals paid")
  if (head < 0 && mode === 'singular') head = lastIndex(words, (w) => !isVerbForm(w.lower) && !w.lower.endsWith('ly'));
  if (head < 0 && mode === 'plural' && words.length > 0 && NOMINAL_ADJECTIVES.has(words[0]?.lower ?? '')) head = 0;
  const first = words[0];
  const last = words[head];
  if (!first || !last) return null;
  return { start: first.s, end: last.e };
}

/** Skips determiners and possessives ("the world's") after a partitive "of"; the index of what follows. */
function skipDeterminers(ts: TokenStream, i: number): number {
  let j = i;
  for (let n = 0; n < 2 && DETERMINERS.has(lw(ts, j)); n++) j++;
  for (let n = 0; n < 3; n++) {
    const w = wordAt(ts, j);
    if (!w || !(w.lower.endsWith("'s") || w.lower.endsWith("s'"))) break;
    j = w.e;
  }
  return j;
}

/** A partitive after a number ("of its commanders", "of the world's computers", "of them"); `i` is at "of". */
export function partitive(ts: TokenStream, i: number, mode: HeadMode): { phrase: NounPhrase | null; end: number } | null {
  if (lw(ts, i) !== 'of') return null;
  const pron = lw(ts, i + 1);
  if (PRONOUNS.has(pron) && !DEMONSTRATIVES.has(pron)) return { phrase: null, end: i + 2 };
  const j = skipDeterminers(ts, i + 1);
  const np = isNumberish(lw(ts, j)) ? null : nounPhrase(ts, j, mode);
  if (np && np.start === j) return { phrase: np, end: np.end };
  return PRONOUNS.has(pron) ? { phrase: null, end: i + 2 } : null;
}

/**
 * Extends a plural phrase ending at token `end` over a coordinated list
 * ("personnel, Kurdish fighters, Sunni Arab tribesmen and Shia militiamen"); returns the new end.
 * Only a list closed by "and"/"or" counts, so a comma alone never extends it.
 */
export function coordinated(ts: TokenStream, end: number): number {
  let j = end;
  for (let n = 0; n < 6; n++) {
    let k = j;
    let closing = false;
    if (isSym(ts, k, ',')) k++;
    const conj = lw(ts, k);
    if (conj === 'and' || conj === 'or') { k++; closing = true; } else if (k === j) return end;
    const np = nounPhrase(ts, k, 'plural');
    if (!np || np.start !== k) return end;
    if (closing && isVerbForm(lw(ts, k))) return end; // "2.5 million people and outraged officials"
    const after = np.end;
    const nx = lw(ts, after);
    if (closing) return after;
    // a middle item must be followed by another comma or the closing conjunction
    if (!(isSym(ts, after, ',') || nx === 'and' || nx === 'or')) return end;
    if (ts.kind[after] === SYM && !isSym(ts, after, ',')) return end;
    j = after;
  }
  return end;
}
