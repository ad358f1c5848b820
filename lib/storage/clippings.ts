/**
 * Reading clippings: search, recent, per page, orphans (writes are in ./writes).
 */
import { ClippingSchema, type Clipping } from '../clipping/schema';
import { indexWords, queryWords } from '../text/fold';
import type { LibraryDb, StoredClipping } from './db';

/** Re-exported for callers of the storage module; the scale logic lives with the findings. */
export { highestLevel } from '../findings';

/** The stored form of a clipping, with its index fields derived from it. */
export function toStored(c: Clipping): StoredClipping {
  const entityIds = [...new Set(c.entities.map((e) => `${e.type}:${e.id ?? e.text.toLowerCase()}`))];
  return {
    ...c,
    entityIds,
    topics: c.assessment?.topics.map((t) => t.topic) ?? [],
    words: indexWords(`${c.title} ${c.note} ${c.tags.join(' ')} ${c.text}`),
  };
}

/** The clipping a stored record holds, or null when the record is corrupt (it is then skipped, not fatal). */
export function fromStored(r: unknown): Clipping | null {
  const parsed = ClippingSchema.safeParse(r);
  if (!parsed.success) {
    console.warn('Threatlight: skipping a corrupt clipping record', parsed.error.issues[0]);
    return null;
  }
  return parsed.data;
}

/** The newest clippings first. */
export async function recentClippings(db: LibraryDb, limit: number): Promise<Clipping[]> {
  const rows = await db.clippings.orderBy('createdAt').reverse().limit(limit).toArray();
  return rows.map(fromStored).filter((c): c is Clipping => c !== null);
}

/**
 * Clippings containing every word of `query` (the last word may be a prefix), newest first.
 * An empty query returns the newest clippings.
 */
export async function searchClippings(db: LibraryDb, query: string, limit = 200): Promise<Clipping[]> {
  const matches = await matchingIds(db, query);
  if (matches === null) return recentClippings(db, limit);
  if (matches.size === 0) return [];
  // Few matches: read them and sort. Many: walk the createdAt index (keys only, newest first) and
  // read just the records shown, so a common word costs the page size, not the match count.
  let chosen: string[];
  if (matches.size <= limit * 4) chosen = [...matches];
  else {
    chosen = [];
    const newestFirst = db.clippings.orderBy('createdAt').reverse();
    // Where matches are dense, a key cursor finds a page of them after a few steps and stops;
    // where they are sparse, one bulk read of the ordered keys beats stepping through most of them.
    const steps = (limit * (await db.clippings.count())) / matches.size;
    if (steps < 5000) {
      await newestFirst
        .until(() => chosen.length >= limit)
        .eachPrimaryKey((id) => {
          if (matches.has(id)) chosen.push(id);
        });
    } else {
      for (const id of await newestFirst.primaryKeys()) {
        if (matches.has(id)) chosen.push(id);
        if (chosen.length >= limit) break;
      }
    }
  }
  const rows = await db.clippings.bulkGet(chosen);
  return rows
    .map((r) => (r ? fromStored(r) : null))
    .filter((c): c is Clipping => c !== null)
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, limit);
}

/** What a page needs to show its saved clippings again. */
export interface SavedOnPage {
  id: string;
  kind: Clipping['kind'];
  createdAt: number;
  selectors: Clipping['selectors'];
}

/** The clippings saved from a page, found by its URL or its canonical URL. */
export async function clippingsForPage(db: LibraryDb, urls: readonly string[]): Promise<SavedOnPage[]> {
  const list = urls.filter(Boolean);
  if (list.length === 0) return [];
  const [byUrl, byCanonical] = await Promise.all([
    db.clippings.where('url').anyOf(list).toArray(),
    db.clippings.where('canonicalUrl').anyOf(list).toArray(),
  ]);
  const seen = new Map<string, SavedOnPage>();
  for (const r of [...byUrl, ...byCanonical]) {
    const c = fromStored(r);
    if (c) seen.set(c.id, { id: c.id, kind: c.kind, createdAt: c.createdAt, selectors: c.selectors });
  }
  return [...seen.values()];
}

/** Passages whose page no longer contains them, newest orphan first. */
export async function orphanedClippings(db: LibraryDb): Promise<Clipping[]> {
  const rows = await db.clippings.orderBy('orphanedAt').reverse().toArray();
  return rows.map(fromStored).filter((c): c is Clipping => c !== null);
}

/** Every clipping of the library (corrupt records skipped), oldest first. */
export async function allClippings(db: LibraryDb): Promise<Clipping[]> {
  const rows = await db.clippings.orderBy('createdAt').toArray();
  return rows.map(fromStored).filter((c): c is Clipping => c !== null);
}

/**
 * The ids of every clipping containing all words of `query` (the last may be a prefix), or null
 * when the query has no words (everything matches).
 */
export async function matchingIds(db: LibraryDb, query: string): Promise<Set<string> | null> {
  const words = queryWords(query);
  if (words.length === 0) return null;
  // The words' key lists are read in parallel, then intersected smallest first.
  const lists = await Promise.all(
    words.map((w, i) => (i === words.length - 1 ? db.clippings.where('words').startsWith(w) : db.clippings.where('words').equals(w)).primaryKeys()),
  );
  lists.sort((a, b) => a.length - b.length);
  let ids = new Set(lists[0]);
  for (const keys of lists.slice(1)) {
    if (ids.size === 0) break;
    const next = new Set(keys);
    ids = new Set([...ids].filter((k) => next.has(k)));
  }
  return ids;
}
