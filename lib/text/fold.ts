/**
 * Word folding for the library's full-text index: the same word matches whatever its case
 * or diacritics ("Daech", "DAECH", "Daéch").
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** `s` in lower case without diacritics. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The distinct folded words of `s`, for indexing; words of one character are left out as noise. */
export function indexWords(s: string, limit = 5000): string[] {
  const words = new Set<string>();
  for (const m of fold(s).matchAll(WORD)) {
    if (m[0].length > 1) words.add(m[0].slice(0, 40));
    if (words.size >= limit) break;
  }
  return [...words];
}

/** The folded words of a search query, in order (duplicates removed). */
export function queryWords(q: string): string[] {
  return [...new Set(Array.from(fold(q).matchAll(WORD), (m) => m[0]))];
}
