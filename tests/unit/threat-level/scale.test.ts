import { describe, expect, it } from 'vitest';
import { resolveThreatLevels } from '../../../lib/entities/recognizers/threat-level';
import { readLevel } from '../../../lib/entities/threat-levels/national-words';
import { ordinalLevel, threatLevelEntity } from '../../../lib/entities/threat-levels/scale';
import { keepNonOverlapping } from '../../../lib/entities/threat-levels/spans';

describe('ordinal levels', () => {
  it('maps five steps one to one and spreads four steps', () => {
    expect([1, 2, 3, 4, 5].map((n) => ordinalLevel(n))).toEqual(['low', 'moderate', 'substantial', 'severe', 'critical']);
    expect([1, 2, 3, 4].map((n) => ordinalLevel(n, 4))).toEqual(['low', 'moderate', 'severe', 'critical']);
    expect(ordinalLevel(0)).toBeNull();
    expect(ordinalLevel(6)).toBeNull();
    expect(ordinalLevel(2.5)).toBeNull();
  });
});

describe('level words by country', () => {
  it('reads shared words in the system of the country around them', () => {
    expect(readLevel('substantial', 'uk')).toMatchObject({ system: 'uk-national', level: 'substantial' });
    expect(readLevel('substantial', 'nl')).toMatchObject({ system: 'nl-nctv', level: 'severe', score: 4 });
    expect(readLevel('Substantial', null)).toMatchObject({ system: 'uk-national', level: 'substantial' });
    expect(readLevel('severe', 'fr')).toMatchObject({ system: 'other', level: 'severe' });
  });

  it('reads words that belong to one system wherever they appear', () => {
    expect(readLevel('probable', 'uk')).toMatchObject({ system: 'au-national', level: 'substantial' });
    expect(readLevel('kritiek', null)).toMatchObject({ system: 'nl-nctv', level: 'critical', score: 5 });
    expect(readLevel('Urgence  attentat', null)).toMatchObject({ system: 'fr-vigipirate', level: 'critical' });
    expect(readLevel('securite renforcee - risque attentat', null)).toMatchObject({ system: 'fr-vigipirate', level: 'severe' });
  });

  it('reads the old Australian scale and NTAS words by context', () => {
    expect(readLevel('high', 'au')).toMatchObject({ system: 'au-national', level: 'severe' });
    expect(readLevel('medium', 'au')).toMatchObject({ system: 'au-national', level: 'moderate' });
    expect(readLevel('elevated', 'us')).toMatchObject({ system: 'us-ntas', level: 'severe' });
    expect(readLevel('elevated', 'uk')).toMatchObject({ system: 'qualitative', level: null });
  });

  it('reads numbers with and without the size of the scale', () => {
    expect(readLevel('level 4 of 5', 'nl')).toMatchObject({ system: 'nl-nctv', level: 'severe', score: 4 });
    expect(readLevel('two out of four', null)).toMatchObject({ system: 'numeric', level: 'moderate', score: 2 });
    expect(readLevel('banana', null)).toBeNull();
  });
});

describe('overlap resolution', () => {
  const text = 'The threat level is severe and rising.';
  const at = (start: number, end: number, system: string) => threatLevelEntity(text, { start, end, system, level: null });

  it('prefers an official scale over threat language, then the longer span', () => {
    const kept = resolveThreatLevels([at(4, 26, 'qualitative'), at(20, 26, 'uk-national'), at(31, 37, 'qualitative')]);
    expect(kept.map((e) => [e.start, e.end, e.system])).toEqual([
      [20, 26, 'uk-national'],
      [31, 37, 'qualitative'],
    ]);
  });

  it('keeps the first of overlapping spans in preference order and sorts by start', () => {
    const spans = [
      { start: 10, end: 20 },
      { start: 0, end: 5 },
      { start: 15, end: 25 },
      { start: 20, end: 30 },
    ];
    expect(keepNonOverlapping(spans)).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 20 },
      { start: 20, end: 30 },
    ]);
  });
});
