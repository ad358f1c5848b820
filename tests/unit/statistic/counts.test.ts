import { describe, expect, it } from 'vitest';
import { findStatistics, stat, texts } from './helpers';

describe('statistic: counts and what they count', () => {
  it('reads numerals with separators and keeps the counted noun phrase as unit', () => {
    const text = 'Investigators said 6,000 customer accounts were exposed.';
    const s = stat(text, '6,000 customer accounts');
    expect(s).toMatchObject({ kind: 'count', value: { min: 6000, max: 6000 }, unit: 'customer accounts' });
    expect(text.slice(s.start, s.end)).toBe('6,000 customer accounts');
    expect(s.approx).toBeUndefined();
    expect(s.qualifier).toBeUndefined();
  });

  it('reads spelled-out numbers before a plural noun', () => {
    expect(stat('Five airstrikes hit the depot.', 'Five airstrikes')).toMatchObject({ value: { min: 5, max: 5 }, unit: 'airstrikes' });
    expect(stat('The court heard from twenty-three witnesses.', 'twenty-three witnesses').value).toEqual({ min: 23, max: 23 });
    expect(stat('Officers seized four hundred phones.', 'four hundred phones').value).toEqual({ min: 400, max: 400 });
    expect(stat('They recruited one hundred and fifty volunteers.', 'one hundred and fifty volunteers').value).toEqual({ min: 150, max: 150 });
    expect(stat('The cell had a dozen members.', 'a dozen members').value).toEqual({ min: 12, max: 12 });
  });

  it('reads scale words and suffixes: 1.2m, 3bn, 2 million, half a million', () => {
    expect(stat('The leak covered 1.2m users.', '1.2m users').value).toEqual({ min: 1_200_000, max: 1_200_000 });
    expect(stat('Scanners probed 3bn addresses.', '3bn addresses').value).toEqual({ min: 3e9, max: 3e9 });
    expect(stat('Some 2 million devices are still unpatched.', 'Some 2 million devices').value).toEqual({ min: 2e6, max: 2e6 });
    expect(stat('The botnet reached half a million routers.', 'half a million routers').value).toEqual({ min: 500_000, max: 500_000 });
    expect(stat('Records of 9.4 million travellers leaked.', '9.4 million travellers').value).toEqual({ min: 9_400_000, max: 9_400_000 });
  });

  it('keeps capitalised words and hyphenated modifiers inside the unit', () => {
    expect(stat('Three British aid workers were freed.', 'Three British aid workers').unit).toBe('British aid workers');
    expect(stat('Police detained 40 high-ranking officials.', '40 high-ranking officials').unit).toBe('high-ranking officials');
    expect(stat('About 2,000 US troops stayed behind.', 'About 2,000 US troops').unit).toBe('US troops');
    expect(stat('More than 300 Iraqis fled the town.', 'More than 300 Iraqis').unit).toBe('Iraqis');
  });

  it('stops the unit at verbs, prepositions and punctuation', () => {
    expect(stat('Nine engineers were arrested in the raid.', 'Nine engineers').unit).toBe('engineers');
    expect(stat('The gang stole 500 laptops from a warehouse.', '500 laptops').unit).toBe('laptops');
    expect(stat('They found 12 servers running old code.', '12 servers').unit).toBe('servers');
    expect(stat('About 70 staff remain on site.', 'About 70 staff').unit).toBe('staff');
  });

  it('reads partitives: "three of its founders", "of the world\'s banks"', () => {
    const s = stat('The group lost three of its founders last year.', 'three of its founders');
    expect(s).toMatchObject({ value: { min: 3, max: 3 }, unit: 'founders' });
    const t = stat('The worm reached an estimated 90,000 of the world’s banks.', 'an estimated 90,000 of the world’s banks');
    expect(t).toMatchObject({ value: { min: 90_000, max: 90_000 }, unit: 'banks', approx: true });
  });

  it('spans a coordinated list closed by "and"', () => {
    const text = 'Roughly 8,000 soldiers, police officers, border guards and militiamen joined the operation.';
    const s = stat(text, 'Roughly 8,000 soldiers, police officers, border guards and militiamen');
    expect(s.unit).toBe('soldiers, police officers, border guards and militiamen');
  });

  it('does not run a list into a separate count', () => {
    expect(texts('Gunmen killed four guards and two drivers.')).toEqual(['four guards', 'two drivers']);
    expect(texts('The breach exposed 800 names, about 300 passwords and 20 card numbers.')).toEqual([
      '800 names',
      'about 300 passwords',
      '20 card numbers',
    ]);
  });

  it('keeps a bare numeral as a count without a unit', () => {
    const s = stat('The number of confirmed cases rose to 415.', '415');
    expect(s).toMatchObject({ kind: 'count', value: { min: 415, max: 415 } });
    expect(s.unit).toBeUndefined();
  });

  it('keeps measurements as counts with their unit', () => {
    expect(stat('The village lies about 45km south of the city.', 'about 45km')).toMatchObject({ kind: 'count', unit: 'km', value: { min: 45, max: 45 }, approx: true });
    expect(stat('The attackers took 1.5TB of files.', '1.5TB')).toMatchObject({ unit: 'TB', value: { min: 1.5, max: 1.5 } });
    expect(stat('The flood peaked at 300 Gbps.', '300 Gbps').unit).toBe('Gbps');
  });

  it('reports offsets in UTF-16 code units', () => {
    const text = '🚨 Alert: 250 devices 🚨 compromised';
    const s = stat(text, '250 devices');
    expect(s.start).toBe(text.indexOf('250'));
    expect(s.end).toBe(text.indexOf('250') + '250 devices'.length);
  });

  it('finds every statistic of a sentence in order', () => {
    const all = findStatistics('Over 400 live operations are under way, and tens of thousands more are watched.');
    expect(all.map((e) => [e.text, e.value.min, e.value.max])).toEqual([
      ['Over 400 live operations', 400, null],
      ['tens of thousands', 20_000, 99_999],
    ]);
  });
});
