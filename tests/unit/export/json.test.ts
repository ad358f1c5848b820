import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJson, LibraryFileSchema } from '../../../lib/export/json';
import { importClippings } from '../../../lib/import/import';
import { parseLibraryFile } from '../../../lib/import/parse';
import { toStored } from '../../../lib/storage/clippings';
import { allClippings, freshDb } from '../import/helpers';
import { richClippings } from './fixtures';

const NOW = Date.UTC(2026, 0, 10, 12);
const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('JSON library file', () => {
  it('is a versioned envelope the schema accepts', () => {
    const file: unknown = JSON.parse(exportJson(richClippings(), { now: NOW }));
    expect(file).toMatchObject({ format: 'threatlight-library', version: 1, exportedAt: '2026-01-10T12:00:00.000Z' });
    expect(LibraryFileSchema.safeParse(file).success).toBe(true);
  });

  it('exports only the clipping fields, not the fields the database adds for its indexes', () => {
    const stored = richClippings().map(toStored);
    expect(stored[0]).toHaveProperty('words');
    const text = exportJson(stored, { now: NOW });
    expect(text).not.toContain('"words"');
    expect(text).toBe(exportJson(richClippings(), { now: NOW }));
  });

  it('is lossless: export, import into an empty library, export again gives the same file', async () => {
    const first = exportJson(byId(richClippings()), { now: NOW });
    const parsed = parseLibraryFile(first);
    if (!parsed.ok) throw new Error(parsed.error);
    const db = freshDb();
    expect(await importClippings(db, parsed.clippings)).toEqual({ added: 5, updated: 0, unchanged: 0 });
    const back = await allClippings(db);
    expect(back).toEqual(byId(richClippings()));
    expect(exportJson(back, { now: NOW })).toBe(first);
    // Importing the same file again changes nothing.
    expect(await importClippings(db, parsed.clippings)).toEqual({ added: 0, updated: 0, unchanged: 5 });
  });

  it('still reads the version-1 file committed in the fixtures', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/export/library-v1.json'), 'utf8');
    const parsed = parseLibraryFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.source).toBe('library');
    expect(parsed.clippings).toEqual(richClippings());
  });
});
