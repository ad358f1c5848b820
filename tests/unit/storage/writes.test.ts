import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { LibraryDb } from '../../../lib/storage/db';
import { deleteClippings, editClipping, recordAnchoring, repairCards, restoreClippings, saveClipping } from '../../../lib/storage/writes';
import { toStored } from '../../../lib/storage/clippings';
import { importClippings } from '../../../lib/import/import';
import { sampleClipping } from './sample-clipping';

let db: LibraryDb;
beforeEach(async () => {
  db = new LibraryDb(`writes-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const actor = { type: 'threat-actor' as const, text: 'LockBit', start: 12, end: 19, id: 'lockbit', name: 'LockBit' };

describe('writes keep each card in step with its clipping', () => {
  it('save, edit, delete and undo', async () => {
    await saveClipping(db, sampleClipping({ entities: [{ type: 'agency', text: 'NCSC', start: 4, end: 8, id: 'ncsc-uk', name: 'NCSC' }, actor] }));
    expect(await db.cards.get('article-1')).toMatchObject({ agencies: ['NCSC'], actors: ['LockBit'], entityCount: 2, tlp: null, tags: [] });

    expect(await editClipping(db, 'article-1', { tags: ['ransomware'], tlp: 'amber', note: 'follow up' }, 1_800_000_000_000)).toBe(true);
    const r = await db.clippings.get('article-1');
    expect(r).toMatchObject({ tags: ['ransomware'], tlp: 'amber', note: 'follow up', updatedAt: 1_800_000_000_000 });
    expect(r?.words).toContain('follow');
    expect(await db.cards.get('article-1')).toMatchObject({ tags: ['ransomware'], tlp: 'amber' });
    expect(await editClipping(db, 'gone', { note: 'x' }, 1)).toBe(false);

    const removed = await deleteClippings(db, ['article-1']);
    expect(removed.map((x) => x.id)).toEqual(['article-1']);
    expect(await db.clippings.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);

    await restoreClippings(db, removed);
    expect(await db.clippings.get('article-1')).toEqual(r);
    expect(await db.cards.get('article-1')).toMatchObject({ tags: ['ransomware'], tlp: 'amber' });
  });

  it('an edit refuses a value the schema refuses and changes nothing', async () => {
    await saveClipping(db, sampleClipping());
    await expect(editClipping(db, 'article-1', { tlp: 'purple' as never }, 2)).rejects.toThrow();
    expect((await db.clippings.get('article-1'))?.tlp).toBeNull();
  });

  it('orphan marks reach the card, and import writes cards', async () => {
    await saveClipping(db, sampleClipping({ id: 'p', kind: 'passage' }));
    await recordAnchoring(db, [{ id: 'p', anchored: false }], 9);
    expect((await db.cards.get('p'))?.orphaned).toBe(true);
    await recordAnchoring(db, [{ id: 'p', anchored: true }], 10);
    expect((await db.cards.get('p'))?.orphaned).toBe(false);
    await importClippings(db, [sampleClipping({ id: 'imported', title: 'From a colleague' })]);
    expect((await db.cards.get('imported'))?.title).toBe('From a colleague');
  });

  it('repairs cards that are missing or left over', async () => {
    await db.clippings.put(toStored(sampleClipping({ id: 'no-card' })));
    await saveClipping(db, sampleClipping({ id: 'x' }));
    const card = await db.cards.get('x');
    if (card) await db.cards.put({ ...card, id: 'stale' });
    expect(await repairCards(db)).toBe(2);
    expect((await db.cards.toCollection().primaryKeys()).sort()).toEqual(['no-card', 'x']);
    expect(await repairCards(db)).toBe(0);
  });
});
