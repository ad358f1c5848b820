/**
 * Cards: the small summary of each clipping that the library page keeps in memory to filter,
 * count facets, sort and chart 100,000 clippings without reading their text.
 */
import { ClippingSchema, type Clipping } from '../clipping/schema';
import type { EntityType, ThreatScale } from '../entities/types';
import { entityName } from '../findings';

/** What the library lists, filters, sorts and charts for one clipping. */
export interface Card {
  id: string;
  createdAt: number;
  title: string;
  site: string;
  kind: Clipping['kind'];
  threatLevel: ThreatScale | null;
  tlp: Clipping['tlp'];
  topics: string[];
  tags: string[];
  /** Names of the agencies mentioned (canonical names where known). */
  agencies: string[];
  /** Names of the threat actors mentioned. */
  actors: string[];
  /** Mentions per entity type. */
  typeCounts: Partial<Record<EntityType, number>>;
  entityCount: number;
  /** Whether a revisit last failed to find this passage on its page. */
  orphaned: boolean;
}

const namesOf = (c: Clipping, type: EntityType): string[] => [...new Set(c.entities.filter((e) => e.type === type).map(entityName))];

/** The card of a clipping (`orphanedAt` from its stored record, when it has one). */
export function toCard(c: Clipping & { orphanedAt?: number }): Card {
  const typeCounts: Partial<Record<EntityType, number>> = {};
  for (const e of c.entities) typeCounts[e.type] = (typeCounts[e.type] ?? 0) + 1;
  return {
    id: c.id,
    createdAt: c.createdAt,
    title: c.title,
    site: c.site,
    kind: c.kind,
    threatLevel: c.threatLevel,
    tlp: c.tlp,
    topics: c.assessment?.topics.map((t) => t.topic) ?? [],
    tags: c.tags,
    agencies: namesOf(c, 'agency'),
    actors: namesOf(c, 'threat-actor'),
    typeCounts,
    entityCount: c.entities.length,
    orphaned: c.orphanedAt !== undefined,
  };
}

/** The card of a stored record, or null when the record is not a valid clipping. */
export function cardOfRecord(r: unknown): Card | null {
  const parsed = ClippingSchema.safeParse(r);
  if (!parsed.success) return null;
  const orphanedAt = (r as { orphanedAt?: unknown }).orphanedAt;
  return toCard(typeof orphanedAt === 'number' ? { ...parsed.data, orphanedAt } : parsed.data);
}
