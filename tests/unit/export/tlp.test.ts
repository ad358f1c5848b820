import { describe, expect, it } from 'vitest';
import { needsTlpConfirmation, strictestTlp } from '../../../lib/export/tlp';
import { richClippings } from './fixtures';

describe('TLP before export', () => {
  it('lists the RED and AMBER+STRICT clippings for the UI to confirm', () => {
    expect(needsTlpConfirmation(richClippings()).map((c) => [c.id, c.tlp])).toEqual([
      ['passage-terror', 'red'],
      ['article-strict', 'amber+strict'],
    ]);
    expect(needsTlpConfirmation(richClippings().filter((c) => c.tlp !== 'red' && c.tlp !== 'amber+strict'))).toEqual([]);
  });

  it('ranks levels, TLP 1.0 WHITE with TLP 2.0 CLEAR', () => {
    expect(strictestTlp(['green', null, 'amber', 'white'])).toBe('amber');
    expect(strictestTlp(['amber+strict', 'red'])).toBe('red');
    expect(strictestTlp([null, null])).toBeNull();
  });
});
