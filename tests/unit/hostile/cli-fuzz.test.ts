/**
 * 1,000 mutated HTML pages and 1,000 mutated .txt files through `analyzeFile`, the function
 * `threatlight analyze` runs per file: it never throws, never reports a crash ("analysis
 * failed"), and every record it gives has a valid shape whose entity offsets point into the text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile, type OutputRecord } from '../../../cli/analyze-file';
import type { InputKind } from '../../../cli/inputs';
import { articlePage, articleText } from '../../fixtures/hostile/article';
import { dice, mutate } from './mutate';

const SEED = 20_260_210;
const PER_KIND = 1000;
const BATCH = 100;
const PAGES = 'tests/fixtures/pages';

/** Seeds: the project's own fixture pages plus the hostile-tests article. */
function seeds(kind: InputKind): string[] {
  const own = fs.readdirSync(PAGES).filter((f) => (kind === 'html' ? f.endsWith('.html') : f.endsWith('.txt')));
  const files = own.map((f) => fs.readFileSync(path.join(PAGES, f), 'latin1'));
  return kind === 'html' ? [articlePage(), ...files] : [articleText(), ...files.map((t) => Buffer.from(t, 'latin1').toString('utf8'))];
}

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-cli-fuzz-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Checks one record; returns what is wrong with it, or null. */
function problem(rec: OutputRecord, file: string, kind: InputKind): string | null {
  if (rec.source.path !== file) return `source.path is ${rec.source.path}`;
  // A record must survive the trip through the JSON the CLI prints.
  const round = JSON.parse(JSON.stringify(rec)) as OutputRecord;
  if ('error' in round) {
    if (typeof round.error !== 'string' || round.error.length === 0) return 'empty error';
    // analyzeContent turns a thrown exception into "analysis failed: …": that is a crash.
    if (round.error.startsWith('analysis failed')) return round.error;
    return null;
  }
  const { article, assessment, entities } = round;
  if (typeof article.text !== 'string') return 'article.text is not a string';
  if (typeof assessment.isSecurityNews !== 'boolean' || !Number.isFinite(assessment.score)) return 'bad assessment';
  if (!Array.isArray(entities)) return 'entities is not an array';
  for (const e of entities) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end <= e.start || e.end > article.text.length) {
      return `entity ${e.type} "${e.text}" at ${e.start}-${e.end} outside text of ${article.text.length}`;
    }
    if (article.text.slice(e.start, e.end) !== e.text) return `entity ${e.type} "${e.text}" does not match its slice "${article.text.slice(e.start, e.end)}"`;
  }
  if (kind === 'text' && round.source.url !== null) return 'a .txt file got a URL';
  return null;
}

for (const kind of ['html', 'text'] as const) {
  describe(`analyzeFile on ${PER_KIND} mutated ${kind === 'html' ? 'HTML pages' : '.txt files'}`, () => {
    const d = dice(SEED + (kind === 'html' ? 0 : 1));
    const base = seeds(kind);
    // Inputs are made up front, in order, so each batch is the same whatever runs before it.
    const inputs = Array.from({ length: PER_KIND }, (_, i) => ({ i, ...mutate(d.pick(base), d, kind === 'html') }));
    for (let from = 0; from < PER_KIND; from += BATCH) {
      it(`inputs ${from}–${from + BATCH - 1}`, { timeout: 120_000 }, () => {
        const problems: string[] = [];
        let analysed = 0;
        for (const { i, bytes, applied } of inputs.slice(from, from + BATCH)) {
          const file = path.join(dir, `${kind}-${i}.${kind === 'html' ? 'html' : 'txt'}`);
          fs.writeFileSync(file, bytes);
          const rec = analyzeFile({ path: file, kind }, null);
          const why = problem(rec, file, kind);
          if (why) problems.push(`#${i} [${applied.join(', ')}]: ${why}`);
          if (!('error' in rec)) analysed++;
          fs.rmSync(file);
        }
        expect(problems).toEqual([]);
        // Most mutations leave something readable: the fuzzing reaches the analysis, not just the decoder.
        expect(analysed).toBeGreaterThan(BATCH / 4);
      });
    }
  });
}

describe('files that decode in surprising ways', () => {
  const cases: [string, Uint8Array, InputKind][] = [
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(articlePage(), 'utf16le')]), 'html'],
    ['UTF-16LE BOM on UTF-8 bytes', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(articleText())]), 'text'],
    ['UTF-16BE BOM, odd length', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('abc')]), 'text'],
    ['latin1 page declaring latin1', Buffer.from(articlePage().replace('utf-8', 'iso-8859-1').replace('Reyes', 'Reyès'), 'latin1'), 'html'],
    ['invalid UTF-8 declaring an unknown charset', Buffer.from(articlePage().replace('utf-8', 'x-klingon').replace('Reyes', 'Reyès'), 'latin1'), 'html'],
    ['a lone BOM', Buffer.from([0xef, 0xbb, 0xbf]), 'text'],
    ['only markup', Buffer.from('<html><head></head><body></body></html>'), 'html'],
    ['one huge line', Buffer.from(`${'MI5 '.repeat(500_000)}`), 'text'],
    ['no <html> or <body> tags', Buffer.from('<!doctype html><title>T</title><p>MI5 warned of 43 plots.</p>'), 'html'],
    ['bare text as HTML', Buffer.from('MI5 warned of 43 plots.'), 'html'],
  ];
  it.each(cases)('%s', (_name, bytes, kind) => {
    const file = path.join(dir, `case.${kind === 'html' ? 'html' : 'txt'}`);
    fs.writeFileSync(file, bytes);
    const rec = analyzeFile({ path: file, kind }, null);
    expect(problem(rec, file, kind)).toBeNull();
    // Whatever the markup, text that is there is read (linkedom alone drops it without <html>).
    if (!('error' in rec) && new TextDecoder().decode(bytes).includes('43 plots')) expect(rec.article.text).toContain('MI5 warned of 43 plots.');
  });

  it('reads a page with a huge whitespace run in a style attribute in linear time', () => {
    // linkedom's style parsing backtracks quadratically on whitespace runs; the CLI collapses them.
    const timeFor = (fill: string): number => {
      const file = path.join(dir, 'style.html');
      fs.writeFileSync(file, articlePage({ before: `<div style="color: red;${fill.repeat(150_000)}">x</div>` }));
      const t = performance.now();
      const rec = analyzeFile({ path: file, kind: 'html' }, null);
      expect('error' in rec).toBe(false);
      return performance.now() - t;
    };
    timeFor('x'); // warm-up
    const plain = timeFor('x');
    const spaces = timeFor(' ');
    expect(spaces / Math.max(plain, 1)).toBeLessThan(10);
  });
});
