import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../lib/text/gazetteer';

const gaz = buildGazetteer([
  { id: 'mi5', names: ['MI5', 'Security Service'] },
  { id: 'ctp', names: ['Counter Terrorism Policing', 'Counter-Terrorism Policing'] },
  { id: 'police', names: ['police'] },
  { id: 'al-qaeda', names: ['al-Qaeda', "Al Qa'ida"] },
  { id: 'isis', names: ['ISIS', 'Islamic State', 'Islamic State of Iraq and Syria'] },
  { id: 'is', names: ['IS'] },
  { id: 'play', names: ['Play'], caseSensitive: true },
  { id: 'fbi', names: ['FBI'] },
  { id: 'us', names: ['U.S.'] },
]);

const ids = (text: string): string[] => gaz.find(text).map((m) => m.id);

describe('buildGazetteer', () => {
  it('finds names with exact UTF-16 offsets', () => {
    const text = 'Officers from MI5 met the FBI.';
    expect(gaz.find(text)).toEqual([
      { id: 'mi5', start: 14, end: 17, text: 'MI5' },
      { id: 'fbi', start: 26, end: 29, text: 'FBI' },
    ]);
  });

  it('matches only at word boundaries', () => {
    expect(ids('The FBIs and xMI5 and MI50 and ISISx')).toEqual([]);
    expect(ids("MI5's chief spoke; ISIS-linked cells")).toEqual(['mi5', 'isis']);
  });

  it('prefers the longest name at the leftmost start', () => {
    const found = gaz.find('fighters of the Islamic State of Iraq and Syria fled');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'isis', start: 16, end: 47 });
  });

  it('falls back to a shorter name when the longer one does not complete', () => {
    const found = gaz.find('the Islamic State of mind');
    expect(found[0]).toMatchObject({ id: 'isis', start: 4, end: 17 });
  });

  it('is case-insensitive for ordinary names and exact for acronyms by default', () => {
    expect(ids('the SECURITY SERVICE and the security service')).toEqual(['mi5', 'mi5']);
    expect(ids('mi5 and fbi and Fbi')).toEqual([]);
    expect(ids('what is IS doing')).toEqual(['is']);
  });

  it('honours an explicit caseSensitive flag', () => {
    expect(ids('children play outside; the Play gang struck')).toEqual(['play']);
  });

  it('tolerates typographic apostrophes, hyphens and runs of whitespace', () => {
    const text = 'Al Qa’ida and al‑Qaeda and Counter   Terrorism\n Policing and Counter–Terrorism Policing';
    const found = gaz.find(text);
    expect(found.map((m) => m.id)).toEqual(['al-qaeda', 'al-qaeda', 'ctp', 'ctp']);
    const ctp = found[2];
    expect(ctp?.text).toBe('Counter   Terrorism\n Policing');
    expect(ctp && text.slice(ctp.start, ctp.end)).toBe(ctp?.text);
  });

  it('keeps offsets right after astral characters and handles names ending in punctuation', () => {
    const text = '😀 police and U.S. officials';
    expect(gaz.find(text)).toEqual([
      { id: 'police', start: 3, end: 9, text: 'police' },
      { id: 'us', start: 14, end: 18, text: 'U.S.' },
    ]);
  });

  it('does not overlap matches', () => {
    const found = gaz.find('ISIS ISIS');
    expect(found.map((m) => [m.start, m.end])).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });

  it('is fast on a large text', () => {
    const big = 'The police said the Islamic State and al-Qaeda were active. '.repeat(20_000);
    const t0 = performance.now();
    const found = gaz.find(big);
    const ms = performance.now() - t0;
    expect(found).toHaveLength(60_000);
    expect(ms).toBeLessThan(1500);
  });
});
