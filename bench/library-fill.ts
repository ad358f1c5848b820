/**
 * Evaluated inside the built extension's library page: fills the real library database with
 * generated clippings (and their cards), as saves and imports would, for the library UI figures.
 */
import { liveQuery } from 'dexie';
import { LibraryDb, DB_NAME, type StoredClipping } from '../lib/storage/db';
import { toStored } from '../lib/storage/clippings';
import { putRecords } from '../lib/storage/writes';
import { ClippingFactory } from './gen/clippings';

const NOW = Date.UTC(2025, 0, 1);

async function fill(n: number): Promise<{ seconds: number; rare: string }> {
  const db = new LibraryDb(DB_NAME);
  await db.open();
  const factory = new ClippingFactory(7);
  const t0 = performance.now();
  for (let at = 0; at < n; at += 2000) {
    const rows: StoredClipping[] = [];
    for (let i = at; i < Math.min(n, at + 2000); i++) rows.push(toStored(factory.make(i, NOW)));
    await db.transaction('rw', db.clippings, db.cards, () => putRecords(db, rows));
  }
  db.close();
  return { seconds: (performance.now() - t0) / 1000, rare: (factory.rare[0] ?? 'zenvelka').toLowerCase() };
}

(globalThis as unknown as { __tlFill: typeof fill }).__tlFill = fill;

/** Where the library page's time goes: the steps it takes for a first paint and a search, timed alone. */
async function profile(query: string): Promise<Record<string, number>> {
  const { matchingIds } = await import('../lib/storage/clippings');
  const { libraryView } = await import('../lib/library/view');
  const db = new LibraryDb(DB_NAME);
  await db.open();
  const t: Record<string, number> = {};
  let t0 = performance.now();
  const cards = await db.cards.toArray();
  t.cardsToArray = performance.now() - t0;
  t0 = performance.now();
  await db.clippings.orderBy('createdAt').reverse().limit(60).toArray();
  t.newest60 = performance.now() - t0;
  t0 = performance.now();
  const ids = await matchingIds(db, query);
  t.matchingIds = performance.now() - t0;
  t.matches = ids?.size ?? -1;
  // The same query as the page runs it: inside a live query, which records what it read.
  t0 = performance.now();
  await new Promise<void>((resolve) => {
    const sub = liveQuery(() => matchingIds(db, query)).subscribe({ next: () => { sub.unsubscribe(); resolve(); }, error: () => resolve() });
  });
  t.matchingIdsLive = performance.now() - t0;
  t0 = performance.now();
  libraryView(cards, ids, { filter: {}, sort: 'newest' });
  t.view = performance.now() - t0;
  t0 = performance.now();
  libraryView(cards, null, { filter: {}, sort: 'newest' });
  t.viewAll = performance.now() - t0;
  db.close();
  return t;
}
(globalThis as unknown as { __tlProfile: typeof profile }).__tlProfile = profile;
