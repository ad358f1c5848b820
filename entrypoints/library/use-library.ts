/** The library page's data: every card, the ids the search words match, and the open clipping. */
import { Dexie, type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../../lib/clipping/schema';
import { toCard, type Card } from '../../lib/library/card';
import { fromStored, matchingIds, recentClippings } from '../../lib/storage/clippings';
import { changedKeys } from '../../lib/storage/changes';
import { repairCards } from '../../lib/storage/writes';
import { useLiveQuery } from '../../hooks/use-live-query';
import { libraryDb } from '../../platform/db';

/** How many clippings the page shows while the whole library's cards are still loading. */
const FIRST_PAGE = 100;
/** Past this many changed cards, one full read is cheaper than fetching each. */
const FULL_RELOAD = 20_000;

/**
 * Every card (null while loading), and until then the newest clippings' cards, so a large
 * library shows its latest rows at once and its facets and charts a moment later. After the
 * first read only the cards a write touched are read again (here or in another extension
 * context): re-reading 100,000 cards after each edit would stall the page for seconds.
 */
export function useCards(): { cards: Card[] | null; newest: Card[] | null; total: number } {
  const [cards, setCards] = useState<Card[] | null>(null);
  useEffect(() => {
    const db = libraryDb();
    let current: Card[] | null = null;
    let stopped = false;
    // Changes are applied one batch at a time, in order, after the first full read.
    let queue: Promise<void> = repairCards(db)
      .catch((e: unknown) => console.warn('Threatlight: could not repair the library cards', e))
      .then(() => db.cards.toArray())
      .then((all) => {
        current = all;
        if (!stopped) setCards(all);
      });
    const apply = async (keys: string[] | 'all'): Promise<void> => {
      if (keys === 'all' || keys.length > FULL_RELOAD || current === null) current = await db.cards.toArray();
      else {
        const fresh = await db.cards.bulkGet(keys);
        const byId = new Map(current.map((c) => [c.id, c]));
        keys.forEach((id, i) => {
          const c = fresh[i];
          if (c) byId.set(id, c);
          else byId.delete(id);
        });
        current = [...byId.values()];
      }
      if (!stopped) setCards(current);
    };
    const onChange = (parts: ObservabilitySet): void => {
      const keys = changedKeys(parts, db.name, 'cards');
      if (keys === null || (Array.isArray(keys) && keys.length === 0)) return;
      queue = queue.then(() => apply(keys)).catch((e: unknown) => console.error('Threatlight:', e));
    };
    Dexie.on('storagemutated', onChange);
    return () => {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(onChange);
    };
  }, []);
  const newest = useLiveQuery<Card[] | null>(async () => (await recentClippings(libraryDb(), FIRST_PAGE)).map((c) => toCard(c)), [], null);
  const total = useLiveQuery<number>(() => libraryDb().clippings.count(), [], 0);
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
