#!/usr/bin/env node
// Compares the gate of a git revision with the working tree's on every corpus page, the bench's
// generated pages and the test fixtures, at each sensitivity, in headless Chromium (the pages as
// the bench serves them) and in linkedom (as the CLI parses them). For work that must make the
// gate cheaper without changing what it says.
//
//   node scripts/gate-verdicts.mjs [REV]    REV defaults to HEAD; exit 1 when a verdict differs
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/e2e/browsers.mjs';
import { serveBench } from '../bench/serve.mjs';

const root = path.resolve(import.meta.dirname, '..');
const rev = process.argv[2] ?? 'HEAD';
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'pages');
const mounts = { corpus: { dir: corpus, noScripts: true }, gen: { dir: path.join(root, 'tests/fixtures/bench') }, fixtures: { dir: path.join(root, 'tests/fixtures/pages') } };

// The revision's lib/, whole (the gate and everything it imports), beside the working tree's.
const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-gate-base-'));
execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} lib | tar -x -C ${JSON.stringify(baseDir)}`], { cwd: root });
process.on('exit', () => fs.rmSync(baseDir, { recursive: true, force: true }));

/** Both gates in one bundle: `base` from `rev`, `ours` from the working tree. */
async function bundle(format) {
  const entry = `import { gate as base } from ${JSON.stringify(path.join(baseDir, 'lib/page/gate'))}; import { gate as ours } from './lib/page/gate'; export const gates = { base, ours };`;
  const res = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format, globalName: 'tlGates', platform: format === 'iife' ? 'browser' : 'node', logLevel: 'error',
    nodePaths: [path.join(root, 'node_modules')],
  });
  return res.outputFiles[0].text;
}

/** The pages: mount-relative paths of every .html file under each mount. */
const pages = Object.entries(mounts).flatMap(([m, { dir }]) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort().map((f) => `${m}/${f}`) : []));
const SENSITIVITIES = ['strict', 'normal', 'lenient'];
/** Both gates' answers on one document, one entry per sensitivity. */
const answers = (gates, doc) => SENSITIVITIES.map((sensitivity) => ({ sensitivity, base: gates.base(doc, { sensitivity }), ours: gates.ours(doc, { sensitivity }) }));
const counts = { chromium: { pages: 0, verdicts: 0, same: 0, reasons: 0 }, linkedom: { pages: 0, verdicts: 0, same: 0, reasons: 0 } };
let failed = false;
function tally(where, page, list) {
  const c = counts[where];
  c.pages++;
  for (const a of list) {
    c.verdicts++;
    if (a.base.pass === a.ours.pass) c.same++;
    else {
      failed = true;
      process.stdout.write(`VERDICT ${where} ${page} ${a.sensitivity}: ${JSON.stringify(a.base)} -> ${JSON.stringify(a.ours)}\n`);
    }
    if (JSON.stringify(a.base.reasons) === JSON.stringify(a.ours.reasons)) c.reasons++;
    else process.stdout.write(`reasons ${where} ${page} ${a.sensitivity}: ${JSON.stringify(a.base.reasons)} -> ${JSON.stringify(a.ours.reasons)}\n`);
  }
}

// linkedom, parsed like cli/analyze-file.ts (a page without <html> is parsed again in a skeleton).
const node = await import(`data:text/javascript;base64,${Buffer.from(await bundle('esm')).toString('base64')}`);
for (const p of pages) {
  const file = path.join(mounts[p.split('/')[0]].dir, p.slice(p.indexOf('/') + 1));
  const text = fs.readFileSync(file, 'utf8');
  let { document } = parseHTML(text);
  if (document.documentElement?.localName !== 'html') document = parseHTML(`<!doctype html><html><head></head><body>${text.replace(/^\s*<!doctype[^>]*>/i, '')}</body></html>`).document;
  tally('linkedom', p, answers(node.gates, document));
}

const server = await serveBench(mounts);
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
try {
  const context = await browser.newContext();
  await context.route((url) => !url.href.startsWith(server.base), (route) => route.abort());
  const page = await context.newPage();
  const script = await bundle('iife');
  for (const p of pages) {
    await page.goto(`${server.base}/${p}`, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(script);
    tally('chromium', p, await page.evaluate((s) => s.map((sensitivity) => ({ sensitivity, base: window.tlGates.gates.base(document, { sensitivity }), ours: window.tlGates.gates.ours(document, { sensitivity }) })), SENSITIVITIES));
  }
} finally {
  await browser.close();
  await server.close();
}
for (const [where, c] of Object.entries(counts)) process.stdout.write(`${where}: ${c.pages} pages, ${c.same}/${c.verdicts} verdicts the same, ${c.reasons}/${c.verdicts} reasons the same\n`);
process.exitCode = failed ? 1 : 0;
