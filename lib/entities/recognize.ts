/**
 * Runs every registered recognizer over a text and resolves overlaps into one clean list.
 */
import { RECOGNIZERS } from './registry';
import { ENTITY_TYPES } from './names';
import type { AnyRecognizer, Entity, EntityType } from './types';

/**
 * Types that win when spans of different types overlap, strongest first. An indicator
 * ("CVE-2024-1234") beats a statistic inside it; a named actor beats a location inside its name.
 */
const PRIORITY: readonly EntityType[] = [
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

/**
 * Pairs of types that may overlap, because one often names the other: a statistic counting an
 * attack type or a body ("12 critical vulnerabilities", "40 Met officers"), a threat level
 * stated about an attack ("an attack is highly likely").
 */
const COEXIST: readonly (readonly [EntityType, EntityType])[] = [
  ['statistic', 'attack-type'],
  ['statistic', 'location'],
  ['statistic', 'agency'],
  ['statistic', 'threat-actor'],
  ['statistic', 'threat-level'],
  ['threat-level', 'attack-type'],
];

const bit = (t: EntityType): number => 1 << ENTITY_TYPES.indexOf(t);

/** For each type, the mask of types a span of it may not overlap (its own type included). */
const CLASHES: ReadonlyMap<EntityType, number> = new Map(
  ENTITY_TYPES.map((t) => {
    let mask = 0;
    for (const u of ENTITY_TYPES) {
      const ok = COEXIST.some(([a, b]) => (a === t && b === u) || (a === u && b === t));
      if (!ok) mask |= bit(u);
    }
    return [t, mask];
  }),
);

/**
 * The entities of `text`, sorted by start: within a type the longest span wins, across types
 * the stronger type wins unless the pair may coexist. Linear in the total length of the spans.
 */
export function recognize(text: string, recognizers: readonly AnyRecognizer[] = RECOGNIZERS): Entity[] {
  const found: Entity[] = [];
  for (const r of recognizers) {
    for (const e of r.recognize(text)) found.push(e);
  }
  return resolveOverlaps(text.length, found);
}

/**
 * The same entities as `recognize`, found one recognizer at a time with `pause()` awaited between
 * them, so a caller on a page's main thread can let the page run between the steps.
 */
export async function recognizeInSteps(
  text: string,
  pause: () => Promise<void>,
  recognizers: readonly AnyRecognizer[] = RECOGNIZERS,
): Promise<Entity[]> {
  const found: Entity[] = [];
  for (const r of recognizers) {
    for (const e of r.recognize(text)) found.push(e);
    await pause();
  }
  return resolveOverlaps(text.length, found);
}

/** Every recognizer's raw spans over a text of `length` resolved into one clean, sorted list. */
function resolveOverlaps(length: number, found: Entity[]): Entity[] {
  const rank = (e: Entity): number => PRIORITY.indexOf(e.type);
  found.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Which types already cover each character: one bit per type.
  const covered = new Uint16Array(length);
  const kept: Entity[] = [];
  for (const e of found) {
    const clash = CLASHES.get(e.type) ?? 0xffff;
    let hit = false;
    for (let i = e.start; i < e.end && !hit; i++) hit = ((covered[i] ?? 0) & clash) !== 0;
    if (hit) continue;
    const b = bit(e.type);
    for (let i = e.start; i < e.end; i++) covered[i] = (covered[i] ?? 0) | b;
    kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
