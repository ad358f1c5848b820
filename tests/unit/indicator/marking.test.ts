import { describe, expect, it } from 'vitest';
import { markingRecognizer } from '../../../lib/entities/recognizers/marking';

describe('TLP markings', () => {
  it('finds every TLP label form with its level and offsets', () => {
    const text = 'Marked TLP:AMBER+STRICT, not TLP: GREEN or TLP Red; old ones say TLP:WHITE, new ones TLP:CLEAR and tlp:amber.';
    const found = markingRecognizer.recognize(text);
    expect(found.map((e) => [e.text, e.level])).toEqual([
      ['TLP:AMBER+STRICT', 'amber+strict'],
      ['TLP: GREEN', 'green'],
      ['TLP Red', 'red'],
      ['TLP:WHITE', 'white'],
      ['TLP:CLEAR', 'clear'],
      ['tlp:amber', 'amber'],
    ]);
    expect(found[0]).toMatchObject({ type: 'marking', start: 7, end: 23, id: 'tlp:amber+strict', name: 'TLP:AMBER+STRICT' });
  });

  it('needs both TLP and a colour', () => {
    expect(markingRecognizer.recognize('The TLP standard, amber lights and a red team.')).toEqual([]);
  });
});
