/**
 * Aligns an extracted article text with the text of the live page. Readability works on a
 * clone and re-flows whitespace, so offsets into the article are not offsets into the page;
 * aligning on non-whitespace characters makes them so.
 */

/**
 * Space, tab, newlines, CR, NBSP and the like: they do not take part in alignment. The same set
 * twice, as a pattern for the engine's replace and as a test of one code unit; the unit test of
 * `squeeze` holds them in step.
 */
const GAPS = /[\t\n\v\f\r \u00a0\u200b\u2028\u2029\ufeff]+/g;

/** Whether code unit `c` is in GAPS; most text is ASCII above space, settled by two comparisons. */
const isGap = (c: number): boolean => (c > 32 ? c >= 160 && (c === 160 || c === 0x200b || c === 0xfeff || c === 0x2028 || c === 0x2029) : c === 32 || (c >= 9 && c <= 13));

/**
 * The characters of `s` that take part in alignment (all but the whitespace above) and, for
 * each, its offset in `s`.
 */
export function squeeze(s: string): { chars: string; pos: Int32Array } {
  // The engine's replace builds the string far faster than collecting it a character at a time,
  // and the positions need only a loop over code units that allocates nothing.
  const chars = s.replace(GAPS, '');
  const pos = new Int32Array(chars.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isGap(s.charCodeAt(i))) pos[n++] = i;
  return { chars, pos };
}

/** Maps article offsets to page offsets; -1 where the article character is not on the page. */
export interface Alignment {
  toPage(articleOffset: number): number;
}

const WINDOW = 48;
const MIN_WINDOW = 12;

/**
 * The alignment of `article` onto `page`: windows of the article's squeezed text are found in
 * order in the page's squeezed text, so repeated phrases map to their right occurrence.
 */
export function alignTexts(article: string, page: string): Alignment {
  const a = squeeze(article);
  const p = squeeze(page);
  // For each squeezed article char, its squeezed page index (or -1).
  const map = new Int32Array(a.chars.length).fill(-1);
  let cursor = 0;
  // Failed searches cost a scan of the page each; after this many, stop splitting windows.
  let misses = 256;
  const place = (from: number, len: number): void => {
    if (len < MIN_WINDOW || misses <= 0) return;
    const piece = a.chars.slice(from, from + len);
    let at = p.chars.indexOf(piece, cursor);
    if (at < 0) at = p.chars.indexOf(piece);
    if (at >= 0) {
      for (let k = 0; k < len; k++) map[from + k] = at + k;
      cursor = Math.max(cursor, at + len);
      return;
    }
    misses--;
    const half = len >> 1;
    place(from, half);
    place(from + half, len - half);
  };
  for (let i = 0; i < a.chars.length; i += WINDOW) place(i, Math.min(WINDOW, a.chars.length - i));
  // Article offset → squeezed index via binary search over a.pos.
  const squeezedIndex = (offset: number): number => {
    let lo = 0;
    let hi = a.pos.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((a.pos[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    toPage(articleOffset: number): number {
      const i = squeezedIndex(articleOffset);
      if (a.pos[i] !== articleOffset) return -1;
      const j = map[i] ?? -1;
      return j < 0 ? -1 : (p.pos[j] ?? -1);
    },
  };
}

/**
 * The page span of an article span [start, end): from its first to its last non-space
 * character, or null when either end is not on the page.
 */
export function spanToPage(al: Alignment, text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end - 1;
  while (s <= e && /\s/.test(text[s] ?? '')) s++;
  while (e >= s && /\s/.test(text[e] ?? '')) e--;
  if (s > e) return null;
  const ps = al.toPage(s);
  const pe = al.toPage(e);
  return ps < 0 || pe < 0 || pe < ps ? null : [ps, pe + 1];
}
