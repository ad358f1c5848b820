/**
 * The numbers behind the library's charts: clippings and entity mentions over time, threat
 * levels, and the most mentioned agencies and actors, for whatever the reader has filtered.
 */
import { THREAT_SCALE } from '../entities/names';
import type { Card } from './card';

/** One period of the timeline: its label (YYYY-MM or YYYY-MM-DD), clippings saved, entities in them. */
export interface TimelinePoint {
  period: string;
  clippings: number;
  entities: number;
}

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString();

/**
 * Clippings and entity mentions per period, oldest first, with empty periods filled in: per day
 * when the cards span under 62 days, else per month (UTC). At most `max` periods, the latest.
 */
export function timeline(cards: readonly Card[], max = 36): TimelinePoint[] {
  if (cards.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of cards) {
    lo = Math.min(lo, c.createdAt);
    hi = Math.max(hi, c.createdAt);
  }
  const daily = hi - lo < 62 * DAY;
  const key = (t: number): string => iso(t).slice(0, daily ? 10 : 7);
  const points = new Map<string, TimelinePoint>();
  // Every period from the first to the last, so gaps show as gaps.
  const start = new Date(lo);
  let at = daily ? Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()) : Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
  while (at <= hi) {
    points.set(key(at), { period: key(at), clippings: 0, entities: 0 });
    const d = new Date(at);
    at = daily ? at + DAY : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  for (const c of cards) {
    const p = points.get(key(c.createdAt));
    if (!p) continue;
    p.clippings++;
    p.entities += c.entityCount;
  }
  return [...points.values()].slice(-max);
}

/** How many clippings have each highest threat level, lowest level first; "none" last. */
export function threatLevels(cards: readonly Card[]): { level: string; count: number }[] {
  const counts = new Map<string, number>([...THREAT_SCALE, 'none'].map((l) => [l, 0]));
  for (const c of cards) {
    const l = c.threatLevel ?? 'none';
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return [...counts].map(([l, count]) => ({ level: l, count }));
}

/** The names most clippings mention, with how many clippings mention each (at most `n`). */
export function topNames(cards: readonly Card[], pick: (c: Card) => readonly string[], n = 10): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of cards) for (const name of pick(c)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, n);
}
