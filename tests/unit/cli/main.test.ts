import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = 'tests/fixtures/pages';

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs main() in this process (inline, no workers), collecting what it prints. */
async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const records = (jsonl: string): Record<string, unknown>[] =>
  jsonl.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('threatlight analyze (in process)', () => {
  it('prints one JSON object per input in input order, with errors as records', async () => {
    const r = await run('analyze', '--format', 'jsonl', FIXTURES);
    expect(r.code).toBe(0);
    const recs = records(r.out);
    const names = recs.map((x) => path.basename((x.source as { path: string }).path));
    expect(names).toEqual([...names].sort());
    expect(names).toContain('cyber-news.html');
    expect(names).toContain('threat-brief.txt');
    const byName = new Map(recs.map((x) => [path.basename((x.source as { path: string }).path), x]));
    expect(byName.get('empty.html')).toEqual({ source: { path: path.join(FIXTURES, 'empty.html'), url: null }, error: 'empty file' });
    expect(byName.get('binary.html')?.error).toBe('binary file (not text or HTML)');
    expect(byName.get('latin1.txt')?.error).toMatch(/invalid UTF-8/);
    expect(r.err).toContain('empty.html: empty file');
    const cyber = byName.get('cyber-news.html') as { source: { url: string }; article: { title: string }; assessment: { isSecurityNews: boolean } };
    expect(cyber.source.url).toBe('https://news.harbour-gazette.example/tech/2024/03/hospital-ransomware');
    expect(cyber.article.title).toBe('Ransomware gang hits regional hospital network through unpatched VPN flaw');
    expect(cyber.assessment.isSecurityNews).toBe(true);
  });

  it('keeps a .txt file exactly as article.text', async () => {
    const file = path.join(FIXTURES, 'threat-brief.txt');
    const [rec] = records((await run('analyze', '--format', 'jsonl', file)).out) as { source: unknown; article: { text: string } }[];
    expect(rec?.source).toEqual({ path: file, url: null });
    expect(rec?.article.text).toBe(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  });

  it('uses --url as the source URL and prints a JSON array by default', async () => {
    const r = await run('analyze', '--url', 'https://example.org/story', path.join(FIXTURES, 'terror-news.html'));
    const parsed = JSON.parse(r.out) as { source: { url: string } }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.source.url).toBe('https://example.org/story');
  });

  it('exits 1 when every input failed, 2 on usage errors, 0 for help', async () => {
    expect((await run('analyze', path.join(FIXTURES, 'empty.html'), path.join(FIXTURES, 'binary.html'))).code).toBe(1);
    expect((await run('analyze', '--format', 'md', FIXTURES)).code).toBe(2);
    const many = await run('analyze', '--url', 'https://example.org/', FIXTURES);
    expect(many.code).toBe(2);
    expect(many.err).toMatch(/--url describes one page/);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: threatlight analyze/);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-empty-'));
    expect((await run('analyze', empty)).code).toBe(2);
    fs.rmSync(empty, { recursive: true });
  });

  it('refuses a 20 MB page with a clear error and goes on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-big-'));
    const big = path.join(dir, 'big.html');
    fs.writeFileSync(big, `<html><body>${'<p>filler text</p>'.repeat(1_200_000)}</body></html>`);
    const r = await run('analyze', '--format', 'jsonl', big, path.join(FIXTURES, 'sport-news.html'));
    const [first, second] = records(r.out);
    expect(first?.error).toMatch(/^file too large \(2\d\.\d MB; the limit is 10\.0 MB\)$/);
    expect(second?.assessment).toBeDefined();
    expect(r.code).toBe(0);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('threatlight bin (bundled, with workers)', () => {
  it('builds itself, runs workers and keeps output order', () => {
    const r = spawnSync(process.execPath, ['cli/threatlight.mjs', 'analyze', '--format', 'jsonl', '--jobs', '2', FIXTURES], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    const recs = records(r.stdout);
    const paths = recs.map((x) => (x.source as { path: string }).path);
    expect(paths).toEqual([...paths].sort());
    expect(recs.length).toBe(fs.readdirSync(path.join(ROOT, FIXTURES)).filter((f) => /\.(?:html?|txt)$/.test(f)).length);
    expect(recs.filter((x) => 'error' in x).length).toBe(3);
  }, 120_000);
});
