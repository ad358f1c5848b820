/**
 * `export_10k_s` and `import_10k_s`, in a Chromium page with real IndexedDB, the way the library
 * page does them: read every clipping and build each export file; then read a library file,
 * check all of it and write it into an empty library in one transaction.
 */
import { Dexie } from 'dexie';
import type { Clipping } from '../lib/clipping/schema';
import { EXPORT_FORMATS, type ExportFormat } from '../lib/export/index';
import { importClippings, parseLibraryFile } from '../lib/import/index';
import { LibraryDb, type StoredClipping } from '../lib/storage/db';
import { fromStored, toStored } from '../lib/storage/clippings';
import { ClippingFactory } from './gen/clippings';

const NOW = Date.UTC(2025, 0, 1);

/** Seconds each export format takes for `n` clippings, and the JSON import of the same. */
export async function transferBench(n: number): Promise<{ n: number; exportS: Record<string, number>; importS: number; bytes: number; added: number }> {
  const source = new LibraryDb('tl-bench-export');
  const target = new LibraryDb('tl-bench-import');
  await Dexie.delete(source.name);
  await Dexie.delete(target.name);
  try {
    const factory = new ClippingFactory(11);
    for (let at = 0; at < n; at += 2000) {
      const rows: StoredClipping[] = [];
      for (let i = at; i < Math.min(n, at + 2000); i++) rows.push(toStored(factory.make(i, NOW)));
      await source.clippings.bulkAdd(rows);
    }
    const exportS: Record<string, number> = {};
    let json = '';
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      const t0 = performance.now();
      const rows = await source.clippings.orderBy('createdAt').reverse().toArray();
      const clippings = rows.map(fromStored).filter((c): c is Clipping => c !== null);
      const content = EXPORT_FORMATS[format].build(clippings);
      // The download itself: the browser copies the file into a Blob.
      const blob = new Blob([content as BlobPart], { type: EXPORT_FORMATS[format].mime });
      exportS[format] = (performance.now() - t0) / 1000;
      if (format === 'json' && typeof content === 'string') json = content;
      if (blob.size === 0) throw new Error(`${format}: empty export`);
    }
    const t0 = performance.now();
    const parsed = parseLibraryFile(json);
    if (!parsed.ok) throw new Error(`import: ${parsed.error}`);
    const counts = await importClippings(target, parsed.clippings, { source: parsed.source });
    const importS = (performance.now() - t0) / 1000;
    return { n, exportS, importS, bytes: json.length, added: counts.added };
  } finally {
    source.close();
    target.close();
    await Dexie.delete(source.name);
    await Dexie.delete(target.name);
  }
}
