/**
 * What the library page shows for a query: the clippings that pass the search and the chosen
 * facet values, in the chosen order, and for each facet how many results each value would give.
 * Pure functions over cards (lib/storage/cards), so they run on 100,000 clippings in memory.
 */
import { THREAT_SCALE } from '../entities/names';
import type { Card } from './card';

/** The facets a reader can filter on, in the order the page shows them. */
export const FACETS = ['agency', 'actor', 'threatLevel', 'topic', 'site', 'tag', 'tlp', 'kind'] as const;
export type Facet = (typeof FACETS)[number];

/** Readable facet names. */
export const FACET_LABELS: Readonly<Record<Facet, string>> = {
  agency: 'Agency',
  actor: 'Threat actor',
  threatLevel: 'Threat level',
  topic: 'Topic',
  site: 'Site',
  tag: 'Tag',
  tlp: 'TLP',
  kind: 'Kind',
};

/** The value a card has for a facet ("none" stands for an unset threat level or TLP). */
export function facetValues(card: Card, facet: Facet): readonly string[] {
  switch (facet) {
    case 'agency':
      return card.agencies;
    case 'actor':
      return card.actors;
    case 'threatLevel':
      return [card.threatLevel ?? 'none'];
    case 'topic':
      return card.topics;
    case 'site':
      return [card.site];
    case 'tag':
      return card.tags;
    case 'tlp':
      return [card.tlp ?? 'none'];
    case 'kind':
      return [card.kind];
  }
}

/** Chosen values per facet: a card passes a facet when it has any of its chosen values. */
export type FacetFilter = Partial<Record<Facet, readonly string[]>>;

export const SORTS = ['newest', 'oldest', 'threat', 'entities', 'title', 'site'] as const;
export type Sort = (typeof SORTS)[number];

/** What the reader asked for besides the search words. */
export interface ViewQuery {
  filter: FacetFilter;
  /** Saved on or after this time (ms), if set. */
  from?: number | null;
  /** Saved before this time (ms), if set. */
  to?: number | null;
  /** Only passages a revisit did not find on their page. */
  orphanedOnly?: boolean;
  sort: Sort;
}

/** Per facet, each value with how many results choosing it would give, most first. */
export type FacetCounts = Record<Facet, { value: string; count: number }[]>;

/** The page's view: the matching cards in order, and the facet counts. */
export interface LibraryView {
  cards: Card[];
  counts: FacetCounts;
}

/** Facets whose values are a scale are listed in its order (most severe first), not by count. */
const SCALES: Partial<Record<Facet, readonly string[]>> = {
  threatLevel: [...[...THREAT_SCALE].reverse(), 'none'],
  tlp: ['red', 'amber+strict', 'amber', 'green', 'clear', 'white', 'none'],
};

const level = (c: Card): number => (c.threatLevel ? THREAT_SCALE.indexOf(c.threatLevel) : -1);
const COMPARE: Readonly<Record<Sort, (a: Card, b: Card) => number>> = {
  newest: (a, b) => b.createdAt - a.createdAt,
  oldest: (a, b) => a.createdAt - b.createdAt,
  threat: (a, b) => level(b) - level(a) || b.createdAt - a.createdAt,
  entities: (a, b) => b.entityCount - a.entityCount || b.createdAt - a.createdAt,
  title: (a, b) => a.title.localeCompare(b.title) || b.createdAt - a.createdAt,
  site: (a, b) => a.site.localeCompare(b.site) || b.createdAt - a.createdAt,
};

/**
 * The view of `cards` for a query. `matches` is the set of ids the search words matched, or
 * null when there are no search words. A facet's counts ignore that facet's own choice, so the
 * reader can widen it (choose a second agency) as well as narrow the others.
 */
export function libraryView(cards: readonly Card[], matches: ReadonlySet<string> | null, q: ViewQuery): LibraryView {
  const active = FACETS.filter((f) => (q.filter[f]?.length ?? 0) > 0).map((f) => ({ facet: f, chosen: new Set(q.filter[f]) }));
  const tallies = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const tally = (c: Card, f: Facet): void => {
    const t = tallies[f];
    for (const v of facetValues(c, f)) t.set(v, (t.get(v) ?? 0) + 1);
  };
  const out: Card[] = [];
  for (const c of cards) {
    if (matches && !matches.has(c.id)) continue;
    if (q.orphanedOnly && !c.orphaned) continue;
    if (q.from != null && c.createdAt < q.from) continue;
    if (q.to != null && c.createdAt >= q.to) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const { facet, chosen } of active) {
      if (!facetValues(c, facet).some((v) => chosen.has(v))) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      out.push(c);
      for (const f of FACETS) tally(c, f);
    } else if (failures === 1 && failed) tally(c, failed);
  }
  out.sort(COMPARE[q.sort]);
  const counts = Object.fromEntries(
    FACETS.map((f) => {
      const rank = SCALES[f];
      const byRank = (a: { value: string }, b: { value: string }): number => (rank ? rank.indexOf(a.value) - rank.indexOf(b.value) : 0);
      return [f, [...tallies[f]].map(([value, count]) => ({ value, count })).sort((a, b) => byRank(a, b) || b.count - a.count || a.value.localeCompare(b.value))];
    }),
  ) as FacetCounts;
  return { cards: out, counts };
}
