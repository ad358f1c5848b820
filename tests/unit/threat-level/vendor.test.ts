import { describe, expect, it } from 'vitest';
import { threatLevelRecognizer } from '../../../lib/entities/recognizers/threat-level';

const vendor = (text: string) =>
  threatLevelRecognizer
    .recognize(text)
    .filter((e) => e.system === 'vendor-severity')
    .map((e) => [e.text, e.level]);

describe('vendor severity', () => {
  it('reads "<level> severity" with the severity phrase as the span', () => {
    const text = 'Two of the bugs were rated “high severity” and one was tracked as medium severity.';
    const found = threatLevelRecognizer.recognize(text);
    expect(found.map((e) => [e.text, e.system, e.level])).toEqual([
      ['high severity', 'vendor-severity', 'severe'],
      ['medium severity', 'vendor-severity', 'moderate'],
    ]);
    expect(found[0]?.start).toBe(text.indexOf('high severity'));
  });

  it('reads hyphenated and coordinated severities', () => {
    expect(vendor('A high-severity flaw and two medium- and low-severity issues were fixed.')).toEqual([
      ['high-severity', 'severe'],
      ['medium', 'moderate'],
      ['low-severity', 'low'],
    ]);
  });

  it('reads Microsoft-style ratings', () => {
    expect(vendor('Of the patches, 12 are rated Critical and 80 are rated Important; 3 Moderate vulnerabilities remain.')).toEqual([
      ['Critical', 'critical'],
      ['Important', 'severe'],
      ['Moderate', 'moderate'],
    ]);
    expect(vendor('The issue was given a severity rating of Critical.')).toEqual([['severity rating of Critical', 'critical']]);
    expect(vendor('Severity: High')).toEqual([['Severity: High', 'severe']]);
  });

  it('reads critical and severe flaws', () => {
    expect(vendor('Attackers used a critical remote code execution vulnerability and a severe flaw in the VPN.')).toEqual([
      ['critical', 'critical'],
      ['severe flaw', 'severe'],
    ]);
    expect(vendor('Drupal called it a highly critical bug.')).toEqual([['highly critical bug', 'critical']]);
  });

  it('does not fire on ordinary uses of the same words', () => {
    expect(vendor('Critical infrastructure operators saw low prices and high demand; a high school closed.')).toEqual([]);
    expect(vendor('Rates stayed low and the film was rated highly by critics.')).toEqual([]);
    expect(vendor('Water is rated critical infrastructure in the plan.')).toEqual([]);
  });
});

describe('vendor severity next to attack types', () => {
  it('spans only the severity word before a named kind of attack', () => {
    expect(vendor('They fixed a critical zero-day and a critical SQL injection flaw.')).toEqual([
      ['critical', 'critical'],
      ['critical', 'critical'],
    ]);
  });

  it('reads "considered critical" but not "critical to"', () => {
    expect(vendor('The bug is considered critical; it is considered critical to patch quickly.')).toEqual([['critical', 'critical']]);
  });
});
