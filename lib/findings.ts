/**
 * What a page's analysis means to the reader: the summary the page panel, the popup and the
 * badge show, and the explanation of one entity in a hover card.
 */
import type { PageFindings } from './messaging/protocol';
import { THREAT_SCALE } from './entities/names';
import type { Entity, EntityType, ThreatScale } from './entities/types';

/** The analysis fields a summary needs (a subset of lib/analyze's Analysis). */
export interface AnalysisLike {
  article: { title: string | null };
  assessment: { isSecurityNews: boolean; score: number; topics: { topic: string; score: number }[]; reasons: string[] };
  entities: readonly Entity[];
}

/** The key under which mentions of the same thing are grouped: its canonical id, else its folded text. */
export function entityKey(e: Entity): string {
  return `${e.type}:${e.id ?? e.text.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** The name a reader sees for an entity. */
export function entityName(e: Entity): string {
  return e.name ?? e.text;
}

/** The highest level on the five-step scale among `levels`, or null. */
export function highestLevel(levels: readonly (string | null | undefined)[]): ThreatScale | null {
  let best = -1;
  for (const l of levels) best = Math.max(best, THREAT_SCALE.indexOf(l as ThreatScale));
  return best >= 0 ? (THREAT_SCALE[best] ?? null) : null;
}

/** The highest stated threat level among the entities, or null when none is stated. */
export function highestThreatLevel(entities: readonly Entity[]): ThreatScale | null {
  return highestLevel(entities.map((e) => (e.type === 'threat-level' ? e.level : null)));
}

/** Mentions grouped by what they refer to, most mentioned first. */
export function groupMentions(entities: readonly Entity[]): { key: string; first: Entity; mentions: Entity[] }[] {
  const groups = new Map<string, { key: string; first: Entity; mentions: Entity[] }>();
  for (const e of entities) {
    const k = entityKey(e);
    const g = groups.get(k);
    if (g) g.mentions.push(e);
    else groups.set(k, { key: k, first: e, mentions: [e] });
  }
  return [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length);
}

/** The summary of a page for the panel and the popup. */
export function summarize(url: string, a: AnalysisLike): PageFindings {
  const counts: Partial<Record<EntityType, number>> = {};
  for (const e of a.entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const top = groupMentions(a.entities.filter((e) => e.type === 'agency' || e.type === 'threat-actor' || e.type === 'malware'))
    .slice(0, 8)
    .map((g) => ({ type: g.first.type, name: entityName(g.first), count: g.mentions.length }));
  return {
    url,
    title: a.article.title,
    isSecurityNews: a.assessment.isSecurityNews,
    score: a.assessment.score,
    topics: a.assessment.topics,
    reasons: a.assessment.reasons,
    threatLevel: highestThreatLevel(a.entities),
    counts,
    top,
  };
}

/** A statistic's value in words ("400 or more", "2–4 days", "about 6,000"). */
export function describeValue(e: Extract<Entity, { type: 'statistic' }>): string {
  const n = (x: number): string => x.toLocaleString('en-GB');
  const { min, max } = e.value;
  let v: string;
  if (min !== null && max !== null) v = min === max ? n(min) : `${n(min)}–${n(max)}`;
  else if (min !== null) v = `${n(min)} or more`;
  else if (max !== null) v = `up to ${n(max)}`;
  else v = 'unknown';
  if (e.kind === 'percent') v += '%';
  if (e.kind === 'money' && e.unit) v = `${e.unit} ${v}`;
  else if (e.unit) v += ` ${e.unit}`;
  if (e.per) v += ` per ${e.per}`;
  return e.approx ? `about ${v}` : v;
}
