/**
 * Runs every registered recognizer over a text and resolves overlaps into one clean list.
 */
import { RECOGNIZERS } from './registry';
import type { AnyRecognizer, Entity } from './types';

/**
 * Types that win when spans of different types overlap, strongest first. An indicator
 * ("CVE-2024-1234") beats a statistic inside it; a named actor beats a location inside its name.
 */
const PRIORITY: readonly Entity['type'][] = [
  'indicator',
  'marking',
  'threat-level',
  'agency',
  'threat-actor',
  'malware',
  'attack-type',
  'person',
  'statistic',
  'location',
];

const overlaps = (a: Entity, b: Entity): boolean => a.start < b.end && b.start < a.end;

/** Types allowed to overlap each other, because one often names the other (a statistic counting an attack type). */
function mayCoexist(a: Entity, b: Entity): boolean {
  const pair = new Set([a.type, b.type]);
  return pair.has('statistic') && (pair.has('attack-type') || pair.has('location') || pair.has('agency') || pair.has('threat-actor'));
}

/**
 * The entities of `text`, sorted by start: within a type the longest span wins, across types
 * the stronger type wins unless the pair may coexist.
 */
export function recognize(text: string, recognizers: readonly AnyRecognizer[] = RECOGNIZERS): Entity[] {
  const found: Entity[] = [];
  for (const r of recognizers) {
    for (const e of r.recognize(text)) found.push(e);
  }
  const rank = (e: Entity): number => PRIORITY.indexOf(e.type);
  found.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Entity[] = [];
  for (const e of found) {
    const clash = kept.some((k) => overlaps(k, e) && (k.type === e.type || !mayCoexist(k, e)));
    if (!clash) kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
