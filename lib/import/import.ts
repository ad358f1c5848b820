/**
 * Writing imported clippings into the library: all in one transaction (a failure anywhere
 * leaves the library as it was), merged by id so an import never doubles a clipping.
 */
import { ClippingSchema, type Clipping } from '../clipping/schema';
import type { LibraryDb, StoredClipping } from '../storage/db';
import { fromStored, toStored } from '../storage/clippings';
import { putRecords } from '../storage/writes';
import type { ImportSource } from './parse';

/** What an import did. */
export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** Options of `importClippings`. */
export interface ImportOptions {
  /** Where the clippings came from (default `library`); annotations never replace content. */
  source?: ImportSource;
  /**
   * Called after each chunk is written, inside the transaction: it must be synchronous (awaiting
   * anything else would end the transaction early). Throwing aborts the import; nothing is kept.
   */
  onProgress?: (done: number, total: number) => void;
  /** Clippings written per step (default 500). */
  chunkSize?: number;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * `old` and `incoming` (same id) as one clipping. From a library file the newer `updatedAt`
 * wins (the library's own copy on a tie) and tags are unioned. From annotations, which carry
 * no title, text or entities, the library's content stays; only a newer note and the tags come in.
 */
export function mergeClipping(old: Clipping, incoming: Clipping, source: ImportSource = 'library'): Clipping {
  const tags = union(old.tags, incoming.tags);
  const newer = incoming.updatedAt > old.updatedAt;
  if (source === 'annotations') {
    const note = newer && incoming.note ? incoming.note : old.note;
    if (note === old.note && tags.length === old.tags.length) return old;
    return { ...old, note, tags, updatedAt: Math.max(old.updatedAt, incoming.updatedAt) };
  }
  const winner = newer ? incoming : old;
  const base = { ...winner, createdAt: Math.min(old.createdAt, incoming.createdAt) };
  return { ...base, tags: newer ? union(incoming.tags, old.tags) : tags };
}

/** Whether two JSON-like values are equal (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameValue((a as Record<string, unknown>)[k], rb[k]));
}

/**
 * Writes `clippings` into the library in one transaction and says how many were added,
 * updated or already there unchanged. Clippings are validated first; duplicates in the input
 * are merged with each other, and with the library's copy, by id.
 */
export async function importClippings(db: LibraryDb, clippings: readonly Clipping[], opts: ImportOptions = {}): Promise<ImportCounts> {
  const source = opts.source ?? 'library';
  const valid = ClippingSchema.array().parse(clippings);
  const byId = new Map<string, Clipping>();
  for (const c of valid) {
    const seen = byId.get(c.id);
    byId.set(c.id, seen ? mergeClipping(seen, c) : c);
  }
  const incoming = [...byId.values()];
  const chunkSize = Math.max(1, opts.chunkSize ?? 500);
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  await db.transaction('rw', db.clippings, db.cards, async () => {
    for (let at = 0; at < incoming.length; at += chunkSize) {
      const chunk = incoming.slice(at, at + chunkSize);
      const records = await db.clippings.bulkGet(chunk.map((c) => c.id));
      const writes: StoredClipping[] = [];
      chunk.forEach((c, i) => {
        const record = records[i];
        if (!record) {
          counts.added++;
          writes.push(toStored(c));
          return;
        }
        // A corrupt record is replaced by the good copy.
        const old = fromStored(record);
        const merged = old ? mergeClipping(old, c, source) : c;
        if (old && sameValue(merged, old)) {
          counts.unchanged++;
          return;
        }
        counts.updated++;
        // A passage's page may still be missing it: keep the orphan mark a revisit set.
        writes.push(record.orphanedAt !== undefined ? { ...toStored(merged), orphanedAt: record.orphanedAt } : toStored(merged));
      });
      if (writes.length > 0) await putRecords(db, writes);
      opts.onProgress?.(Math.min(at + chunkSize, incoming.length), incoming.length);
    }
  });
  return counts;
}
