import { describe, expect, it } from 'vitest';
import { indicatorRecognizer } from '../../../lib/entities/recognizers/indicator';
import { markingRecognizer } from '../../../lib/entities/recognizers/marking';
import { threatLevelRecognizer } from '../../../lib/entities/recognizers/threat-level';

const recognizers = [threatLevelRecognizer, markingRecognizer, indicatorRecognizer];
const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Inputs built to make careless patterns backtrack: long runs of what a pattern almost matches. */
const HOSTILE = [
  'a',
  ' ',
  'a.',
  '1.',
  'a:',
  '1:',
  'ab[.]',
  'a.a@',
  'http://a',
  'CVSS ',
  'AV:N/',
  'threat level is ',
  'unprecedented ',
  'level 4 of ',
  'TLP ',
  'abcdef0123',
];

describe('hostile input', () => {
  it.each(HOSTILE)('stays linear on 1 MB of %j', (unit) => {
    const text = repeatTo(unit, 1_000_000);
    const t0 = performance.now();
    for (const r of recognizers) r.recognize(text);
    // A super-linear pattern would take minutes here; linear ones take well under a second.
    expect(performance.now() - t0).toBeLessThan(4000);
  });

  it('handles a megabyte full of real matches', () => {
    const unit = 'The UK threat level is severe; a high severity flaw CVE-2020-1234 has CVSS 9.8 at evil.com and TLP:RED. ';
    const text = repeatTo(unit, 1_000_000);
    const t0 = performance.now();
    const counts = recognizers.map((r) => r.recognize(text).length);
    expect(performance.now() - t0).toBeLessThan(6000);
    const copies = Math.floor(1_000_000 / unit.length);
    expect(counts[0]).toBeGreaterThanOrEqual(3 * copies);
    expect(counts[1]).toBeGreaterThanOrEqual(copies);
    expect(counts[2]).toBeGreaterThanOrEqual(2 * copies);
  });

  it('recognises a 50,000-character article in a few milliseconds', () => {
    const paragraph =
      'Officials said the national threat level remains at substantial after police foiled a plot. ' +
      'Researchers found a critical vulnerability, CVE-2024-21762, with a CVSS score of 9.6, exploited from 198.51.100.23. ' +
      'The group, tracked for years, used phishing and stolen credentials against several ministries and companies. ';
    const text = repeatTo(paragraph, 50_000);
    for (const r of recognizers) r.recognize(text); // warm up lazily built tables
    const t0 = performance.now();
    for (const r of recognizers) r.recognize(text);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});
