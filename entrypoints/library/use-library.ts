/** The library page's data: every card, the ids the search words match, and the open clipping. */
import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../../lib/clipping/schema';
import type { Card } from '../../lib/library/card';
import { fromStored, matchingIds } from '../../lib/storage/clippings';
import { repairCards } from '../../lib/storage/writes';
import { useLiveQuery } from '../../hooks/use-live-query';
import { libraryDb } from '../../platform/db';

/** Every card (null while loading); cards that drifted from their clippings are repaired first. */
export function useCards(): Card[] | null {
  const [repaired, setRepaired] = useState(false);
  useEffect(() => {
    repairCards(libraryDb())
      .catch((e: unknown) => console.warn('Threatlight: could not repair the library cards', e))
      .finally(() => setRepaired(true));
  }, []);
  return useLiveQuery<Card[] | null>(() => (repaired ? libraryDb().cards.toArray() : Promise.resolve(null)), [repaired], null);
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
