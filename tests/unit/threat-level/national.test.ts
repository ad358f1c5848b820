import { describe, expect, it } from 'vitest';
import { threatLevelRecognizer } from '../../../lib/entities/recognizers/threat-level';

const find = (text: string) => threatLevelRecognizer.recognize(text);
const brief = (text: string) => find(text).map((e) => ({ text: e.text, system: e.system, level: e.level }));

describe('UK national threat level', () => {
  it('reads a level raised after a threat-level phrase, with exact offsets', () => {
    const text = 'On Monday the UK threat level was raised to severe after the bombing.';
    const [e, ...rest] = find(text);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ type: 'threat-level', text: 'severe', system: 'uk-national', level: 'severe' });
    expect(e?.start).toBe(text.indexOf('severe'));
    expect(e?.end).toBe(text.indexOf('severe') + 'severe'.length);
  });

  it('reads both levels of a change, in order', () => {
    expect(brief('JTAC lowered the national threat level from critical to severe within two days.')).toEqual([
      { text: 'critical', system: 'uk-national', level: 'critical' },
      { text: 'severe', system: 'uk-national', level: 'severe' },
    ]);
  });

  it('reads the official wording in capitals', () => {
    expect(brief('The threat to the UK from terrorism is SUBSTANTIAL.')).toEqual([
      { text: 'SUBSTANTIAL', system: 'uk-national', level: 'substantial' },
    ]);
  });

  it('reads quoted levels and levels right after the phrase', () => {
    expect(brief('Britain\'s threat level was cut to "substantial" from "severe" last week.').map((e) => e.level)).toEqual([
      'substantial',
      'severe',
    ]);
    expect(brief('Current UK threat level: MODERATE')).toEqual([{ text: 'MODERATE', system: 'uk-national', level: 'moderate' }]);
  });

  it('reads a level named before "threat level" and in the official definition', () => {
    expect(brief('Ministers kept the critical threat level in place.')).toEqual([
      { text: 'critical', system: 'uk-national', level: 'critical' },
    ]);
    const text = 'It was then moved to critical, meaning an attack is expected imminently.';
    const found = find(text);
    expect(found[0]).toMatchObject({ text: 'critical', system: 'uk-national', level: 'critical' });
  });

  it('reads "its highest level" as critical', () => {
    expect(brief('MI5 said the terrorism threat level had been raised to its highest level.')).toEqual([
      { text: 'its highest level', system: 'uk-national', level: 'critical' },
    ]);
  });

  it('needs the level in the same sentence as the threat-level phrase', () => {
    expect(find('The threat level was reviewed. Severe storms and low prices followed.')).toEqual([]);
  });

  it('does not read "expected to" or "critical to" as levels', () => {
    expect(find('The threat level is expected to stay the same, and it is critical to remain alert.')).toEqual([]);
  });
});

describe('other national systems', () => {
  it('reads the Dutch NCTV scale by number and by word', () => {
    const found = find('The Dutch NCTV kept the dreigingsniveau at 4, which is level 4 of 5.');
    expect(found.map((e) => [e.text, e.system, e.level, e.score])).toEqual([
      ['4', 'nl-nctv', 'severe', 4],
      ['level 4 of 5', 'nl-nctv', 'severe', 4],
    ]);
    expect(brief('The Netherlands raised its threat level to substantial last year.')).toEqual([
      { text: 'substantial', system: 'nl-nctv', level: 'severe' },
    ]);
  });

  it('spreads a four-step scale over five steps', () => {
    expect(brief('In Brussels the threat level was lowered to level 3 out of 4.')).toEqual([
      { text: 'level 3 out of 4', system: 'numeric', level: 'severe' },
    ]);
  });

  it('reads Australian levels', () => {
    expect(brief("Australia's national terrorism threat level remains probable, ASIO said.")).toEqual([
      { text: 'probable', system: 'au-national', level: 'substantial' },
    ]);
    expect(brief('The Australian threat level is now at not expected.')).toEqual([
      { text: 'not expected', system: 'au-national', level: 'low' },
    ]);
  });

  it('reads French Vigipirate levels', () => {
    expect(brief('France put the Vigipirate plan at urgence attentat; before it stood at sécurité renforcée – risque attentat.')).toEqual([
      { text: 'urgence attentat', system: 'fr-vigipirate', level: 'critical' },
      { text: 'sécurité renforcée – risque attentat', system: 'fr-vigipirate', level: 'severe' },
    ]);
  });

  it('reads US NTAS bulletins and alerts', () => {
    expect(brief('The department issued an NTAS Elevated Threat Alert on Friday.')).toEqual([
      { text: 'NTAS Elevated Threat Alert', system: 'us-ntas', level: 'severe' },
    ]);
    const found = brief('DHS released a National Terrorism Advisory System bulletin about the holidays.');
    expect(found).toEqual([{ text: 'National Terrorism Advisory System bulletin', system: 'us-ntas', level: 'moderate' }]);
    expect(brief('In the United States the threat level was raised to elevated.')).toEqual([
      { text: 'elevated', system: 'us-ntas', level: 'severe' },
    ]);
  });
});

describe('alerts and verbs', () => {
  it('reads "the highest level" of a terror alert without a known country as a generic level', () => {
    expect(brief('Belgium raised its terror alert to the highest level after the attack.')).toEqual([
      { text: 'the highest level', system: 'other', level: 'critical' },
    ]);
  });

  it('does not read the verb "elevated" as the NTAS level', () => {
    expect(brief('In London the threat level was elevated to critical on Tuesday.')).toEqual([
      { text: 'critical', system: 'uk-national', level: 'critical' },
    ]);
  });

  it('reads a level stated after an aside', () => {
    expect(brief('The national threat level, set by JTAC, remains at severe.')).toEqual([
      { text: 'severe', system: 'uk-national', level: 'severe' },
    ]);
  });

  it('reads the risk of attack', () => {
    expect(brief('The risk of a terrorist attack is low, police said.')).toEqual([
      { text: 'low', system: 'uk-national', level: 'low' },
    ]);
  });
});

describe('Australian words in ordinary phrases', () => {
  it('does not read "as soon as possible" as a level', () => {
    expect(find('The terror threat must be tackled as soon as possible, the minister said.')).toEqual([]);
  });
});
