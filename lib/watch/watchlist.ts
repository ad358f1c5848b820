/**
 * The reader's watchlist (settings.watchlist): their own terms, found wherever they occur on an
 * analysed page — case-insensitive, as whole words, in any script.
 */

/** One occurrence of a watched term. */
export interface WatchMatch {
  /** The term as the reader wrote it in the watchlist. */
  term: string;
  start: number;
  end: number;
}

/** Letters, marks and digits of any script: what a word is made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term's pattern: its words in order, any run of white space between them. */
function termSource(term: string): string {
  return term.trim().split(/\s+/).map(escape).join('\\s+');
}

/**
 * Every occurrence of the watched `terms` in `text`, sorted by start, as whole words: a match
 * may not sit inside a longer word ("ran" is not found in "Iran"), but a term may begin or end
 * with punctuation ("C++", "#opIsrael"). Where terms overlap the longest wins. Scripts written
 * without spaces (Chinese, Japanese, Thai) have no word edges to test and match anywhere.
 */
export function findWatchTerms(text: string, terms: readonly string[]): WatchMatch[] {
  const wanted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
  if (wanted.length === 0 || text.length === 0) return [];
  // Longest first, so the alternation prefers "Sandworm Team" to "Sandworm" at the same place.
  wanted.sort((a, b) => b.length - a.length);
  const byKey = new Map(wanted.map((t) => [t.toLocaleLowerCase().replace(/\s+/g, ' '), t]));
  const re = new RegExp(wanted.map(termSource).join('|'), 'giu');
  const out: WatchMatch[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!atWordEdge(text, start, end, m[0])) continue;
    const term = byKey.get(m[0].toLocaleLowerCase().replace(/\s+/g, ' ')) ?? m[0];
    out.push({ term, start, end });
  }
  return out;
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Whether a match is not glued to a longer word on either side. */
function atWordEdge(text: string, start: number, end: number, match: string): boolean {
  const first = match[0] ?? '';
  const last = match[match.length - 1] ?? '';
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const leftOk = !WORD_CHAR.test(first) || UNSPACED.test(first) || !WORD_CHAR.test(before);
  const rightOk = !WORD_CHAR.test(last) || UNSPACED.test(last) || !WORD_CHAR.test(after);
  return leftOk && rightOk;
}

/** How often each term occurs, most frequent first (for the page summary). */
export function countWatchTerms(matches: readonly WatchMatch[]): { term: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.term, (counts.get(m.term) ?? 0) + 1);
  return [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}
