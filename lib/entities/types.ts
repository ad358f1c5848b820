/**
 * The entity model: what a recognizer finds in an article's text.
 * Offsets are UTF-16 code units into the analysed text, end exclusive (DESIGN.md §4, §7).
 */
import { z } from 'zod';
import { ENTITY_TYPES, THREAT_SCALE } from './names';

export { ENTITY_TYPES, THREAT_SCALE } from './names';

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const ThreatScaleSchema = z.enum(THREAT_SCALE);
export type ThreatScale = z.infer<typeof ThreatScaleSchema>;

const span = {
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Canonical id (knowledge-base id, or a normalised value such as `cve-2024-1234`). */
  id: z.string().optional(),
  /** Display name for the hover card. */
  name: z.string().optional(),
};

export const AgencySchema = z.object({
  type: z.literal('agency'),
  ...span,
  country: z.string().optional(),
  kind: z.string().optional(),
});

export const ThreatActorSchema = z.object({
  type: z.literal('threat-actor'),
  ...span,
  kind: z.string().optional(),
  aliases: z.array(z.string()).optional(),
});

export const MalwareSchema = z.object({ type: z.literal('malware'), ...span, kind: z.string().optional() });

export const ThreatLevelSchema = z.object({
  type: z.literal('threat-level'),
  ...span,
  /** e.g. `uk-national`, `us-ntas`, `nl-nctv`, `au-national`, `fr-vigipirate`, `cvss`, `vendor`, `qualitative`. */
  system: z.string(),
  level: ThreatScaleSchema.nullable(),
  score: z.number().optional(),
  vector: z.string().optional(),
});

export const StatisticKindSchema = z.enum(['count', 'duration', 'rate', 'percent', 'money']);
export const StatisticSchema = z.object({
  type: z.literal('statistic'),
  ...span,
  /** Inclusive bounds; null means open on that side ("over 400" → {400, null}). */
  value: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
  approx: z.boolean().optional(),
  qualifier: z.string().optional(),
  unit: z.string().optional(),
  per: z.string().optional(),
  kind: StatisticKindSchema,
});

export const IndicatorKindSchema = z.enum([
  'cve',
  'ipv4',
  'ipv6',
  'domain',
  'url',
  'email',
  'md5',
  'sha1',
  'sha256',
  'attack-technique',
]);
export const IndicatorSchema = z.object({
  type: z.literal('indicator'),
  ...span,
  kind: IndicatorKindSchema,
  /** Refanged, normalised value ("hxxp://evil[.]com" → "http://evil.com"). */
  value: z.string(),
});

export const TlpLevelSchema = z.enum(['clear', 'white', 'green', 'amber', 'amber+strict', 'red']);
export const MarkingSchema = z.object({ type: z.literal('marking'), ...span, level: TlpLevelSchema });

export const PersonSchema = z.object({ type: z.literal('person'), ...span, role: z.string().optional() });

export const LocationSchema = z.object({
  type: z.literal('location'),
  ...span,
  /** ISO 3166-1 alpha-2 code of the country the place is in, when known. */
  countryCode: z.string().optional(),
  kind: z.string().optional(),
});

export const AttackTypeSchema = z.object({ type: z.literal('attack-type'), ...span });

/** One recognised mention. */
export const EntitySchema = z.discriminatedUnion('type', [
  AgencySchema,
  ThreatActorSchema,
  MalwareSchema,
  ThreatLevelSchema,
  StatisticSchema,
  IndicatorSchema,
  MarkingSchema,
  PersonSchema,
  LocationSchema,
  AttackTypeSchema,
]);
export type Entity = z.infer<typeof EntitySchema>;
export type EntityOf<T extends EntityType> = Extract<Entity, { type: T }>;

/** A recognizer finds the mentions of one entity type in plain text. Pure and synchronous. */
export interface Recognizer<T extends EntityType = EntityType> {
  /** The type every entity it returns has. */
  readonly type: T;
  /** Mentions in `text`, each with offsets into `text`; may overlap each other (resolution is done later). */
  recognize(text: string): EntityOf<T>[];
}

/** A recognizer of any one type (the registry's element type). */
export type AnyRecognizer = { [T in EntityType]: Recognizer<T> }[EntityType];
