/**
 * The words of national terrorism threat-level systems and what each means on the five-step scale.
 *
 * - UK (MI5/JTAC): low, moderate, substantial, severe, critical — one to one.
 * - Netherlands (NCTV) 1–5: minimal/minimaal, limited/beperkt, significant/aanzienlijk,
 *   substantial/substantieel, critical/kritiek — step n is the n-th step, so NL "substantial" (4)
 *   is `severe`.
 * - Australia since 2015: not expected, possible, probable, expected, certain — one to one; the
 *   older four-step low/medium/high/extreme is spread over the five steps.
 * - US NTAS: a bulletin is `moderate`, an Elevated alert `severe`, an Imminent alert `critical`.
 * - France (Vigipirate): vigilance → moderate, sécurité renforcée – risque attentat → severe,
 *   urgence attentat (formerly alerte attentat) → critical.
 * - "N of M" without a known system, and "the highest level", are read ordinally.
 */
import type { ThreatScale } from '../types';
import type { Country } from './context';
import { ordinalLevel } from './scale';

/** A level word read in its system. */
export interface LevelReading {
  system: string;
  level: ThreatScale | null;
  score?: number;
  name: string;
}

const UK: Readonly<Record<string, number>> = { low: 1, moderate: 2, substantial: 3, severe: 4, critical: 5 };
const NL_EN: Readonly<Record<string, number>> = { minimal: 1, limited: 2, significant: 3, substantial: 4, critical: 5 };
const NL_NL: Readonly<Record<string, number>> = { minimaal: 1, beperkt: 2, aanzienlijk: 3, substantieel: 4, kritiek: 5 };
const AU: Readonly<Record<string, number>> = { 'not expected': 1, possible: 2, probable: 3, expected: 4, certain: 5 };
const AU_OLD: Readonly<Record<string, number>> = { low: 1, medium: 2, high: 3, extreme: 4 };
const US: Readonly<Record<string, ThreatScale>> = { elevated: 'severe', imminent: 'critical' };
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

const SYSTEM_OF: Readonly<Record<Country, string>> = {
  uk: 'uk-national',
  nl: 'nl-nctv',
  au: 'au-national',
  us: 'us-ntas',
  fr: 'fr-vigipirate',
};

const SYSTEM_NAME: Readonly<Record<string, string>> = {
  'uk-national': 'UK national threat level',
  'nl-nctv': 'Dutch NCTV threat level',
  'au-national': 'Australian national terrorism threat level',
  'us-ntas': 'US National Terrorism Advisory System',
  'fr-vigipirate': 'French Vigipirate level',
  numeric: 'Threat level',
  other: 'Threat level',
  qualitative: 'Threat language',
};

function reading(system: string, level: ThreatScale | null, word: string, score?: number): LevelReading {
  const r: LevelReading = { system, level, name: `${SYSTEM_NAME[system] ?? 'Threat level'}: ${word.toUpperCase()}` };
  if (score !== undefined) r.score = score;
  return r;
}

/** Normalises spacing, dashes and accents so table look-ups see one spelling. */
function normalise(word: string): string {
  const lower = word.toLowerCase();
  // Accents only matter for the French words; decomposing is the slow part, so do it only then.
  const plain = /[\u0080-\uFFFF]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  return plain
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function readNumber(word: string, country: Country | null): LevelReading | null {
  const m = /^(?:level )?([1-5]|one|two|three|four|five)(?: (?:out )?of ([45]|four|five))?$/.exec(word);
  if (!m?.[1]) return null;
  const step = NUMBER_WORDS[m[1]] ?? Number(m[1]);
  const steps = m[2] ? (NUMBER_WORDS[m[2]] ?? Number(m[2])) : 5;
  const system = country === 'nl' && steps === 5 ? 'nl-nctv' : 'numeric';
  return reading(system, ordinalLevel(step, steps), `${step} of ${steps}`, step);
}

function readFrench(word: string): LevelReading | null {
  if (word === 'vigilance') return reading('fr-vigipirate', 'moderate', 'vigilance');
  if (/^(?:urgence|alerte) attentat$/.test(word)) return reading('fr-vigipirate', 'critical', word);
  if (/^(?:securite renforcee|risque attentat)/.test(word) || word.endsWith('risque attentat')) {
    return reading('fr-vigipirate', 'severe', word);
  }
  return null;
}

/**
 * What `word` (as written after "threat level ... is") means, given the country the text is
 * about near it; null when the word is not a level there.
 */
export function readLevel(raw: string, country: Country | null): LevelReading | null {
  const word = normalise(raw);
  const french = readFrench(word);
  if (french) return french;
  const number = readNumber(word, country);
  if (number) return number;
  const highest = /^(?:(?:its|the) )?(second[ -])?highest/.exec(word);
  if (highest) {
    const system = country ? SYSTEM_OF[country] : 'other';
    return reading(system, highest[1] ? 'severe' : 'critical', highest[1] ? 'second highest' : 'highest');
  }
  const nl = NL_NL[word];
  if (nl !== undefined) return reading('nl-nctv', ordinalLevel(nl), word, nl);
  const au = AU[word];
  if (au !== undefined) return reading('au-national', ordinalLevel(au), word);
  const us = US[word];
  if (us !== undefined) return country === 'us' ? reading('us-ntas', us, word) : reading('qualitative', null, word);
  if (country === 'nl') {
    const step = NL_EN[word];
    if (step !== undefined) return reading('nl-nctv', ordinalLevel(step), word, step);
  } else if (word in NL_EN && !(word in UK)) {
    return reading('qualitative', null, word);
  }
  const old = AU_OLD[word];
  if (old !== undefined && (country === 'au' || !(word in UK))) {
    return reading(country === 'au' ? 'au-national' : 'other', ordinalLevel(old, 4), word);
  }
  const uk = UK[word];
  if (uk !== undefined) {
    const system = country === null || country === 'uk' ? 'uk-national' : 'other';
    return reading(system, ordinalLevel(uk), word);
  }
  return null;
}
