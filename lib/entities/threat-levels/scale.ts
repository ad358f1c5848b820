/**
 * Mapping of every threat-level system onto Threatlight's five-step scale, and the shape of a
 * threat-level finding. The mappings are documented here because the hover card and the library
 * facets show the five-step level, not each system's own words.
 */
import type { EntityOf, ThreatScale } from '../types';
import { THREAT_SCALE } from '../names';

/** A recognised threat-level mention. */
export type ThreatLevelEntity = EntityOf<'threat-level'>;

/**
 * The five-step level of a CVSS score, by the CVSS v3/v4 qualitative bands:
 * none (0.0) and low (0.1–3.9) → low, medium (4.0–6.9) → moderate, high (7.0–8.9) → severe,
 * critical (9.0–10.0) → critical. `substantial` is never used for CVSS.
 */
export function cvssLevel(score: number): ThreatScale {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'severe';
  if (score >= 4) return 'moderate';
  return 'low';
}

/**
 * The five-step level of a vendor severity word (Microsoft's Critical/Important/Moderate/Low,
 * the CVSS band names, and the plain words vendors use): high and important are the step below
 * critical, so they map to `severe`.
 */
export const VENDOR_LEVELS: Readonly<Record<string, ThreatScale>> = {
  critical: 'critical',
  high: 'severe',
  important: 'severe',
  severe: 'severe',
  medium: 'moderate',
  moderate: 'moderate',
  low: 'low',
};

/**
 * The five-step level of step `step` on a scale of `steps` steps (1 is the lowest): the Dutch
 * NCTV scale 1–5 maps one to one; a four-step scale spreads over the five steps.
 */
export function ordinalLevel(step: number, steps = 5): ThreatScale | null {
  if (!Number.isInteger(step) || step < 1 || step > steps || steps < 2) return null;
  const index = Math.round(((step - 1) / (steps - 1)) * (THREAT_SCALE.length - 1));
  return THREAT_SCALE[index] ?? null;
}

/** What a finder knows about one mention, before it becomes an entity. */
export interface ThreatLevelInit {
  start: number;
  end: number;
  system: string;
  level: ThreatScale | null;
  score?: number;
  vector?: string;
  name?: string;
}

/** The entity for a mention found in `text`. */
export function threatLevelEntity(text: string, init: ThreatLevelInit): ThreatLevelEntity {
  const entity: ThreatLevelEntity = {
    type: 'threat-level',
    text: text.slice(init.start, init.end),
    start: init.start,
    end: init.end,
    system: init.system,
    level: init.level,
    id: init.level ? `${init.system}:${init.level}` : init.system,
  };
  if (init.name !== undefined) entity.name = init.name;
  if (init.score !== undefined) entity.score = init.score;
  if (init.vector !== undefined) entity.vector = init.vector;
  return entity;
}
