import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../lib/page/title';

describe('cleanTitle', () => {
  it('strips a trailing site name that matches the site', () => {
    expect(cleanTitle('Hospital hit by ransomware | Harbour Gazette', 'Harbour Gazette', null)).toBe('Hospital hit by ransomware');
    expect(cleanTitle('Threat level raised to severe - The Daily Lantern', 'Daily Lantern', null)).toBe('Threat level raised to severe');
    expect(cleanTitle('Spionage an Hochschulen – nordkurier', 'Nordkurier', null)).toBe('Spionage an Hochschulen');
  });

  it('strips a leading site name', () => {
    expect(cleanTitle('Harbour Gazette | Hospital hit by ransomware', 'Harbour Gazette', null)).toBe('Hospital hit by ransomware');
  });

  it('recognises the site from the host name when no site name is given', () => {
    expect(cleanTitle('Minecraft exploit crashes servers - Arstechnica', null, 'https://arstechnica.com/x')).toBe('Minecraft exploit crashes servers');
  });

  it('keeps dashes that are part of the headline', () => {
    expect(cleanTitle('Zimbabwe coup - what we know so far', 'The Telegraph', null)).toBe('Zimbabwe coup - what we know so far');
    expect(cleanTitle('Friday Facts #282 - 0.17 in sight', 'Factorio', null)).toBe('Friday Facts #282 - 0.17 in sight');
  });

  it('never leaves a stub when the rest would be too short', () => {
    expect(cleanTitle('Mozilla - Wikipedia', 'Wikipedia', null)).toBe('Mozilla - Wikipedia');
  });

  it('collapses whitespace and returns null for nothing', () => {
    expect(cleanTitle('  Breaking:\n  news  ', null, null)).toBe('Breaking: news');
    expect(cleanTitle('   ', 'Site', null)).toBeNull();
    expect(cleanTitle(null, 'Site', null)).toBeNull();
  });
});
