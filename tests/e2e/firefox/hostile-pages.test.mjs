// Firefox: the cheaper hostile pages (tests/fixtures/hostile/pages.ts): built-ins overridden by the
// page, a strict CSP and frames. No exception, the page's text and markup as without the extension,
// the top article annotated and painted, the frame untouched. (The heavy pages and the long-task
// measure run in Chromium: tests/e2e/chromium/hostile-pages.spec.ts.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { firefoxPath } from '../browsers.mjs';
import { serve } from '../serve.mjs';
import { ff, useFirefox } from './harness.mjs';

useFirefox();

let dir = '';
let site = null;
let plain = null;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-hostile-ff-'));
  // The page generator is TypeScript (shared with the Chromium suite): bundle it for Node first.
  const generator = path.join(dir, 'pages.mjs');
  await build({ entryPoints: ['tests/fixtures/hostile/pages.ts'], bundle: true, platform: 'node', format: 'esm', outfile: generator, logLevel: 'warning' });
  const { writeHostilePages } = await import(pathToFileURL(generator).href);
  writeHostilePages(dir);
  site = await serve(dir);
  plain = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
});
after(async () => {
  await plain?.close();
  await site?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Runs in the page, whose built-ins may be sabotaged: plain loops and property reads only.
function snapshot() {
  const hash = (s) => {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return h >>> 0;
  };
  const text = document.body.innerText;
  return { textLength: text.length, text: hash(text), html: hash(document.body.innerHTML), elements: document.body.getElementsByTagName('*').length };
}

function shown() {
  const host = document.querySelector('threatlight-ui');
  const names = [];
  for (const k of CSS.highlights.keys()) if (k.startsWith('tl-')) names[names.length] = k;
  return { highlights: names.sort(), ui: !!host, summary: !!host?.shadowRoot?.querySelector('[data-testid="tl-summary"]') };
}

/**
 * Evaluates `fn` in `target` as a plain expression: puppeteer wraps a function argument in code
 * that calls Function.prototype.apply, which the overrides page has sabotaged.
 */
const run = (target, fn) => target.evaluate(`(${fn.toString()})()`);

/** Polls with plain evaluate calls: puppeteer's waitForFunction would run its poller on the page's sabotaged built-ins. */
async function waitAnnotated(page, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  let s = await run(page, shown);
  while (!(s.summary && s.highlights.length > 0) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    s = await run(page, shown);
  }
  return s;
}

/** Opens `file` with the extension, waits for the annotation; collects the page's errors. */
async function visit(file) {
  const page = await ff.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => {
    // Firefox fetches /favicon.ico by itself and logs the strict CSP refusing it: not ours, not the page's script.
    if (!/Content-Security-Policy.*favicon\.ico/.test(String(e))) errors.push(String(e));
  });
  await page.goto(`${site.base}/${file}`);
  const s = await waitAnnotated(page);
  await new Promise((r) => setTimeout(r, 1500));
  return { page, errors, shown: s };
}

/** The snapshot of `file` (or of its frame) in a Firefox without the extension. */
async function without(file, frame = false) {
  const page = await plain.newPage();
  await page.goto(`${site.base}/${file}`);
  const target = frame ? page.frames()[1] : page;
  const snap = await run(target, snapshot);
  await page.close();
  return snap;
}

async function expectUnharmed(v, file) {
  assert.deepEqual(v.errors, []);
  assert.equal(v.shown.summary, true, `no summary on ${file}`);
  assert.ok(v.shown.highlights.includes('tl-agency'), `highlights on ${file}: ${v.shown.highlights}`);
  assert.deepEqual(await run(v.page, snapshot), await without(file));
}

test('a page that overrides built-ins before the content script runs', async () => {
  const v = await visit('overrides.html');
  await expectUnharmed(v, 'overrides.html');
  assert.equal(await v.page.evaluate('String(Array.prototype.map).includes("hostile page")'), true);
  assert.equal(await v.page.evaluate('String(window.__tlTripped || "")'), '');
  await v.page.close();
});

test("a strict CSP (default-src 'none', style-src 'none'): highlights paint and the page UI shows", async () => {
  const v = await visit('csp.html');
  await expectUnharmed(v, 'csp.html');
  const position = await v.page.evaluate(() => getComputedStyle(document.querySelector('threatlight-ui').shadowRoot.querySelector('.tl-panel')).position);
  assert.equal(position, 'fixed');
  // Painted: the agency's pixels change when its highlight is taken away (and it is put back).
  const clip = await v.page.evaluate(() => {
    // The range is static (it cannot measure itself): a live Range with its boundaries can.
    const s = [...CSS.highlights.get('tl-agency')][0];
    const live = new Range();
    live.setStart(s.startContainer, s.startOffset);
    live.setEnd(s.endContainer, s.endOffset);
    const r = live.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const painted = await v.page.screenshot({ clip });
  await v.page.evaluate(() => {
    window.__tlSaved = CSS.highlights.get('tl-agency');
    CSS.highlights.delete('tl-agency');
  });
  const bare = await v.page.screenshot({ clip });
  await v.page.evaluate(() => CSS.highlights.set('tl-agency', window.__tlSaved));
  assert.equal(Buffer.from(painted).equals(Buffer.from(bare)), false, 'the highlight did not paint');
  await v.page.close();
});

test('an article in the top page and in a frame: the top is annotated, the frame untouched', async () => {
  const v = await visit('frames.html');
  await expectUnharmed(v, 'frames.html');
  const frame = v.page.frames()[1];
  assert.ok(frame, 'the frame is there');
  assert.deepEqual(await run(frame, shown), { highlights: [], ui: false, summary: false });
  assert.deepEqual(await run(frame, snapshot), await without('frames.html', true));
  await v.page.close();
});
