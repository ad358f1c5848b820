/**
 * The clipping: one saved article or passage with its entities and selectors (DESIGN.md §5).
 * Stored in IndexedDB, exported and imported, so every field is described by zod.
 */
import { z } from 'zod';
import { EntitySchema, ThreatScaleSchema, TlpLevelSchema } from '../entities/types';
import { SelectorSchema } from './selector-schema';

export { TextQuoteSelectorSchema, TextPositionSelectorSchema, SelectorSchema, type Selector } from './selector-schema';

export const TopicSchema = z.enum(['terrorism', 'national-security', 'cyber', 'crime']);

export const AssessmentSchema = z.object({
  isSecurityNews: z.boolean(),
  score: z.number().min(0).max(1),
  topics: z.array(z.object({ topic: TopicSchema, score: z.number().min(0).max(1) })),
  reasons: z.array(z.string()),
});

/** What the user saves: fields the page gives, plus the user's own note, tags and TLP. */
export const ClippingSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['article', 'passage']),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** Saved pages are http(s); imports refuse other schemes and the library links only http(s). */
  url: z.string().url(),
  canonicalUrl: z.string().nullable(),
  site: z.string(),
  title: z.string(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  lang: z.string().nullable(),
  assessment: AssessmentSchema.nullable(),
  text: z.string(),
  entities: z.array(EntitySchema),
  selectors: z.array(SelectorSchema),
  note: z.string(),
  tags: z.array(z.string()),
  tlp: TlpLevelSchema.nullable(),
  /** Highest threat level among the entities, for the facet and the list badge. */
  threatLevel: ThreatScaleSchema.nullable(),
});
export type Clipping = z.infer<typeof ClippingSchema>;
