/**
 * The entity types and the threat scale as plain constants, apart from their zod schemas in
 * ./types: code that only needs the names (the recognizers, the in-page engine script) then
 * carries no zod.
 */

/** Every entity type Threatlight recognises, in the order the UI lists them. */
export const ENTITY_TYPES = [
  'agency',
  'threat-actor',
  'malware',
  'threat-level',
  'statistic',
  'indicator',
  'marking',
  'person',
  'location',
  'attack-type',
] as const;

/** The five-step scale every threat-level system is mapped onto. */
export const THREAT_SCALE = ['low', 'moderate', 'substantial', 'severe', 'critical'] as const;
