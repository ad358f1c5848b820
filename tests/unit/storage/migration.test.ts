import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { LibraryDb, SCHEMA } from '../../../lib/storage/db';
import { clippingsForPage, orphanedClippings, recentClippings, toStored } from '../../../lib/storage/clippings';
import { recordAnchoring, saveClipping } from '../../../lib/storage/writes';
import { sampleClipping } from './sample-clipping';

describe('schema migration', () => {
  it('opens a version-1 library with records at the current version and loses nothing', async () => {
    const name = `migrate-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA[1]);
    const old = [sampleClipping(), sampleClipping({ id: 'p-1', kind: 'passage', title: 'A passage', createdAt: 1_700_000_000_500 })];
    await v1.table('clippings').bulkPut(old.map(toStored));
    v1.close();

    const db = new LibraryDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const all = await recentClippings(db, 10);
    expect(all.map((c) => c.id).sort()).toEqual(['article-1', 'p-1']);
    expect(all.find((c) => c.id === 'article-1')).toEqual(old[0]);
    // The index added in v2 works on the migrated records.
    expect((await clippingsForPage(db, ['https://news.example/security/ransomware-councils'])).length).toBe(2);
    // v3 gave every valid record its card.
    expect((await db.cards.toArray()).map((c) => c.id).sort()).toEqual(['article-1', 'p-1']);
    db.close();
    await Dexie.delete(name);
  });
});

describe('schema migration to cards (v3)', () => {
  it('gives each valid v2 record a card, keeps its orphan mark, and skips a corrupt record without failing', async () => {
    const name = `migrate-v2-${Date.now()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA[1]);
    v2.version(2).stores(SCHEMA[2]);
    await v2.table('clippings').bulkPut([
      { ...toStored(sampleClipping({ id: 'p-2', kind: 'passage' })), orphanedAt: 5 },
      { id: 'broken', createdAt: 3, words: [] },
    ]);
    v2.close();
    const db = new LibraryDb(name);
    await db.open();
    const cards = await db.cards.toArray();
    expect(cards.map((c) => [c.id, c.orphaned, c.agencies])).toEqual([['p-2', true, ['NCSC']]]);
    expect(await db.clippings.count()).toBe(2);
    db.close();
    await Dexie.delete(name);
  });
});

describe('revisits', () => {
  it('marks passages that no longer anchor as orphans and clears the mark when they do again', async () => {
    const db = new LibraryDb(`orphans-${Date.now()}`);
    await saveClipping(db, sampleClipping({ id: 'p-1', kind: 'passage' }));
    await recordAnchoring(db, [{ id: 'p-1', anchored: false }], 5);
    expect((await orphanedClippings(db)).map((c) => c.id)).toEqual(['p-1']);
    await recordAnchoring(db, [{ id: 'p-1', anchored: true }], 6);
    expect(await orphanedClippings(db)).toEqual([]);
    expect((await recentClippings(db, 1))[0]?.id).toBe('p-1');
    db.close();
    await Dexie.delete(db.name);
  });
});
