/**
 * Every write to the library. A clipping and its card are written in the same transaction, so
 * the library page's in-memory view never disagrees with the records it summarises.
 */
import { ClippingSchema, type Clipping } from '../clipping/schema';
import { cardOfRecord, toCard } from '../library/card';
import { fromStored, toStored } from './clippings';
import type { LibraryDb, StoredClipping } from './db';

/** Writes stored records and their cards; call inside a transaction over both tables. */
export async function putRecords(db: LibraryDb, records: readonly StoredClipping[]): Promise<void> {
  await db.clippings.bulkPut([...records]);
  await db.cards.bulkPut(records.map((r) => toCard(r)));
}

/**
 * Saves a clipping; saving the same id again updates it and keeps its creation time,
 * the user's note, tags and TLP.
 */
export async function saveClipping(db: LibraryDb, c: Clipping): Promise<string> {
  const valid = ClippingSchema.parse(c);
  await db.transaction('rw', db.clippings, db.cards, async () => {
    const old = await db.clippings.get(valid.id);
    const merged: Clipping = old
      ? { ...valid, createdAt: old.createdAt, note: old.note || valid.note, tags: [...new Set([...old.tags, ...valid.tags])], tlp: old.tlp ?? valid.tlp }
      : valid;
    await putRecords(db, [toStored(merged)]);
  });
  return valid.id;
}

/** The reader's own fields of a clipping: what the library lets them edit. */
export type ClippingEdit = Partial<Pick<Clipping, 'note' | 'tags' | 'tlp'>>;

/** Applies the reader's edit to a clipping; false when it no longer exists. */
export async function editClipping(db: LibraryDb, id: string, edit: ClippingEdit, now: number): Promise<boolean> {
  return db.transaction('rw', db.clippings, db.cards, async () => {
    const r = await db.clippings.get(id);
    const c = r ? fromStored(r) : null;
    if (!r || !c) return false;
    const next = ClippingSchema.parse({ ...c, ...edit, updatedAt: now });
    const stored = toStored(next);
    await putRecords(db, [r.orphanedAt !== undefined ? { ...stored, orphanedAt: r.orphanedAt } : stored]);
    return true;
  });
}

/** Deletes clippings and returns their records as they were, so the deletion can be undone. */
export async function deleteClippings(db: LibraryDb, ids: readonly string[]): Promise<StoredClipping[]> {
  return db.transaction('rw', db.clippings, db.cards, async () => {
    const gone = (await db.clippings.bulkGet([...ids])).filter((r): r is StoredClipping => r !== undefined);
    await db.clippings.bulkDelete([...ids]);
    await db.cards.bulkDelete([...ids]);
    return gone;
  });
}

/** Puts deleted records back exactly as they were (the undo of deleteClippings). */
export async function restoreClippings(db: LibraryDb, records: readonly StoredClipping[]): Promise<void> {
  await db.transaction('rw', db.clippings, db.cards, () => putRecords(db, records));
}

/** Records which passages a revisit found (clears their orphan mark) and which it did not (sets it). */
export async function recordAnchoring(db: LibraryDb, results: readonly { id: string; anchored: boolean }[], now: number): Promise<void> {
  await db.transaction('rw', db.clippings, db.cards, async () => {
    for (const { id, anchored } of results) {
      const r = await db.clippings.get(id);
      if (!r) continue;
      let next: StoredClipping | null = null;
      if (anchored && r.orphanedAt !== undefined) {
        const { orphanedAt: _gone, ...rest } = r;
        next = rest;
      } else if (!anchored && r.orphanedAt === undefined) next = { ...r, orphanedAt: now };
      if (next) await putRecords(db, [next]);
    }
  });
}

/**
 * Makes the cards agree with the clippings again (a card missing, or left from a deleted
 * clipping) — for libraries written by code that predates cards. Returns how many were fixed.
 */
export async function repairCards(db: LibraryDb): Promise<number> {
  return db.transaction('rw', db.clippings, db.cards, async () => {
    const [ids, cardIds] = await Promise.all([db.clippings.toCollection().primaryKeys(), db.cards.toCollection().primaryKeys()]);
    const have = new Set(cardIds);
    const want = new Set(ids);
    const stale = cardIds.filter((id) => !want.has(id));
    const missing = ids.filter((id) => !have.has(id));
    await db.cards.bulkDelete(stale);
    const records = await db.clippings.bulkGet(missing);
    const cards = records.map((r) => cardOfRecord(r)).filter((c) => c !== null);
    await db.cards.bulkPut(cards);
    return stale.length + cards.length;
  });
}
