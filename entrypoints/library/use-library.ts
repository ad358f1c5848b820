/** The library page's data: every card, the ids the search words match, and the open clipping. */
import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../../lib/clipping/schema';
import { toCard, type Card } from '../../lib/library/card';
import { fromStored, matchingIds, recentClippings } from '../../lib/storage/clippings';
import { repairCards } from '../../lib/storage/writes';
import { useLiveQuery } from '../../hooks/use-live-query';
import { libraryDb } from '../../platform/db';

/** How many clippings the page shows while the whole library's cards are still loading. */
const FIRST_PAGE = 100;

/**
 * Every card (null while loading), and until then the newest clippings' cards, so a large
 * library shows its latest rows at once and its facets and charts a moment later. Cards that
 * drifted from their clippings are repaired first.
 */
export function useCards(): { cards: Card[] | null; newest: Card[] | null; total: number } {
  const [repaired, setRepaired] = useState(false);
  useEffect(() => {
    repairCards(libraryDb())
      .catch((e: unknown) => console.warn('Threatlight: could not repair the library cards', e))
      .finally(() => setRepaired(true));
  }, []);
  const newest = useLiveQuery<Card[] | null>(
    async () => (await recentClippings(libraryDb(), FIRST_PAGE)).map((c) => toCard(c)),
    [],
    null,
  );
  const total = useLiveQuery<number>(() => libraryDb().clippings.count(), [], 0);
  const cards = useLiveQuery<Card[] | null>(() => (repaired ? libraryDb().cards.toArray() : Promise.resolve(null)), [repaired], null);
  return { cards, newest, total };
}

/** The search result for `query`: which query it answers, and the matching ids (null: no words, all match). */
export interface Matches {
  query: string;
  ids: Set<string> | null;
}

/** The ids matching `query`, kept live; until the first answer arrives, the answer for ''. */
export function useMatches(query: string): Matches {
  return useLiveQuery<Matches>(async () => ({ query, ids: await matchingIds(libraryDb(), query) }), [query], { query: '', ids: null });
}

/** The clipping with this id in full (null when none or gone). */
export function useClipping(id: string | null): Clipping | null {
  return useLiveQuery<Clipping | null>(
    async () => {
      if (!id) return null;
      const r = await libraryDb().clippings.get(id);
      return r ? fromStored(r) : null;
    },
    [id],
    null,
  );
}

/** Full clippings for ids, in the given order (corrupt or missing ones left out). */
export async function clippingsByIds(ids: readonly string[]): Promise<Clipping[]> {
  const rows = await libraryDb().clippings.bulkGet([...ids]);
  return rows.map((r) => (r ? fromStored(r) : null)).filter((c): c is Clipping => c !== null);
}
