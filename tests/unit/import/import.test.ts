import { describe, expect, it } from 'vitest';
import type { Clipping } from '../../../lib/clipping/schema';
import { importClippings, mergeClipping } from '../../../lib/import/import';
import { recordAnchoring, saveClipping } from '../../../lib/storage/writes';
import { richClippings } from '../export/fixtures';
import { sampleClipping } from '../storage/sample-clipping';
import { allClippings, freshDb, snapshot } from './helpers';

function clippings(n: number): Clipping[] {
  return Array.from({ length: n }, (_, i) => sampleClipping({ id: `c-${String(i).padStart(3, '0')}`, title: `Clipping ${i}`, createdAt: 1_700_000_000_000 + i }));
}

describe('mergeClipping', () => {
  const old = sampleClipping({ updatedAt: 100, createdAt: 50, title: 'old', tags: ['a', 'b'], note: 'old note' });

  it('takes the newer clipping, keeps the first creation time and unions the tags', () => {
    const incoming = sampleClipping({ updatedAt: 200, createdAt: 80, title: 'new', tags: ['c', 'a'], note: '' });
    expect(mergeClipping(old, incoming)).toMatchObject({ title: 'new', updatedAt: 200, createdAt: 50, tags: ['c', 'a', 'b'], note: '' });
  });

  it("keeps the library's copy on a tie or when it is newer, still adding tags", () => {
    expect(mergeClipping(old, sampleClipping({ updatedAt: 100, title: 'same time', tags: ['z'] }))).toMatchObject({ title: 'old', tags: ['a', 'b', 'z'] });
    expect(mergeClipping(old, sampleClipping({ updatedAt: 10, title: 'older' }))).toMatchObject({ title: 'old', tags: ['a', 'b'] });
  });

  it('from annotations, keeps the content and takes only a newer note and the tags', () => {
    const thin = sampleClipping({ updatedAt: 300, title: 'https://x', text: 'quote', entities: [], note: 'newer note', tags: ['t'] });
    expect(mergeClipping(old, thin, 'annotations')).toMatchObject({ title: 'old', text: old.text, entities: old.entities, note: 'newer note', tags: ['a', 'b', 't'], updatedAt: 300 });
    expect(mergeClipping(old, { ...thin, updatedAt: 1 }, 'annotations').note).toBe('old note');
  });
});

describe('importClippings', () => {
  it('adds, updates and leaves unchanged, merging by id and never doubling', async () => {
    const db = freshDb();
    const [a, b, c] = richClippings();
    if (!a || !b || !c) throw new Error('fixture');
    await saveClipping(db, a);
    await saveClipping(db, { ...b, updatedAt: b.updatedAt - 10, title: 'stale title' });
    const counts = await importClippings(db, [a, b, c, { ...c, tags: ['dup'] }]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1 });
    const all = await allClippings(db);
    expect(all.map((x) => x.id)).toEqual(['article-bare', 'article-cyber', 'passage-terror']);
    expect(all.find((x) => x.id === 'passage-terror')?.title).toBe(b.title);
    expect(all.find((x) => x.id === 'article-bare')?.tags).toEqual(['dup']);
    // Search indexes are filled as for saved clippings.
    expect(await db.clippings.where('words').equals('raqqa').primaryKeys()).toEqual(['passage-terror']);
  });

  it('keeps the orphan mark of a passage it updates', async () => {
    const db = freshDb();
    const [, b] = richClippings();
    if (!b) throw new Error('fixture');
    await saveClipping(db, b);
    await recordAnchoring(db, [{ id: b.id, anchored: false }], 123);
    await importClippings(db, [{ ...b, updatedAt: b.updatedAt + 1, note: 'edited' }]);
    expect((await db.clippings.get(b.id))?.orphanedAt).toBe(123);
  });

  it('reports progress chunk by chunk', async () => {
    const db = freshDb();
    const seen: [number, number][] = [];
    await importClippings(db, clippings(12), { chunkSize: 5, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [5, 12],
      [10, 12],
      [12, 12],
    ]);
  });

  it('rolls everything back when the transaction fails half-way', async () => {
    const db = freshDb();
    for (const c of richClippings()) await saveClipping(db, c);
    const before = await snapshot(db);
    const edited = richClippings().map((c) => ({ ...c, updatedAt: c.updatedAt + 1, title: 'changed' }));
    let calls = 0;
    const failing = importClippings(db, [...edited, ...clippings(20)], {
      chunkSize: 4,
      onProgress: () => {
        if (++calls === 3) throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(calls).toBe(3);
    expect(await snapshot(db)).toBe(before);
  });

  it('rolls back when the database itself refuses a write half-way', async () => {
    const db = freshDb();
    await saveClipping(db, sampleClipping({ id: 'keep' }));
    const before = await snapshot(db);
    let creating = 0;
    db.clippings.hook('creating', () => {
      if (++creating === 7) throw new Error('quota exceeded');
    });
    await expect(importClippings(db, clippings(10), { chunkSize: 3 })).rejects.toThrow(/quota exceeded/);
    expect(await snapshot(db)).toBe(before);
  });

  it('validates before writing: an invalid clipping writes nothing', async () => {
    const db = freshDb();
    const bad = [...clippings(3), { ...sampleClipping(), url: 'nope' }];
    await expect(importClippings(db, bad)).rejects.toThrow();
    expect(await db.clippings.count()).toBe(0);
  });

  it('imports 2,000 clippings in one go', async () => {
    const db = freshDb();
    const many = clippings(2000);
    const t0 = performance.now();
    expect(await importClippings(db, many)).toEqual({ added: 2000, updated: 0, unchanged: 0 });
    const ms = performance.now() - t0;
    expect(await db.clippings.count()).toBe(2000);
    expect(ms).toBeLessThan(15_000);
  });
});
