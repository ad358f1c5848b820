import { describe, expect, it } from 'vitest';
import { findLocations, locationRecognizer } from '../../../lib/entities/recognizers/location';

/** The located spans' texts, in order. */
const texts = (s: string): string[] => findLocations(s).map((e) => e.text);
const one = (s: string, name: string) => findLocations(s).find((e) => e.text === name);

describe('location: countries and their short forms', () => {
  it('finds countries with ISO codes and offsets', () => {
    const s = 'Officials in France and Iraq met envoys from the United Kingdom.';
    const found = findLocations(s);
    expect(found.map((e) => [e.text, e.countryCode, e.kind])).toEqual([
      ['France', 'FR', 'country'],
      ['Iraq', 'IQ', 'country'],
      ['United Kingdom', 'GB', 'country'],
    ]);
    const fr = found[0];
    expect(fr && s.slice(fr.start, fr.end)).toBe('France');
    expect(fr?.id).toBe('country-fr');
    expect(fr?.type).toBe('location');
  });

  it('reads UK, U.K., Britain, US, U.S., USA and Holland', () => {
    const s = 'The UK and the U.K. press, Britain, the US, the U.S. Army, the USA team and Holland.';
    const codes = findLocations(s).map((e) => `${e.text}:${e.countryCode}`);
    expect(codes).toEqual(['UK:GB', 'U.K.:GB', 'Britain:GB', 'US:US', 'U.S.:US', 'USA:US', 'Holland:NL']);
  });

  it('keeps "X-based" and "X-led" and possessives', () => {
    expect(texts('a UK-based firm joined the US-led coalition and the UK’s plan')).toEqual(['UK', 'US', 'UK']);
  });

  it('does not read the pronoun "us" or demonyms as places', () => {
    expect(texts('They told us that British and Syrian officials met.')).toEqual([]);
  });

  it('matches datelines written in capitals', () => {
    expect(texts('HONG KONG (Wire) - A company in Hong Kong said')).toEqual(['HONG KONG', 'Hong Kong']);
  });
});

describe('location: regions, sub-national units and cities', () => {
  it('finds regions, nations of the UK, US states and cities', () => {
    const s = 'Fighters returned from the Middle East to Scotland, Texas and Manchester via Kabul.';
    const found = findLocations(s);
    expect(found.map((e) => [e.text, e.kind, e.countryCode ?? null])).toEqual([
      ['Middle East', 'region', null],
      ['Scotland', 'nation', 'GB'],
      ['Texas', 'state', 'US'],
      ['Manchester', 'city', 'GB'],
      ['Kabul', 'city', 'AF'],
    ]);
  });

  it('extends a capitalised compass word into the name', () => {
    const found = findLocations('The towns of Northern Iraq and northern Syria.');
    expect(found.map((e) => e.text)).toEqual(['Northern Iraq', 'Syria']);
    expect(found[0]?.countryCode).toBe('IQ');
  });

  it('prefers the longest name', () => {
    expect(texts('Troops left South Sudan for the West Bank and Gaza City.')).toEqual(['South Sudan', 'West Bank', 'Gaza City']);
  });

  it('takes the country from a following state ("North Manchester, Indiana")', () => {
    const m = one('She lives in Manchester, Indiana, now.', 'Manchester');
    expect(m?.countryCode).toBe('US');
  });
});

describe('location: names that are something else', () => {
  it('skips places inside newspaper, airline and agency-style names', () => {
    const s = 'The Washington Post and Agence France-Presse reported that Air France and the Hong Kong Police agreed.';
    expect(texts(s)).toEqual([]);
  });

  it('skips a place after "University of" but keeps "Government of"', () => {
    expect(texts('a lecturer at the University of Kabul and the Government of Iraq')).toEqual(['Iraq']);
  });

  it('reads person-like place names as people when a name follows or precedes', () => {
    expect(texts('Chad Wolf and Michael Jordan spoke; Paris Hilton did not.')).toEqual([]);
    expect(texts('Troops deployed to Chad and Jordan.')).toEqual(['Chad', 'Jordan']);
    expect(texts('Mr Kent said that Kent Police were ready.')).toEqual([]);
  });

  it('needs context for places named like ordinary words', () => {
    expect(texts('Nice work. The attack in Nice shocked France.')).toEqual(['Nice', 'France']);
    expect(texts('Reading the report took time.')).toEqual([]);
    expect(texts('He studied near Reading, England.')).toEqual(['Reading', 'England']);
  });

  it('is case-sensitive: "turkey" and "china" are not countries', () => {
    expect(texts('We ate turkey from fine china in Turkey.')).toEqual(['Turkey']);
  });

  it('does not treat a peerage as a place', () => {
    expect(texts('The Prince of Wales visited Wales.')).toEqual(['Wales']);
  });
});

describe('location: places introduced by the text', () => {
  it('reads "the village of X", "X province" and distances', () => {
    const s = 'Gunmen attacked the village of Qaryat Zed, 30km south of Tal Nimr, in Wardi province.';
    expect(texts(s)).toEqual(['Qaryat Zed', 'Tal Nimr', 'Wardi']);
  });

  it('finds later mentions of a name introduced once', () => {
    const s = 'Fighting spread in Wardi province. By night, Wardi was quiet.';
    const found = findLocations(s).filter((e) => e.text === 'Wardi');
    expect(found).toHaveLength(2);
    expect(found[1]?.start).toBe(s.lastIndexOf('Wardi'));
  });

  it('reads lists after "towns including" and "Mount X"', () => {
    const s = 'Forces retook towns in the north including Beta Roha and Kelmar, then Mount Orel.';
    expect(texts(s)).toEqual(['Beta Roha', 'Kelmar', 'Mount Orel']);
  });

  it('does not read demonyms, possessives or titles as introduced places', () => {
    expect(texts('The Kurdish region voted. The port of Acme’s servers. General Smith district.')).toEqual([]);
  });
});

describe('location: recognizer contract', () => {
  it('exposes the location type and returns sorted, in-bounds spans', () => {
    const s = 'From Kyiv to Kiev, Odesa and the Donbas.';
    const found = locationRecognizer.recognize(s);
    expect(locationRecognizer.type).toBe('location');
    expect(found.map((e) => e.text)).toEqual(['Kyiv', 'Kiev', 'Odesa', 'Donbas']);
    for (const e of found) expect(s.slice(e.start, e.end)).toBe(e.text);
    expect(found[0]?.id).toBe(found[1]?.id);
  });

  it('stays fast and linear on long hostile input', () => {
    const s = `${'Aaaa Bbbb village of '.repeat(20000)}${'Iraq '.repeat(20000)}`;
    const t = performance.now();
    const found = findLocations(s);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(found.filter((e) => e.text === 'Iraq')).toHaveLength(20000);
  });
});
