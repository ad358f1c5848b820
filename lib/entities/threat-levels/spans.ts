/**
 * Choosing non-overlapping spans among candidates, in linear time even when a hostile page yields
 * hundreds of thousands of them (a pairwise check would be quadratic).
 */

/** Something with offsets into a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The candidates that survive when taken in `preferred` order and each is dropped if it overlaps
 * one already kept; returned sorted by start. Cost is the total length of the candidates.
 */
export function keepNonOverlapping<T extends Span>(preferred: readonly T[]): T[] {
  if (preferred.length < 2) return [...preferred];
  let lo = Infinity;
  let hi = 0;
  for (const s of preferred) {
    if (s.start < lo) lo = s.start;
    if (s.end > hi) hi = s.end;
  }
  const taken = new Uint8Array(Math.max(0, hi - lo));
  const kept: T[] = [];
  for (const s of preferred) {
    let free = true;
    for (let i = s.start - lo; i < s.end - lo; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, s.start - lo, s.end - lo);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
