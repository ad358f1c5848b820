/**
 * Scoring for the bench's quality columns, by the rules of ../shared/eval/score.mjs: a gold span
 * is found by the predicted span of its type that overlaps it most; `optional` spans are neither
 * rewarded nor penalised; `scored_types` limits which predictions count; `recall_only` files
 * count no extras.
 */

/** A span of one type, with a value where the type has one (indicators). */
export interface Span {
  type: string;
  start: number;
  end: number;
  value: string;
}

/** A gold file of the corpus (only the fields scored here). */
export interface Gold {
  id: string;
  entities: Span[];
  optional?: Span[];
  scored_types?: string[];
  recall_only?: boolean;
}

/** Counts and their precision, recall and F1. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** F1 of a precision and a recall (0 when both are 0). */
export const f1Of = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

function finish(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: f1Of(precision, recall) };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Span scores over many texts: per type and overall. */
export function scoreSpans(items: readonly { gold: Gold; pred: readonly Span[] }[]): { overall: Score; byType: Record<string, Score> } {
  const counts = new Map<string, [number, number, number]>();
  const bump = (t: string, k: 0 | 1 | 2): void => {
    const c = counts.get(t) ?? [0, 0, 0];
    c[k]++;
    counts.set(t, c);
  };
  for (const { gold, pred } of items) {
    const scored = new Set(gold.scored_types ?? gold.entities.map((e) => e.type));
    const got = pred.filter((e) => scored.has(e.type));
    const used = new Set<number>();
    for (const g of gold.entities) {
      let best = -1;
      let bestLen = 0;
      got.forEach((e, i) => {
        if (used.has(i) || e.type !== g.type || !overlaps(e, g)) return;
        const len = Math.min(e.end, g.end) - Math.max(e.start, g.start);
        if (len > bestLen) {
          best = i;
          bestLen = len;
        }
      });
      if (best < 0) bump(g.type, 2);
      else {
        used.add(best);
        bump(g.type, 0);
      }
    }
    got.forEach((e, i) => {
      if (used.has(i) || gold.recall_only) return;
      if ((gold.optional ?? []).some((o) => o.type === e.type && overlaps(o, e))) return;
      bump(e.type, 1);
    });
  }
  const byType: Record<string, Score> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [t, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    byType[t] = finish(...c);
    tp += c[0];
    fp += c[1];
    fn += c[2];
  }
  return { overall: finish(tp, fp, fn), byType };
}

/** An indicator value in the form two tools can agree on (IPv6 groups without leading zeros, RFC 5952). */
function normalise(v: string): string {
  const s = v.trim().toLowerCase().replace(/[/.,;:)\]]+$/, '');
  return /^[\da-f]{0,4}(?::[\da-f]{0,4}){2,7}$/.test(s) ? s.replace(/(^|:)0+(?=[\da-f])/g, '$1') : s;
}

/**
 * A tool's values without the domains it also reports as part of a URL or an email it found:
 * one indicator written once counts once, for every tool alike.
 */
function withoutInnerDomains(values: readonly string[]): Set<string> {
  const all = new Set(values.map(normalise));
  const hosts = new Set<string>();
  for (const v of all) {
    const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/.exec(v)?.[1] ?? /@([^@\s]+)$/.exec(v)?.[1];
    if (host) hosts.add(host);
  }
  return new Set([...all].filter((v) => !hosts.has(v)));
}

/** Value scores (sets per text) over many texts. */
export function scoreValues(items: readonly { truth: readonly string[]; optional: readonly string[]; recallOnly: boolean; pred: readonly string[] }[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const it of items) {
    const truth = new Set(it.truth.map(normalise));
    const optional = new Set(it.optional.map(normalise));
    const pred = withoutInnerDomains(it.pred);
    for (const v of truth) if (pred.has(v)) tp++;
    else fn++;
    if (it.recallOnly) continue;
    for (const v of pred) if (!truth.has(v) && !optional.has(v)) fp++;
  }
  return finish(tp, fp, fn);
}
