/**
 * Finding the qualifier phrases around a quantity: "more than 400", "nearly 12 months",
 * "400 or more", "400+", "40-odd", "a dozen or so".
 */
import { PRE_QUALIFIERS, PRE_QUALIFIER_FIRST, type Qualifier, type QualifierEffect } from './lexicon';
import { isSentenceStart } from './context';
import { WORD, glued, isCapitalised, isSym, tokLower, type TokenStream } from './tokenize';

/** A qualifier found in the text: its effect, its wording (lower case) and the token after it. */
export interface QualifierMatch {
  readonly effect: QualifierEffect;
  readonly label: string;
  readonly next: number;
}

const lw = (ts: TokenStream, i: number): string => (i >= 0 && i < ts.count && ts.kind[i] === WORD ? tokLower(ts, i) : '');

/** Pre-qualifiers grouped by their first word, each with its wording joined once. */
const BY_FIRST: ReadonlyMap<string, readonly (Qualifier & { label: string })[]> = (() => {
  const m = new Map<string, (Qualifier & { label: string })[]>();
  for (const q of PRE_QUALIFIERS) {
    const first = q.words[0] ?? '';
    const list = m.get(first) ?? [];
    list.push({ ...q, label: q.words.join(' ') });
    m.set(first, list);
  }
  return m;
})();

/** The longest qualifier phrase starting at token `i`, or null. */
export function qualifierAt(ts: TokenStream, i: number): QualifierMatch | null {
  const first = lw(ts, i);
  if (!PRE_QUALIFIER_FIRST.has(first)) return null;
  // "40 Under 40", "the Over 50s": a capitalised qualifier inside a sentence is part of a name
  if (isCapitalised(ts, i) && !isSentenceStart(ts, i)) return null;
  let best: QualifierMatch | null = null;
  for (const q of BY_FIRST.get(first) ?? []) {
    if (best && i + q.words.length <= best.next) continue;
    let ok = true;
    for (let k = 1; k < q.words.length && ok; k++) ok = lw(ts, i + k) === q.words[k];
    if (ok) best = { effect: q.effect, label: q.label, next: i + q.words.length };
  }
  // "approx." keeps its full stop
  if (best && best.label === 'approx' && isSym(ts, best.next, '.') && glued(ts, best.next)) {
    best = { ...best, next: best.next + 1 };
  }
  return best;
}

/** A qualifier written after a quantity at token `i` ("or more", "or so", "+", "-odd", "-plus"). */
export function postQualifierAt(ts: TokenStream, i: number): QualifierMatch | null {
  if (isSym(ts, i, '+') && glued(ts, i)) return { effect: 'min', label: 'more than', next: i + 1 };
  if (isSym(ts, i, '-') && glued(ts, i) && glued(ts, i + 1)) {
    const w = lw(ts, i + 1);
    if (w === 'odd') return { effect: 'approx', label: 'odd', next: i + 2 };
    if (w === 'plus') return { effect: 'min', label: 'more than', next: i + 2 };
  }
  if (lw(ts, i) !== 'or') return null;
  const w = lw(ts, i + 1);
  if (w === 'more' || w === 'above' || w === 'over' || w === 'greater') return { effect: 'min', label: 'or more', next: i + 2 };
  if (w === 'fewer' || w === 'less' || w === 'under' || w === 'below') return { effect: 'max', label: `or ${w}`, next: i + 2 };
  if (w === 'so' || w === 'thereabouts') return { effect: 'approx', label: 'or so', next: i + 2 };
  return null;
}
