import { describe, expect, it } from 'vitest';
import { matchRanges } from '../../../lib/text/match';
import { queryWords } from '../../../lib/text/fold';

describe('matchRanges', () => {
  it('marks words that start with a query word, whatever their case or accents', () => {
    const text = 'Daéch claimed it; DAECH and the daech-linked cell. Unrelated: ransom, Ransomware.';
    const at = (r: [number, number][]): string[] => r.map(([s, e]) => text.slice(s, e));
    expect(at(matchRanges(text, queryWords('daech')))).toEqual(['Daéch', 'DAECH', 'daech']);
    expect(at(matchRanges(text, queryWords('ransom cell')))).toEqual(['cell', 'ransom', 'Ransomware']);
    expect(matchRanges(text, [])).toEqual([]);
  });
});
