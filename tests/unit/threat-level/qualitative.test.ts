import { describe, expect, it } from 'vitest';
import { threatLevelRecognizer } from '../../../lib/entities/recognizers/threat-level';

const qualitative = (text: string) =>
  threatLevelRecognizer
    .recognize(text)
    .filter((e) => e.system === 'qualitative')
    .map((e) => e.text);

describe('qualitative threat language', () => {
  it('spans coordinated intensity words up to the threat noun, level null', () => {
    const text = 'The minister said the country faces an unprecedented and unrelenting terror offensive.';
    const [e] = threatLevelRecognizer.recognize(text);
    expect(e).toMatchObject({
      text: 'unprecedented and unrelenting terror offensive',
      system: 'qualitative',
      level: null,
      start: text.indexOf('unprecedented'),
    });
  });

  it('reads the common phrases', () => {
    expect(
      qualitative('Officials warned of a heightened threat, the most severe threat we have ever faced, and a growing threat from drones.'),
    ).toEqual(['heightened threat', 'most severe threat', 'growing threat']);
    expect(qualitative('Police cite an elevated level of plots and a significant threat to shipping.')).toEqual([
      'elevated level of plots',
      'significant threat',
    ]);
    expect(qualitative('Agencies believe an attack is imminent; others fear an imminent terrorist attack.')).toEqual([
      'an attack is imminent',
      'imminent',
    ]);
    expect(qualitative('Stations were on high alert against a clear and present danger.')).toEqual(['high alert', 'clear and present danger']);
  });

  it('reads a characterisation on its own', () => {
    expect(qualitative('The ransomware wave, dubbed “unprecedented” by investigators, spread fast.')).toEqual(['unprecedented']);
  });

  it('does not fire on names of fields and kinds of actors', () => {
    expect(qualitative('An advanced persistent threat group hired a major threat intelligence firm.')).toEqual([]);
    expect(qualitative('The attack was likely carried out by insiders.')).toEqual([]);
    expect(qualitative('Severe weather and critical infrastructure were discussed.')).toEqual([]);
  });

  it('prefers an official level over threat language on the same words', () => {
    const found = threatLevelRecognizer.recognize('The terror threat remains at severe.');
    expect(found.map((e) => [e.text, e.system])).toEqual([['severe', 'uk-national']]);
  });
});

describe('threat language next to an attack type', () => {
  it('leaves the attack noun out of the span', () => {
    const text = 'It was an unprecedented cyberattack on hospitals.';
    const [e] = threatLevelRecognizer.recognize(text);
    expect(e).toMatchObject({ text: 'unprecedented', start: text.indexOf('unprecedented'), end: text.indexOf(' cyberattack') });
  });
});

describe('more threat language', () => {
  it('reads comma-coordinated adjectives and "high" threats', () => {
    expect(qualitative('Officials call it a serious, growing threat and a high terrorist threat.')).toEqual([
      'serious, growing threat',
      'high terrorist threat',
    ]);
  });

  it('reads "the threat is/remains ..." but not infrastructure', () => {
    expect(qualitative('The threat remains high, the minister said.')).toEqual(['threat remains high']);
    expect(qualitative('The threat remains critical infrastructure-focused.')).toEqual([]);
  });
});
