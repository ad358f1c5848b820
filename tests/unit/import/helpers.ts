/** Fresh fake-indexeddb libraries for the import tests, deleted after each test. */
import { afterEach } from 'vitest';
import { Dexie } from 'dexie';
import type { Clipping } from '../../../lib/clipping/schema';
import { LibraryDb } from '../../../lib/storage/db';
import { fromStored } from '../../../lib/storage/clippings';

let n = 0;
const dbs: LibraryDb[] = [];

/** A new, empty library database. */
export function freshDb(): LibraryDb {
  const db = new LibraryDb(`import-test-${n++}-${Date.now()}`);
  dbs.push(db);
  return db;
}

afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Every clipping in the library, by id. */
export async function allClippings(db: LibraryDb): Promise<Clipping[]> {
  const rows = await db.clippings.toArray();
  return rows
    .map(fromStored)
    .filter((c): c is Clipping => c !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Every stored record as JSON, for "nothing changed" comparisons. */
export async function snapshot(db: LibraryDb): Promise<string> {
  const rows = await db.clippings.toArray();
  return JSON.stringify(rows.sort((a, b) => a.id.localeCompare(b.id)));
}
