/**
 * `threatlight analyze` as a process on a folder of mutated files and unusable entries, and its
 * argument parser on 1,000 random command lines. Exit status (documented in the usage text):
 * 0 when at least one input was analysed, 1 when every input failed, 2 for a usage error.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, SUPPORTED_FORMATS } from '../../../cli/args';
import { main } from '../../../cli/main';
import { articlePage, articleText } from '../../fixtures/hostile/article';
import { dice, mutate } from './mutate';

const SEED = 20_260_211;
const ROOT = path.resolve(__dirname, '../../..');

interface Run {
  code: number | null;
  lines: Record<string, unknown>[];
  err: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'cli/threatlight.mjs'), ...args], { encoding: 'utf8', timeout: 240_000, maxBuffer: 256 * 1024 * 1024 });
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, lines, err: r.stderr };
}

const pathOf = (rec: Record<string, unknown>): string => (rec.source as { path: string }).path;

describe('threatlight analyze --format jsonl as a process', () => {
  let dir = '';
  const good: string[] = [];
  const bad = new Map<string, RegExp>();

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-cli-proc-'));
    const d = dice(SEED);
    for (let i = 0; i < 50; i++) {
      const html = i % 3 !== 0;
      const file = path.join(dir, `m${String(i).padStart(2, '0')}.${html ? 'html' : 'txt'}`);
      fs.writeFileSync(file, mutate(html ? articlePage() : articleText(), d, html).bytes);
      good.push(file);
    }
    // Entries that cannot be read, each with the words its error must use.
    const link = (target: string, name: string, why: RegExp): void => {
      fs.symlinkSync(target, path.join(dir, name));
      bad.set(path.join(dir, name), why);
    };
    link('nowhere.html', 'x-dangling.html', /ENOENT/);
    link('x-loop-b.html', 'x-loop-a.html', /ELOOP/);
    link('x-loop-a.html', 'x-loop-b.html', /ELOOP/);
    link('/dev/zero', 'x-device.html', /not a regular file/);
    fs.mkdirSync(path.join(dir, 'sub'));
    link(path.join(dir, 'sub'), 'x-folder-link.html', /not a regular file/);
    // Root reads a mode-000 file anyway; elsewhere it must be a clear EACCES.
    if (process.getuid?.() !== 0) {
      const locked = path.join(dir, 'x-locked.html');
      fs.writeFileSync(locked, articlePage());
      fs.chmodSync(locked, 0);
      bad.set(locked, /EACCES/);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one line per input in order, errors as records and on stderr, and exits 0', () => {
    const r = cli('analyze', '--format', 'jsonl', dir);
    expect(r.code).toBe(0);
    const paths = r.lines.map(pathOf);
    expect(paths).toEqual([...good, ...bad.keys()].sort());
    for (const rec of r.lines) {
      const p = pathOf(rec);
      const why = bad.get(p);
      if (why) {
        expect(rec.error, p).toMatch(why);
        expect(r.err).toContain(`${p}: ${String(rec.error)}`);
      } else if ('error' in rec) {
        // A mutated file may be unreadable (binary, invalid UTF-8), never a crash.
        expect(String(rec.error), p).not.toMatch(/analysis failed|worker/);
      } else {
        const { article, entities } = rec as { article: { text: string }; entities: { start: number; end: number; text: string }[] };
        for (const e of entities) expect(article.text.slice(e.start, e.end)).toBe(e.text);
      }
    }
    expect(r.lines.filter((x) => !('error' in x)).length).toBeGreaterThan(good.length / 2);
  });

  it('exits 1 with a clear message when no input can be read', () => {
    const missing = path.join(dir, 'does-not-exist.html');
    const r = cli('analyze', '--format', 'jsonl', missing, ...[...bad.keys()].slice(0, 3));
    expect(r.code).toBe(1);
    expect(r.lines[0]).toEqual({ source: { path: missing, url: null }, error: 'no such file or folder' });
    expect(r.err).toContain(`${missing}: no such file or folder`);
    expect(r.lines).toHaveLength(4);
  });

  it('exits 2 with the usage text for a bad command line', () => {
    const r = cli('analyze', '--format', 'yaml', dir);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([]);
    expect(r.err).toMatch(/unknown format "yaml"[\s\S]*Usage: threatlight analyze/);
  });
});

describe('parseArgs and main on 1,000 random command lines', () => {
  const TOKENS = [
    'analyze', 'analyse', 'help', '--format', '--format=', '--format=jsonl', '--format=JSON', '--format=md', 'json', 'jsonl', 'csv',
    '--url', '--url=', '--url=https://example.org/a', '--url=javascript:alert(1)', 'http://x', 'ftp://x', '--jobs', '--jobs=0', '--jobs=64',
    '--jobs=65', '--jobs=1.5', '--jobs=-1', '4', 'NaN', '--', '-', '-h', '--help', '-v', '--version', '--bogus', '-x', '---', '--=', '',
    ' ', '\u0000', 'é', 'missing-file.html', 'missing/folder/', '--format=json --url', '-–format',
  ];

  it('never throws, and every answer is well formed', async () => {
    const d = dice(SEED + 1);
    for (let i = 0; i < 1000; i++) {
      const argv = Array.from({ length: d.int(7) }, () => d.pick(TOKENS));
      const parsed = parseArgs(argv);
      const where = JSON.stringify(argv);
      switch (parsed.command) {
        case 'analyze':
          expect(SUPPORTED_FORMATS, where).toContain(parsed.format);
          expect(parsed.paths.length, where).toBeGreaterThan(0);
          expect(Number.isInteger(parsed.jobs) && parsed.jobs >= 0 && parsed.jobs <= 64, where).toBe(true);
          if (parsed.url !== null) expect(new URL(parsed.url).protocol, where).toMatch(/^https?:$/);
          break;
        case 'error':
          expect(parsed.message.length, where).toBeGreaterThan(0);
          break;
        default:
          expect(['help', 'version'], where).toContain(parsed.command);
      }
      // The whole command, in process: every random path is missing, so 1 or 2, never a throw.
      if (i % 5 === 0) {
        let out = '';
        let err = '';
        const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
        const expected = parsed.command === 'error' ? 2 : parsed.command === 'analyze' ? 1 : 0;
        expect(code, where).toBe(expected);
        if (parsed.command === 'error') expect(err, where).toContain(parsed.message);
        if (parsed.command === 'analyze' && parsed.format === 'jsonl') expect(out.trim().split('\n').length, where).toBe(parsed.paths.length);
      }
    }
  });
});
