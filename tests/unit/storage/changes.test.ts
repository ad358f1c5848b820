import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie, type ObservabilitySet } from 'dexie';
import { LibraryDb } from '../../../lib/storage/db';
import { changedKeys } from '../../../lib/storage/changes';
import { deleteClippings, editClipping, saveClipping } from '../../../lib/storage/writes';
import { sampleClipping } from './sample-clipping';

let db: LibraryDb;
let seen: ObservabilitySet[] = [];
const listen = (parts: ObservabilitySet): void => void seen.push(parts);
beforeEach(async () => {
  db = new LibraryDb(`changes-${Math.random()}`);
  await db.open();
  seen = [];
  Dexie.on('storagemutated', listen);
});
afterEach(async () => {
  Dexie.on('storagemutated').unsubscribe(listen);
  db.close();
  await Dexie.delete(db.name);
});

/** The card keys of every write seen so far, after the event loop has delivered them. */
async function cardChanges(): Promise<(string[] | 'all' | null)[]> {
  await new Promise((r) => setTimeout(r, 50));
  return seen.map((p) => {
    const k = changedKeys(p, db.name, 'cards');
    return Array.isArray(k) ? k.sort() : k;
  });
}

describe('changedKeys', () => {
  it('names the cards a save, an edit and a delete touched, and nothing for other databases', async () => {
    await saveClipping(db, sampleClipping({ id: 'a' }));
    await saveClipping(db, sampleClipping({ id: 'b' }));
    await editClipping(db, 'a', { note: 'x' }, 5);
    await deleteClippings(db, ['a', 'b']);
    expect(await cardChanges()).toEqual([['a'], ['b'], ['a'], ['a', 'b']]);
    expect(changedKeys(seen[0] ?? {}, 'another-db', 'cards')).toBeNull();
  });

  it("says 'all' when a whole table is cleared", async () => {
    await saveClipping(db, sampleClipping({ id: 'a' }));
    await db.cards.clear();
    expect((await cardChanges()).at(-1)).toBe('all');
  });
});
