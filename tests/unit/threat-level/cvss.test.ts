import { describe, expect, it } from 'vitest';
import { threatLevelRecognizer } from '../../../lib/entities/recognizers/threat-level';
import { scoreVector } from '../../../lib/entities/threat-levels/cvss';
import { cvssLevel } from '../../../lib/entities/threat-levels/scale';

const cvss = (text: string) =>
  threatLevelRecognizer
    .recognize(text)
    .filter((e) => e.system === 'cvss')
    .map((e) => ({ text: e.text, score: e.score, level: e.level }));

describe('CVSS bands', () => {
  it('maps scores onto the five-step scale at the band edges', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(cvssLevel)).toEqual([
      'low',
      'low',
      'low',
      'moderate',
      'moderate',
      'severe',
      'severe',
      'critical',
      'critical',
    ]);
  });
});

describe('CVSS vectors', () => {
  it('scores v3.1, v3.0, v4.0 and v2 vectors', () => {
    expect(scoreVector('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toEqual({ score: 9.8, version: 'CVSS:3.1' });
    expect(scoreVector('CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L')?.score).toBe(5.6);
    expect(scoreVector('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')?.score).toBe(9.3);
    expect(scoreVector('AV:N/AC:L/Au:N/C:C/I:C/A:C')).toEqual({ score: 10, version: 'CVSS:2.0' });
  });

  it('rejects incomplete or invalid vectors', () => {
    expect(scoreVector('CVSS:3.1/AV:N/AC:L/PR:N')).toBeNull();
    expect(scoreVector('CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeNull();
  });

  it('finds a vector in prose with its score, level and vector string', () => {
    const text = 'The advisory gives CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H for the bug.';
    const [e] = threatLevelRecognizer.recognize(text);
    expect(e).toMatchObject({
      system: 'cvss',
      score: 8.8,
      level: 'severe',
      vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H',
      start: text.indexOf('CVSS:'),
      end: text.indexOf(' for the bug'),
    });
  });
});

describe('stated CVSS scores', () => {
  it('reads the common phrasings, span starting at "CVSS"', () => {
    expect(cvss('The bug received the CVSS score of 8.1 from the vendor.')).toEqual([
      { text: 'CVSS score of 8.1', score: 8.1, level: 'severe' },
    ]);
    expect(cvss('It has a CVSS v3.1 score of 7.5.')).toEqual([{ text: 'CVSS v3.1 score of 7.5', score: 7.5, level: 'severe' }]);
    expect(cvss('Rated CVSS 9.8, the flaw is serious.')).toEqual([{ text: 'CVSS 9.8', score: 9.8, level: 'critical' }]);
    expect(cvss('(CVSS score: 10.0)')).toEqual([{ text: 'CVSS score: 10.0', score: 10, level: 'critical' }]);
    expect(cvss('It got a CVSSv3 base score of 4.3 (Medium).')).toEqual([
      { text: 'CVSSv3 base score of 4.3 (Medium)', score: 4.3, level: 'moderate' },
    ]);
    expect(cvss('The CVSS 3.1 base score is 6.1.')).toEqual([{ text: 'CVSS 3.1 base score is 6.1', score: 6.1, level: 'moderate' }]);
  });

  it('reads scores written before "CVSS" and ten-point ratings', () => {
    expect(cvss('Both carry a 9.8 CVSS score.')).toEqual([{ text: '9.8 CVSS score', score: 9.8, level: 'critical' }]);
    expect(cvss('The flaw was rated 9.1 out of 10 in severity.')).toEqual([{ text: 'rated 9.1 out of 10', score: 9.1, level: 'critical' }]);
    expect(cvss('It has a severity score of 6.5 out of 10.')).toEqual([
      { text: 'severity score of 6.5 out of 10', score: 6.5, level: 'moderate' },
    ]);
  });

  it('reads every score of a list', () => {
    expect(cvss('They have CVSS scores of 9.8 and 7.2 respectively.')).toEqual([
      { text: 'CVSS scores of 9.8', score: 9.8, level: 'critical' },
      { text: '7.2', score: 7.2, level: 'severe' },
    ]);
  });

  it('does not take a CVSS version for a score', () => {
    expect(cvss('The CVSS 3.1 specification defines eight base metrics.')).toEqual([]);
    expect(cvss('Scoring moved from CVSS v3 to CVSS v4 this year.')).toEqual([]);
    expect(cvss('CVSS:3.1/AV:N is only a fragment.')).toEqual([]);
  });

  it('ignores out-of-range numbers and percentages', () => {
    expect(cvss('A CVSS score of 12 is impossible; CVSS 45% of the time.')).toEqual([]);
  });
});

describe('plain "score of"', () => {
  it('counts as CVSS only in a vulnerability report', () => {
    expect(cvss('Researchers gave the flaw a score of 8.8 because it is easy to exploit.')).toEqual([
      { text: 'score of 8.8', score: 8.8, level: 'severe' },
    ]);
    expect(cvss('The gymnast had a score of 7.5 in the final.')).toEqual([]);
  });

  it('reads a score before "severity rating"', () => {
    expect(cvss('It carries a 7.5 severity rating.')).toEqual([{ text: '7.5 severity rating', score: 7.5, level: 'severe' }]);
  });
});
