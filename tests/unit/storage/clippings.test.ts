import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { LibraryDb } from '../../../lib/storage/db';
import { highestLevel, recentClippings, searchClippings } from '../../../lib/storage/clippings';
import { saveClipping } from '../../../lib/storage/writes';
import { sampleClipping } from './sample-clipping';

let n = 0;
const dbs: LibraryDb[] = [];
function freshDb(): LibraryDb {
  const db = new LibraryDb(`test-${n++}-${Date.now()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('library storage', () => {
  it('saves, and saving the same article again updates it but keeps creation time and the note', async () => {
    const db = freshDb();
    await saveClipping(db, sampleClipping({ note: 'watch this' }));
    await saveClipping(db, sampleClipping({ title: 'Ransomware gang hits four councils', createdAt: 1_800_000_000_000, note: '' }));
    const all = await recentClippings(db, 10);
    expect(all).toHaveLength(1);
    expect(all[0]?.title).toBe('Ransomware gang hits four councils');
    expect(all[0]?.createdAt).toBe(1_700_000_000_000);
    expect(all[0]?.note).toBe('watch this');
  });

  it('searches with all words ANDed, the last as a prefix, folding case and diacritics', async () => {
    const db = freshDb();
    await saveClipping(db, sampleClipping());
    await saveClipping(db, sampleClipping({ id: 'p2', kind: 'passage', title: 'Daéch propaganda', text: 'Daéch propaganda reached teenagers.', entities: [] }));
    expect((await searchClippings(db, 'lockbit COUNC')).map((c) => c.id)).toEqual(['article-1']);
    expect((await searchClippings(db, 'daech')).map((c) => c.id)).toEqual(['p2']);
    expect(await searchClippings(db, 'lockbit teenagers')).toEqual([]);
  });

  it('rejects an invalid clipping and skips a corrupt stored record', async () => {
    const db = freshDb();
    await expect(saveClipping(db, sampleClipping({ url: 'nope' }))).rejects.toThrow();
    await saveClipping(db, sampleClipping());
    await db.clippings.put({ id: 'broken', createdAt: 2_000_000_000_000 } as never);
    const list = await recentClippings(db, 10);
    expect(list.map((c) => c.id)).toEqual(['article-1']);
  });

  it('ranks threat levels on the five-step scale', () => {
    expect(highestLevel(['moderate', null, 'severe', 'low'])).toBe('severe');
    expect(highestLevel([])).toBeNull();
  });
});

describe('search with many matches', () => {
  it('returns the newest matching clippings first, reading only a page of them', async () => {
    const db = freshDb();
    for (let i = 0; i < 60; i++) {
      await saveClipping(db, sampleClipping({ id: `c-${i}`, createdAt: 1_700_000_000_000 + i, text: i % 2 ? 'lockbit again' : 'quiet news' }));
    }
    const got = await searchClippings(db, 'lockbit', 5);
    expect(got.map((c) => c.id)).toEqual(['c-59', 'c-57', 'c-55', 'c-53', 'c-51']);
    // Few matches for the page size: read and sorted directly, in the same order.
    const sparse = await searchClippings(db, 'quiet', 21);
    expect(sparse).toHaveLength(21);
    expect(sparse[0]?.id).toBe('c-58');
  });
});
