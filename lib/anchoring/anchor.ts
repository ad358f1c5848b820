/**
 * Finding a saved passage again in a page's text (DESIGN.md §3 step 6). Selectors are tried in
 * order, simplest first, each falling back to the next: the stored position when the text there
 * is unchanged, then the exact quote (the occurrence whose context fits best), then a fuzzy
 * match that tolerates small edits.
 */
import search from 'approx-string-match';
import type { Selector } from '../clipping/schema';

/** Where a passage was found, and how. */
export interface Anchor {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
}

type Quote = Extract<Selector, { type: 'TextQuoteSelector' }>;
type Position = Extract<Selector, { type: 'TextPositionSelector' }>;

/** How many characters of a long quote take part in fuzzy matching at each end. */
const FUZZY_EDGE = 64;

/** Similarity 0..1 of the text before/after a candidate to the stored prefix/suffix. */
function contextScore(text: string, start: number, end: number, q: Quote): number {
  const before = text.slice(Math.max(0, start - q.prefix.length), start);
  const after = text.slice(end, end + q.suffix.length);
  let same = 0;
  for (let i = 1; i <= Math.min(before.length, q.prefix.length); i++) if (before[before.length - i] === q.prefix[q.prefix.length - i]) same++;
  for (let i = 0; i < Math.min(after.length, q.suffix.length); i++) if (after[i] === q.suffix[i]) same++;
  const total = q.prefix.length + q.suffix.length;
  return total ? same / total : 1;
}

function byQuote(text: string, q: Quote, hint: number | undefined): Anchor | null {
  let best: Anchor | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(q.exact); at >= 0 && q.exact.length > 0; at = text.indexOf(q.exact, at + 1)) {
    const end = at + q.exact.length;
    // Context decides; closeness to where the passage used to be breaks ties.
    const score = contextScore(text, at, end, q) - (hint === undefined ? 0 : Math.abs(at - hint) / (text.length + 1) / 10);
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end, method: 'quote' };
    }
  }
  return best;
}

/** The best approximate occurrence of `pattern` with at most a quarter of its length in errors. */
function fuzzyFind(text: string, pattern: string): { start: number; end: number; errors: number } | null {
  const maxErrors = Math.floor(pattern.length / 4);
  const matches = search(text, pattern, maxErrors);
  return matches.reduce<{ start: number; end: number; errors: number } | null>((b, m) => (!b || m.errors < b.errors ? m : b), null);
}

function byFuzzy(text: string, q: Quote): Anchor | null {
  if (q.exact.length < 8) return null;
  if (q.exact.length <= FUZZY_EDGE * 2) {
    const m = fuzzyFind(text, q.exact);
    return m ? { start: m.start, end: m.end, method: 'fuzzy' } : null;
  }
  // A long passage: anchor its two ends, and accept when the span between is about as long.
  const head = fuzzyFind(text, q.exact.slice(0, FUZZY_EDGE));
  if (!head) return null;
  const tail = fuzzyFind(text.slice(head.end), q.exact.slice(-FUZZY_EDGE));
  if (!tail) return null;
  const end = head.end + tail.end;
  const ratio = (end - head.start) / q.exact.length;
  return ratio > 0.75 && ratio < 1.33 ? { start: head.start, end, method: 'fuzzy' } : null;
}

/** Where `selectors` point in `text`, or null when the passage is no longer there (an orphan). */
export function anchorSelectors(text: string, selectors: readonly Selector[]): Anchor | null {
  const quote = selectors.find((s): s is Quote => s.type === 'TextQuoteSelector');
  const pos = selectors.find((s): s is Position => s.type === 'TextPositionSelector');
  if (pos && quote && text.slice(pos.start, pos.end) === quote.exact) return { start: pos.start, end: pos.end, method: 'position' };
  if (!quote) return null;
  return byQuote(text, quote, pos?.start) ?? byFuzzy(text, quote);
}
