/**
 * The library figures, in a Chromium page with real IndexedDB: `search_10k_vs_scan`,
 * `search_100k_vs_scan` (the library's word-index search against a full scan of the same
 * Dexie table filtering in JS), absolute search times, bulk insert time and save latency.
 */
import { Dexie } from 'dexie';
import type { Clipping } from '../lib/clipping/schema';
import { LibraryDb, type StoredClipping } from '../lib/storage/db';
import { fromStored, searchClippings, toStored } from '../lib/storage/clippings';
import { putRecords, saveClipping } from '../lib/storage/writes';
import { queryWords } from '../lib/text/fold';
import { ClippingFactory } from './gen/clippings';
import { median, p90 } from './stats';

const DB = 'tl-bench-library';
const NOW = Date.UTC(2025, 0, 1);

/** The baseline: every record of the table read and filtered in JS, with the search's ordering and limit. */
async function scan(db: LibraryDb, query: string, limit = 200): Promise<{ clippings: Clipping[]; total: number }> {
  const words = queryWords(query);
  const last = words.length - 1;
  const hit = (r: StoredClipping): boolean => words.every((w, i) => (i === last ? r.words.some((x) => x.startsWith(w)) : r.words.includes(w)));
  const rows = await db.clippings.filter(hit).toArray();
  const clippings = rows
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, limit)
    .map(fromStored)
    .filter((c): c is Clipping => c !== null);
  return { clippings, total: rows.length };
}

/** One query's result at one library size. */
export interface QueryResult {
  label: string;
  query: string;
  /** How many clippings match (the search returns at most 200 of them). */
  matches: number;
  /** How many the search returned. */
  hits: number;
  searchMs: number;
  scanMs: number;
  ratio: number;
}

/** The results at one library size. */
export interface SizeResult {
  size: number;
  insertS: number;
  queries: QueryResult[];
  saveMs: { median: number; p90: number };
}

/** Fills a scratch library up to each size in turn and times searches, scans and saves there. */
export async function libraryBench(opts: { sizes: number[]; rounds: number[]; saves: number }): Promise<SizeResult[]> {
  await Dexie.delete(DB);
  const db = new LibraryDb(DB);
  await db.open();
  const factory = new ClippingFactory(7);
  const out: SizeResult[] = [];
  let have = 0;
  let extra = 0;
  try {
    for (const [n, size] of opts.sizes.entries()) {
      const rounds = opts.rounds[n] ?? 2;
      const t0 = performance.now();
      while (have < size) {
        const n = Math.min(2000, size - have);
        const rows: StoredClipping[] = [];
        for (let i = 0; i < n; i++) rows.push(toStored(factory.make(have + i, NOW)));
        await db.transaction('rw', db.clippings, db.cards, () => putRecords(db, rows));
        have += n;
      }
      const insertS = (performance.now() - t0) / 1000;
      const rare = (factory.rare[0] ?? 'zenvelka').toLowerCase();
      const queries = [
        { label: 'rare word', query: rare },
        { label: 'place', query: 'brussels' },
        { label: 'common word', query: 'said' },
        { label: 'two words', query: 'lockbit ransom' },
        { label: 'prefix', query: 'kyi' },
        { label: 'everyday pair', query: 'coffee roaster' },
      ];
      const results: QueryResult[] = [];
      for (const [qi, q] of queries.entries()) {
        // Warm-up: the search once per query; the scan once per size (it reads the same whole table each time).
        await searchClippings(db, q.query);
        if (qi === 0) await scan(db, q.query);
        const ts: number[] = [];
        const tb: number[] = [];
        let hits = 0;
        let matches = 0;
        for (let r = 0; r < rounds; r++) {
          const runSearch = async (): Promise<void> => {
            const s0 = performance.now();
            hits = (await searchClippings(db, q.query)).length;
            ts.push(performance.now() - s0);
          };
          const runScan = async (): Promise<void> => {
            const s0 = performance.now();
            matches = (await scan(db, q.query)).total;
            tb.push(performance.now() - s0);
          };
          if (r % 2 === 0) {
            await runSearch();
            await runScan();
          } else {
            await runScan();
            await runSearch();
          }
        }
        const searchMs = median(ts);
        const scanMs = median(tb);
        results.push({ ...q, matches, hits, searchMs, scanMs, ratio: searchMs / scanMs });
      }
      const saves: number[] = [];
      for (let k = 0; k < opts.saves; k++) {
        const c = factory.make(10_000_000 + extra++, NOW);
        const s0 = performance.now();
        await saveClipping(db, c);
        saves.push(performance.now() - s0);
      }
      out.push({ size, insertS, queries: results, saveMs: { median: median(saves), p90: p90(saves) } });
    }
  } finally {
    db.close();
    await Dexie.delete(DB);
  }
  return out;
}
