import { describe, expect, it } from 'vitest';
import { statisticRecognizer } from '../../../lib/entities/recognizers/statistic';
import { StatisticSchema } from '../../../lib/entities/types';
import { findStatistics } from './helpers';

const ARTICLE = [
  'Investigators said on Tuesday that more than 2,300 hospitals in 14 countries were hit by the campaign,',
  'which has run for nearly 11 months at a rate of around 2 intrusions a week. The operators demanded',
  'about $4.5 million (€4.1 million) in ransom and leaked 1.2TB of patient data after 72 hours.',
  'Roughly 40 per cent of victims paid, according to analysts who tracked tens of thousands of wallets.',
  'The group, first seen in 2019, exploited CVE-2023-1234 on Windows 10 hosts at 10:30 GMT on 3 March.',
].join(' ');

const PROSE = [
  'The agency declined to say how the intruders first gained access, but officials familiar with the inquiry',
  'described a patient operation that moved slowly between systems, harvesting credentials and waiting for',
  'administrators to log in before escalating. Several partners were briefed privately, and a public advisory',
  'is expected once the remaining affected organisations have been notified and given time to respond.',
].join(' ');

/** The fastest of fifteen timed runs, in milliseconds (the first five warm the JIT up). */
function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    run();
    if (i >= 5) best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('statistic: robustness', () => {
  it('returns entities that satisfy the schema, with offsets into the text', () => {
    const found = statisticRecognizer.recognize(ARTICLE);
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const e of found) {
      expect(StatisticSchema.safeParse(e).success).toBe(true);
      expect(ARTICLE.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('analyses a 50,000-character article in a few milliseconds', () => {
    // real articles carry a statistic every few hundred characters: pad the dense paragraph with prose
    const page = `${ARTICLE} ${PROSE.repeat(4)}`;
    const text = page.repeat(Math.ceil(50_000 / page.length)).slice(0, 50_000);
    // the fastest of several runs, so a busy machine does not fail the test; typically 2-5 ms
    expect(fastest(() => findStatistics(text))).toBeLessThan(25);
  });

  it('stays fast on text dense with numbers', () => {
    const text = ARTICLE.repeat(Math.ceil(50_000 / ARTICLE.length)).slice(0, 50_000);
    expect(fastest(() => findStatistics(text))).toBeLessThan(60);
  });

  it.each([
    ['digits and commas', '1,'],
    ['spaced digits', '9 '],
    ['number words', 'two million '],
    ['vague quantities', 'hundreds of '],
    ['hyphen chains', 'a-'],
    ['qualifiers', 'more than '],
    ['currency symbols', '$'],
    ['dashes and digits', '1-'],
    ['opening brackets', '(“'],
  ])('stays linear on hostile input: %s', (_what, unit) => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = unit.repeat(Math.ceil(200_000 / unit.length));
    findStatistics(small);
    const t0 = performance.now();
    findStatistics(small);
    const t1 = performance.now();
    findStatistics(large);
    const t2 = performance.now();
    // ten times the text must not take a hundred times as long
    expect(t2 - t1).toBeLessThan(Math.max(40 * (t1 - t0), 200));
  });

  it('handles empty and odd texts', () => {
    expect(findStatistics('')).toEqual([]);
    expect(findStatistics('\u00ad\u200b   ')).toEqual([]);
    expect(findStatistics('9'.repeat(5000))).toEqual([]);
  });
});
