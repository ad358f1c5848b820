/**
 * Where search words occur in a text, for marking matches in the library: the words of the
 * text whose folded form begins with a folded query word (the same rule the index search uses
 * for its last word, so every result shows why it matched).
 */
import { fold } from './fold';

const WORD = /[\p{L}\p{N}]+/gu;

/** [start, end) offsets (UTF-16) of the words of `text` that match any of `words` (folded). */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  if (words.length === 0) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const w = fold(m[0]);
    if (words.some((q) => w.startsWith(q))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
