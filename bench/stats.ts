/**
 * Timing and summary helpers shared by the Node and the in-page benchmarks. A ratio is always
 * two things measured in one run, alternated round by round (ABBA) after a warm-up, so drift
 * in machine load falls on both sides.
 */

/** The q-quantile (0..1) of `xs` by linear interpolation; NaN for an empty list. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = s[lo] ?? NaN;
  const b = s[hi] ?? NaN;
  return a + (b - a) * (pos - lo);
}

/** The median of `xs`. */
export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** The 90th percentile of `xs`. */
export const p90 = (xs: readonly number[]): number => quantile(xs, 0.9);

/** How to time: rounds per pair, and the least time one sample should take (timer resolution). */
export interface TimingOptions {
  rounds: number;
  minSampleMs: number;
  now: () => number;
  /**
   * Run before every call, untimed: undoes what a repeated call would get for free (a browser
   * caches live element collections until the DOM changes; the gate runs once per page).
   */
  reset?: () => void;
}

/** How many calls of `fn` fill one sample. */
function callsFor(fn: () => unknown, opts: TimingOptions): number {
  opts.reset?.();
  const t0 = opts.now();
  fn();
  const once = Math.max(opts.now() - t0, 0.001);
  return Math.max(1, Math.min(opts.reset ? 2_000 : 100_000, Math.ceil(opts.minSampleMs / once)));
}

/** Milliseconds per call of `fn` over `calls` calls; with a reset, each call is timed on its own. */
function sample(fn: () => unknown, calls: number, opts: TimingOptions): number {
  const { now, reset } = opts;
  if (!reset) {
    const t0 = now();
    for (let i = 0; i < calls; i++) fn();
    return (now() - t0) / calls;
  }
  let total = 0;
  for (let i = 0; i < calls; i++) {
    reset();
    const t0 = now();
    fn();
    total += now() - t0;
  }
  return total / calls;
}

/** Median milliseconds per call of `a` and of `b`, measured alternately, and their ratio a/b. */
export function timePair(a: () => unknown, b: () => unknown, opts: TimingOptions): { a: number; b: number; ratio: number } {
  // Warm-up (and calibration): each runs a few times before anything counts.
  for (let i = 0; i < 3; i++) {
    opts.reset?.();
    a();
    opts.reset?.();
    b();
  }
  const na = callsFor(a, opts);
  const nb = callsFor(b, opts);
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    if (r % 2 === 0) {
      ta.push(sample(a, na, opts));
      tb.push(sample(b, nb, opts));
    } else {
      tb.push(sample(b, nb, opts));
      ta.push(sample(a, na, opts));
    }
  }
  const ma = median(ta);
  const mb = median(tb);
  return { a: ma, b: mb, ratio: ma / mb };
}
