import { describe, expect, it } from 'vitest';
import { recognize } from '../../../lib/entities/recognize';
import type { AnyRecognizer, Entity } from '../../../lib/entities/types';

/** A recognizer that returns fixed spans, to test overlap resolution alone. */
function fixed(entities: Entity[]): AnyRecognizer {
  return { type: 'statistic', recognize: () => entities as never };
}
const stat = (start: number, end: number): Entity => ({ type: 'statistic', text: 'x', start, end, value: { min: 1, max: 1 }, kind: 'count' });
const loc = (start: number, end: number): Entity => ({ type: 'location', text: 'x', start, end });
const ind = (start: number, end: number): Entity => ({ type: 'indicator', text: 'x', start, end, kind: 'cve', value: 'x' });

describe('recognize (overlap resolution)', () => {
  const text = 'x'.repeat(100);
  it('keeps the longest span within a type', () => {
    const got = recognize(text, [fixed([stat(0, 5), stat(2, 12), stat(20, 25)])]);
    expect(got.map((e) => [e.start, e.end])).toEqual([[2, 12], [20, 25]]);
  });
  it('lets the stronger type win a clash and lets coexisting types overlap', () => {
    const got = recognize(text, [fixed([stat(0, 10), ind(5, 15), loc(8, 9)])]);
    expect(got.map((e) => e.type)).toEqual(['indicator']);
    const both = recognize(text, [fixed([stat(30, 40), loc(35, 38)])]);
    expect(both.map((e) => e.type).sort()).toEqual(['location', 'statistic']);
  });
  it('stays linear on a hostile number of candidate spans (time ratio, not absolute time)', () => {
    const run = (n: number): number => {
      const spans = Array.from({ length: n }, (_, i) => stat((i * 7) % (n - 10), ((i * 7) % (n - 10)) + 5));
      const text = 'x'.repeat(n);
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        recognize(text, [fixed(spans)]);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    // Four times the spans: about four times the time when linear, sixteen when quadratic.
    expect(run(160_000) / run(40_000)).toBeLessThan(9);
  });
});
