import { describe, expect, it } from 'vitest';
import type { Card } from '../../../lib/library/card';
import { libraryView, type ViewQuery } from '../../../lib/library/view';
import { threatLevels, timeline, topNames } from '../../../lib/library/charts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10);
function card(id: string, over: Partial<Card> = {}): Card {
  return {
    id,
    createdAt: T0,
    title: id,
    site: 'news.example',
    kind: 'article',
    threatLevel: null,
    tlp: null,
    topics: [],
    tags: [],
    agencies: [],
    actors: [],
    typeCounts: {},
    entityCount: 0,
    orphaned: false,
    ...over,
  };
}

const cards = [
  card('a', { agencies: ['MI5', 'NCSC'], threatLevel: 'severe', tags: ['uk'], createdAt: T0 + 1 * DAY, entityCount: 3, title: 'Bravo' }),
  card('b', { agencies: ['FBI'], actors: ['APT28'], threatLevel: 'critical', site: 'wire.example', createdAt: T0 + 2 * DAY, entityCount: 9, title: 'alpha' }),
  card('c', { agencies: ['MI5'], actors: ['APT28'], tlp: 'amber', createdAt: T0 + 3 * DAY, entityCount: 1, title: 'Charlie' }),
  card('d', { topics: ['cyber'], kind: 'passage', createdAt: T0 + 40 * DAY, entityCount: 0, title: 'delta' }),
];
const q = (over: Partial<ViewQuery> = {}): ViewQuery => ({ filter: {}, sort: 'newest', ...over });
const ids = (v: { cards: Card[] }): string[] => v.cards.map((c) => c.id);

describe('libraryView', () => {
  it('sorts every way the page offers', () => {
    expect(ids(libraryView(cards, null, q()))).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(libraryView(cards, null, q({ sort: 'oldest' })))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(libraryView(cards, null, q({ sort: 'threat' })))).toEqual(['b', 'a', 'd', 'c']);
    expect(ids(libraryView(cards, null, q({ sort: 'entities' })))).toEqual(['b', 'a', 'c', 'd']);
    expect(ids(libraryView(cards, null, q({ sort: 'title' })))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('filters by search matches, facets (any value within one, all across) and dates', () => {
    expect(ids(libraryView(cards, new Set(['a', 'c', 'x']), q()))).toEqual(['c', 'a']);
    expect(ids(libraryView(cards, null, q({ filter: { agency: ['MI5'] } })))).toEqual(['c', 'a']);
    expect(ids(libraryView(cards, null, q({ filter: { agency: ['MI5', 'FBI'] } })))).toEqual(['c', 'b', 'a']);
    expect(ids(libraryView(cards, null, q({ filter: { agency: ['MI5'], actor: ['APT28'] } })))).toEqual(['c']);
    expect(ids(libraryView(cards, null, q({ filter: { tlp: ['none'] } })))).toEqual(['d', 'b', 'a']);
    expect(ids(libraryView(cards, null, q({ from: T0 + 2 * DAY, to: T0 + 4 * DAY })))).toEqual(['c', 'b']);
    expect(ids(libraryView([...cards, card('o', { orphaned: true })], null, q({ orphanedOnly: true })))).toEqual(['o']);
  });

  it("counts each facet's values over the results of the other facets", () => {
    const v = libraryView(cards, null, q({ filter: { agency: ['MI5'] } }));
    // Agency counts ignore the agency choice, so FBI stays on offer.
    expect(v.counts.agency).toEqual([
      { value: 'MI5', count: 2 },
      { value: 'FBI', count: 1 },
      { value: 'NCSC', count: 1 },
    ]);
    // Other facets count only the MI5 results.
    expect(v.counts.actor).toEqual([{ value: 'APT28', count: 1 }]);
    // A scale is listed in its order, most severe first, whatever the counts.
    expect(v.counts.threatLevel).toEqual([
      { value: 'severe', count: 1 },
      { value: 'none', count: 1 },
    ]);
    expect(v.counts.site).toEqual([{ value: 'news.example', count: 2 }]);
  });
});

describe('charts', () => {
  it('timeline per day under two months, with empty days filled in', () => {
    const t = timeline(cards.slice(0, 3));
    expect(t.map((p) => [p.period, p.clippings, p.entities])).toEqual([
      ['2026-01-11', 1, 3],
      ['2026-01-12', 1, 9],
      ['2026-01-13', 1, 1],
    ]);
  });

  it('timeline per month over longer spans, latest periods kept', () => {
    const long = [...cards, card('e', { createdAt: Date.UTC(2026, 5, 1), entityCount: 4 })];
    const t = timeline(long);
    expect(t.map((p) => p.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(t[0]).toEqual({ period: '2026-01', clippings: 3, entities: 13 });
    expect(t[1]).toEqual({ period: '2026-02', clippings: 1, entities: 0 });
    expect(timeline(long, 2).map((p) => p.period)).toEqual(['2026-05', '2026-06']);
    expect(timeline([])).toEqual([]);
  });

  it('threat levels and top names', () => {
    expect(threatLevels(cards)).toEqual([
      { level: 'low', count: 0 },
      { level: 'moderate', count: 0 },
      { level: 'substantial', count: 0 },
      { level: 'severe', count: 1 },
      { level: 'critical', count: 1 },
      { level: 'none', count: 2 },
    ]);
    expect(topNames(cards, (c) => c.agencies, 2)).toEqual([
      { name: 'MI5', count: 2 },
      { name: 'FBI', count: 1 },
    ]);
  });
});
