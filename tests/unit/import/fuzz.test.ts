/**
 * 1,000 mutated export files into the importer: it must never throw, never write part of a
 * file, and answer either a clear error or clippings that are all valid.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClippingSchema } from '../../../lib/clipping/schema';
import { exportAnnotations } from '../../../lib/export/annotations';
import { exportJson } from '../../../lib/export/json';
import { importClippings } from '../../../lib/import/import';
import { parseLibraryFile } from '../../../lib/import/parse';
import { richClippings } from '../export/fixtures';
import { prng } from '../hostile/mutate';
import { freshDb, snapshot } from './helpers';


type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const SEED = 20_260_110;
const rand = prng(SEED);
const int = (n: number): number => Math.floor(rand() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;

const NASTY_CHARS = ['"', '\\', '{', '}', '[', ']', ',', ':', '\n', '\u0000', '\u2028', '\ud800', '😀', 'é', '0', '-', 'e', ' '];
const WRONG_VALUES: (() => Json)[] = [
  () => null,
  () => true,
  () => -1,
  () => 1e308,
  () => 0.5,
  () => '',
  () => 'javascript:alert(1)',
  () => [],
  () => [null],
  () => ({}),
  // An own `__proto__` key, as JSON.parse makes it (an object literal would set the prototype instead).
  () => JSON.parse('{"__proto__": {"polluted": true}}') as Json,
  () => 'x'.repeat(1 + int(200_000)),
];

/** Every path to a value inside `v`. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  let node: Json = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key] ?? null;
  const last = path[path.length - 1] as string | number;
  if (node && typeof node === 'object') {
    if (value === undefined) {
      if (Array.isArray(node)) node.splice(Number(last), 1);
      else delete node[last];
    } else (node as Record<string | number, Json>)[last] = value;
  }
  return root;
}

const MUTATIONS: Record<string, (text: string) => string> = {
  flip: (t) => {
    const chars = [...t];
    for (let k = 1 + int(4); k > 0; k--) chars[int(chars.length)] = pick(NASTY_CHARS);
    return chars.join('');
  },
  truncate: (t) => t.slice(0, int(t.length)),
  wrongType: (t) => {
    const root = JSON.parse(t) as Json;
    return JSON.stringify(setAt(root, pick(paths(root)), pick(WRONG_VALUES)()));
  },
  drop: (t) => {
    const root = JSON.parse(t) as Json;
    const all = paths(root).filter((p) => p.length > 0);
    return JSON.stringify(setAt(root, pick(all), undefined));
  },
  hugeString: (t) => {
    const root = JSON.parse(t) as Json;
    const strings = paths(root).filter((p) => p.length > 0);
    return JSON.stringify(setAt(root, pick(strings), 'A'.repeat(200_000 + int(1_000_000))));
  },
  protoKeys: (t) => {
    let out = t;
    for (let k = 1 + int(3); k > 0; k--) {
      const braces = [...out.matchAll(/\{/g)].map((m) => m.index);
      const at = pick(braces);
      const key = pick(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']);
      out = `${out.slice(0, at + 1)}"${key}": {"polluted": true, "prototype": {"polluted": true}},${out.slice(at + 1)}`;
    }
    return out;
  },
  duplicate: (t) => {
    const root = JSON.parse(t) as { clippings?: Json[] };
    if (Array.isArray(root.clippings) && root.clippings.length > 0) root.clippings.push(structuredClone(pick(root.clippings)));
    return JSON.stringify(root);
  },
  nest: (t) => {
    const at = int(t.length);
    return `${t.slice(0, at)}${'['.repeat(int(50_000))}${t.slice(at)}`;
  },
};

describe('import fuzzing', () => {
  it('survives 1,000 mutated files: no crash, no partial write, a clear error or valid clippings', { timeout: 240_000 }, async () => {
    const bases = [
      exportJson(richClippings(), { now: 0 }),
      exportJson(richClippings(), { now: 0, indent: 2 }),
      exportAnnotations(richClippings()),
      readFileSync(resolve(import.meta.dirname, '../../fixtures/export/annotations-other-tool.jsonld'), 'utf8'),
    ];
    let db = freshDb();
    const tally: Record<string, number> = { ok: 0, refused: 0, imported: 0, rolledBack: 0 };
    const byMutation: Record<string, string> = {};
    const bump = (name: string, refused: boolean): void => {
      const [ok, no] = (byMutation[name] ?? '0/0').split('/').map(Number);
      byMutation[name] = refused ? `${ok}/${(no ?? 0) + 1}` : `${(ok ?? 0) + 1}/${no}`;
    };
    const names = Object.keys(MUTATIONS);
    for (let round = 0; round < 1000; round++) {
      // A new library now and then keeps the snapshots small.
      if (round % 100 === 99) db = freshDb();
      const name = pick(names);
      const base = pick(bases);
      let input = base;
      try {
        input = (MUTATIONS[name] as (t: string) => string)(base);
      } catch {
        input = base.slice(0, int(base.length));
      }
      let result: ReturnType<typeof parseLibraryFile>;
      try {
        result = parseLibraryFile(input, { now: 1_767_000_000_000 });
      } catch (e) {
        throw new Error(`round ${round} (${name}) threw: ${String(e)}`);
      }
      if (!result.ok) {
        tally.refused = (tally.refused ?? 0) + 1;
        bump(name, true);
        expect(result.error.length, `round ${round}`).toBeGreaterThan(5);
        expect(result.error.length, `round ${round}`).toBeLessThan(1_000);
        continue;
      }
      tally.ok = (tally.ok ?? 0) + 1;
      bump(name, false);
      for (const c of result.clippings) expect(ClippingSchema.safeParse(c).success, `round ${round}`).toBe(true);
      if (round % 3 === 0) {
        const before = await snapshot(db);
        // Fail the write at its end: nothing of this file may remain.
        const failing = importClippings(db, result.clippings, { source: result.source, onProgress: () => { throw new Error('abort'); } });
        await expect(failing).rejects.toThrow('abort');
        expect(await snapshot(db), `round ${round}`).toBe(before);
        tally.rolledBack = (tally.rolledBack ?? 0) + 1;
      } else {
        const countBefore = await db.clippings.count();
        const counts = await importClippings(db, result.clippings, { source: result.source });
        const distinct = new Set(result.clippings.map((c) => c.id)).size;
        expect(counts.added + counts.updated + counts.unchanged, `round ${round}`).toBe(distinct);
        expect(await db.clippings.count(), `round ${round}`).toBe(countBefore + counts.added);
        tally.imported = (tally.imported ?? 0) + 1;
      }
    }
    console.info(`import fuzz (seed ${SEED}): ${JSON.stringify(tally)}; accepted/refused by mutation ${JSON.stringify(byMutation)}`);
    expect((tally.ok ?? 0) + (tally.refused ?? 0)).toBe(1000);
    expect(tally.refused).toBeGreaterThan(200);
    expect(tally.ok).toBeGreaterThan(50);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
