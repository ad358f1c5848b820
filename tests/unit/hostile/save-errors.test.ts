/**
 * A failed save is told to the reader in plain words, and leaves the library as it was. The
 * browser e2e (tests/e2e/chromium/quota.spec.ts) raises a real quota error; here the mapping is
 * checked against the shapes browsers and Dexie produce, and a full store is simulated under Dexie.
 */
import { Dexie, type DBCore, type DBCoreTable } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recentClippings } from '../../../lib/storage/clippings';
import { saveClipping } from '../../../lib/storage/writes';
import { LibraryDb } from '../../../lib/storage/db';
import { classifySaveError, saveErrorMessage } from '../../../lib/storage/save-errors';
import { sampleClipping } from '../storage/sample-clipping';

const quotaDom = (): DOMException => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');

describe('classifySaveError', () => {
  it('recognises a full store however it is wrapped', () => {
    // Chromium and Firefox IndexedDB.
    expect(classifySaveError(quotaDom())).toBe('quota');
    // Dexie: a transaction aborted by the quota is an AbortError with the DOM error inside.
    expect(classifySaveError(new Dexie.AbortError('Transaction aborted', quotaDom()))).toBe('quota');
    expect(classifySaveError(new Dexie.QuotaExceededError('full'))).toBe('quota');
    // Dexie bulk writes collect their failures.
    expect(classifySaveError(new Dexie.BulkError('1 of 3 failed', { 1: quotaDom() }))).toBe('quota');
    // Older Firefox names, an Error with a cause, a bare string and the legacy DOMException code.
    expect(classifySaveError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toBe('quota');
    expect(classifySaveError(new Error('write failed', { cause: quotaDom() }))).toBe('quota');
    expect(classifySaveError('QuotaExceededError: storage full')).toBe('quota');
    expect(classifySaveError({ name: 'Error', code: 22, message: 'x' })).toBe('quota');
    expect(classifySaveError(new Error('ENOSPC: no space left on device'))).toBe('quota');
  });

  it('tells an unavailable database, an invalid clipping and anything else apart', () => {
    expect(classifySaveError(new Dexie.DatabaseClosedError())).toBe('unavailable');
    expect(classifySaveError(new Dexie.AbortError('aborted', new DOMException('closing', 'InvalidStateError')))).toBe('unavailable');
    expect(classifySaveError(z.object({ id: z.string() }).safeParse({}).error)).toBe('invalid');
    expect(classifySaveError(new TypeError('x is not a function'))).toBe('other');
    expect(classifySaveError(null)).toBe('other');
    expect(classifySaveError(undefined)).toBe('other');
  });

  it('survives errors that wrap themselves', () => {
    const a: { name: string; message: string; inner?: unknown } = { name: 'AbortError', message: 'a' };
    a.inner = a;
    expect(classifySaveError(a)).toBe('other');
  });
});

describe('saveErrorMessage', () => {
  it('tells the reader the storage is full and what to do', () => {
    const m = saveErrorMessage(new Dexie.AbortError('Transaction aborted', quotaDom()));
    expect(m).toMatch(/^Threatlight could not save: the browser's storage for the extension is full\./);
    expect(m).toMatch(/save again/);
  });

  it('shows one line of an unknown error, never a stack, and bounds its length', () => {
    const e = new Error(`first line\n    at evil (http://x/)\n${'y'.repeat(10)}`);
    expect(saveErrorMessage(e)).toBe('Threatlight could not save: first line. Save again in a moment.');
    expect(saveErrorMessage(new Error('z'.repeat(5000))).length).toBeLessThan(300);
    expect(saveErrorMessage(42)).toBe('Threatlight could not save: 42. Save again in a moment.');
  });
});

describe('a full store under Dexie', () => {
  const dbs: LibraryDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  /** A library whose writes fail with the browser's quota error while `state.full` is set. */
  function libraryWithQuota(state: { full: boolean }): LibraryDb {
    const db = new LibraryDb(`quota-${dbs.length}-${Date.now()}`);
    dbs.push(db);
    db.use({
      stack: 'dbcore',
      name: 'simulated-quota',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name: string): DBCoreTable => {
          const table = down.table(name);
          return { ...table, mutate: (req) => (state.full ? Promise.reject(quotaDom()) : table.mutate(req)) };
        },
      }),
    });
    return db;
  }

  it('reports the quota, leaves the library unchanged, and saves once space is freed', async () => {
    const state = { full: false };
    const db = libraryWithQuota(state);
    await saveClipping(db, sampleClipping({ id: 'old', note: 'kept' }));
    state.full = true;
    const failure = await saveClipping(db, sampleClipping({ id: 'new' })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).not.toBeNull();
    expect(classifySaveError(failure)).toBe('quota');
    expect(saveErrorMessage(failure)).toMatch(/storage for the extension is full/);
    // An update of an existing clipping fails the same way and does not touch the stored one.
    await expect(saveClipping(db, sampleClipping({ id: 'old', title: 'changed' }))).rejects.toBeTruthy();
    const during = await recentClippings(db, 10);
    expect(during.map((c) => [c.id, c.title, c.note])).toEqual([['old', 'Ransomware gang hits three councils', 'kept']]);

    state.full = false;
    await saveClipping(db, sampleClipping({ id: 'new', createdAt: 1_700_000_000_001 }));
    expect((await recentClippings(db, 10)).map((c) => c.id)).toEqual(['new', 'old']);
  });
});
