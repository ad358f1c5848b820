/**
 * What the hover card says about an entity: a title, short facts and, for known bodies and
 * actors, the knowledge base's one-line description.
 */
import type { Entity } from './entities/types';
import { describeValue, entityName } from './findings';

/** A hover card's content. */
export interface EntityExplanation {
  title: string;
  /** Short facts ("GB · intelligence", "CVSS 9.8 → critical"). */
  facts: string[];
  description?: string;
}

/** The knowledge-base facts the explanation can use, when the entity has a known id. */
export interface KnownFacts {
  name: string;
  kind?: string;
  country?: string;
  description?: string;
  aliases?: readonly string[];
}

/** The explanation of `e`; `lookup` resolves knowledge-base ids. */
export function explainEntity(e: Entity, lookup?: (id: string) => KnownFacts | undefined): EntityExplanation {
  const known = e.id && lookup ? lookup(e.id) : undefined;
  const title = known?.name ?? entityName(e);
  const facts: string[] = [];
  switch (e.type) {
    case 'agency':
    case 'threat-actor':
    case 'malware': {
      const kind = known?.kind ?? e.kind;
      const country = known?.country ?? (e.type === 'agency' ? e.country : undefined);
      const parts = [country, kind].filter(Boolean);
      if (parts.length) facts.push(parts.join(' · '));
      const aliases = (known?.aliases ?? []).filter((a) => a !== title).slice(0, 6);
      if (aliases.length) facts.push(`Also known as ${aliases.join(', ')}`);
      break;
    }
    case 'statistic':
      facts.push(`${e.kind}: ${describeValue(e)}`);
      if (e.qualifier) facts.push(`qualifier: ${e.qualifier}`);
      break;
    case 'threat-level':
      facts.push(`${e.system}${e.level ? ` → ${e.level} on the five-step scale` : ''}`);
      if (e.score !== undefined) facts.push(`score ${e.score}`);
      if (e.vector) facts.push(e.vector);
      break;
    case 'indicator':
      facts.push(`${e.kind}: ${e.value}`);
      break;
    case 'marking':
      facts.push(`TLP ${e.level.toUpperCase()}`);
      break;
    case 'person':
      if (e.role) facts.push(e.role);
      break;
    case 'location':
      if (e.countryCode) facts.push(e.countryCode);
      break;
    case 'attack-type':
      if (e.id) facts.push(e.id.replace(/-/g, ' '));
      break;
  }
  return { title, facts, ...(known?.description ? { description: known.description } : {}) };
}
