/**
 * Hostile pages (tests/fixtures/hostile/pages.ts): built-ins overridden by the page, frames, a
 * strict CSP, contenteditable regions, 5,000 levels of nesting, 200k nodes and a 10 MB page.
 * On each: no exception, the page's text and markup exactly as without the extension, the
 * article annotated (where the pipeline calls it one), and no task running our code over a
 * ceiling (the 50 ms long-task budget is reported, not yet met: see hostile-tools.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from '../browsers.mjs';
import { serve } from '../serve.mjs';
import { HOSTILE_PAGES, writeHostilePages, type HostilePage } from '../../fixtures/hostile/pages';
import { expect, test } from './fixtures';
import { cleanWorld, extensionTasks, LONG_TASK_MS, SHOWN, SNAPSHOT, startTrace, TASK_CEILING_MS, type Shown, type Snapshot, type World } from './hostile-tools';

let dir = '';
let site: { base: string; close(): Promise<void> };
let plain: Browser;

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-hostile-'));
  writeHostilePages(dir);
  site = await serve(dir);
  plain = await chromium.launch({ executablePath: chromiumPath(), headless: true });
});
test.afterAll(async () => {
  await plain.close();
  await site.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Polls `world` until `done` holds for what SHOWN answers (CDP polling: no task of its own is long). */
async function waitShown(world: World, done: (s: Shown) => boolean, timeoutMs: number): Promise<Shown> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = await world<Shown>(SHOWN);
    if (done(s) || Date.now() > until) return s;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** What the analyser concluded about the page in tab `url`, asked the way the popup asks (null before it has). */
async function findingsOf(context: BrowserContext, extensionId: string, url: string): Promise<{ isSecurityNews: boolean; reasons: string[] } | null> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const r = await ext.evaluate(async (u) => {
    type Tabs = { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const tab = (await tabs.query({})).find((t) => t.url === u);
    return tab ? tabs.sendMessage(tab.id, { type: 'get-findings' }) : null;
  }, url);
  await ext.close();
  return r as { isSecurityNews: boolean; reasons: string[] } | null;
}

interface Visit {
  page: Page;
  findings: { isSecurityNews: boolean; reasons: string[] } | null;
  world: World;
  shown: Shown;
  snapshot: Snapshot;
  errors: string[];
  tasks: ReturnType<typeof extensionTasks>;
}

/** Loads `file` with the extension under a trace, waits for the annotation, and takes its measure. */
async function visit(context: BrowserContext, extensionId: string, file: string, timeoutMs = 60_000): Promise<Visit> {
  const expected = HOSTILE_PAGES.find((p) => p.file === file) as HostilePage;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page: ${String(e)}`));
  // Exceptions in every world of the page, the content scripts' isolated world included.
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) => errors.push(`${e.exceptionDetails.url ?? ''}: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`));
  await cdp.send('Runtime.enable');
  const stopTrace = await startTrace(page);
  await page.goto(`${site.base}/${file}`, { timeout: timeoutMs });
  const world = await cleanWorld(page);
  let findings: Visit['findings'] = null;
  if (expected.article) await waitShown(world, (s) => s.summary && s.highlights.length > 0, timeoutMs);
  else {
    // Nothing will show: wait until the analyser has a verdict.
    const until = Date.now() + timeoutMs;
    while (!findings && Date.now() < until) findings = await findingsOf(context, extensionId, `${site.base}/${file}`);
  }
  const shown = await world<Shown>(SHOWN);
  // Late work (saved-clipping lookup, the mutation check) happens within a couple of seconds.
  await page.waitForTimeout(2500);
  const tasks = extensionTasks(await stopTrace(), `/${file}`);
  console.log(`[hostile-pages] ${file}: longest task running extension code ${tasks.longestMs} ms; over ${LONG_TASK_MS} ms: [${tasks.overLimitMs.join(', ')}]; longest holds ${tasks.longestHolds.join(', ')}; longest rendering-only task after the gate ${tasks.renderingMs} ms`);
  return { page, findings, world, shown, snapshot: await world<Snapshot>(SNAPSHOT), errors, tasks };
}

/** The same page in a browser without the extension. */
async function without(file: string, child = false): Promise<{ page: Page; snapshot: Snapshot }> {
  const page = await plain.newPage();
  await page.goto(`${site.base}/${file}`, { timeout: 60_000 });
  return { page, snapshot: await (await cleanWorld(page, child))<Snapshot>(SNAPSHOT) };
}

/** The checks every hostile page must pass. */
async function expectUnharmed(v: Visit, file: string): Promise<void> {
  expect(v.errors).toEqual([]);
  if (HOSTILE_PAGES.find((p) => p.file === file)?.article) {
    expect(v.shown.summary).toBe(true);
    expect(v.shown.highlights).toContain('tl-agency');
  } else {
    expect(v.findings?.isSecurityNews).toBe(false);
    expect(v.shown).toEqual({ highlights: [], ui: false, summary: false });
  }
  const ref = await without(file);
  expect(v.snapshot).toEqual(ref.snapshot);
  await ref.page.close();
  // The 50 ms budget is not met yet (hostile-tools.ts says why): it is reported on the test, and a
  // task over the ceiling fails it.
  if (v.tasks.overLimitMs.length > 0) {
    test.info().annotations.push({ type: `tasks over ${LONG_TASK_MS} ms`, description: `${v.tasks.overLimitMs.join(', ')} ms (longest holds ${v.tasks.longestHolds.join(', ')})` });
  }
  expect(v.tasks.longestMs, `longest task running extension code (holds ${v.tasks.longestHolds.join(', ')})`).toBeLessThan(TASK_CEILING_MS);
}

test('a page that overrides built-ins before the content script runs', async ({ context, extensionId }) => {
  const v = await visit(context, extensionId, 'overrides.html');
  await expectUnharmed(v, 'overrides.html');
  // The overrides are in place in the page's world, and nothing called them: our scripts use their own.
  const cdp = await context.newCDPSession(v.page);
  const main = async (expression: string): Promise<unknown> => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
  expect(await main('String(Array.prototype.map).includes("hostile page")')).toBe(true);
  expect(await main('String(window.__tlTripped || "")')).toBe('');
});

test('an article in the top page and in a frame: the top is annotated, the frame untouched', async ({ context, extensionId }) => {
  const v = await visit(context, extensionId, 'frames.html');
  await expectUnharmed(v, 'frames.html');
  const frame = await cleanWorld(v.page, true);
  expect(await frame<Shown>(SHOWN)).toEqual({ highlights: [], ui: false, summary: false });
  const ref = await without('frames.html', true);
  expect(await frame<Snapshot>(SNAPSHOT)).toEqual(ref.snapshot);
  await ref.page.close();
});

test("a strict CSP (default-src 'none', style-src 'none'): highlights paint and the page UI shows", async ({ context, extensionId }) => {
  const v = await visit(context, extensionId, 'csp.html');
  await expectUnharmed(v, 'csp.html');
  const response = await v.page.request.get(`${site.base}/csp.html`);
  expect(response.headers()['content-security-policy']).toContain("style-src 'none'");
  // The page UI is styled (its sheet applied): the panel is fixed in the corner.
  expect(await v.world<string>(`getComputedStyle(document.querySelector('threatlight-ui').shadowRoot.querySelector('.tl-panel')).position`)).toBe('fixed');
  // The highlight is painted: the pixels of an agency's name differ from the page without the extension.
  const clip = await v.world<{ x: number; y: number; width: number; height: number }>(
    `(() => { const s = [...CSS.highlights.get('tl-agency')][0]; const l = new Range(); l.setStart(s.startContainer, s.startOffset); l.setEnd(s.endContainer, s.endOffset); const r = l.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })()`,
  );
  expect(clip.width).toBeGreaterThan(0);
  const ref = await without('csp.html');
  const [painted, bare] = await Promise.all([v.page.screenshot({ clip }), ref.page.screenshot({ clip })]);
  expect(painted.equals(bare)).toBe(false);
  await ref.page.close();
});

test('contenteditable regions stay the reader’s: untouched, and typing works', async ({ context, extensionId }) => {
  const v = await visit(context, extensionId, 'editable.html');
  await expectUnharmed(v, 'editable.html');
  await v.page.locator('#editor p').click();
  await v.page.keyboard.press('End');
  await v.page.keyboard.type(' Call the NCSC.');
  await v.page.locator('#reply').click();
  await v.page.keyboard.press('End');
  await v.page.keyboard.type(' Europol too.');
  // Past the analyser's mutation check, the edits are exactly what was typed.
  await v.page.waitForTimeout(2000);
  expect(await v.world<string>(`document.querySelector('#editor').innerHTML`)).toBe('<p>Draft note: Europol briefing at 10:00. Call the NCSC.</p>');
  expect(await v.world<string>(`document.querySelector('#reply').textContent`)).toBe('MI5 statement pending. Europol too.');
  expect(v.errors).toEqual([]);
});

test('5,000 levels of nesting: read, left as it was (too deep to be taken for an article)', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const v = await visit(context, extensionId, 'deep.html', 120_000);
  await expectUnharmed(v, 'deep.html');
  expect(v.findings?.reasons).toContain('not an article');
});

for (const file of ['nodes-200k.html', 'page-10mb.html']) {
  test(`a heavy page: ${file}`, async ({ context, extensionId }) => {
    test.setTimeout(300_000);
    const v = await visit(context, extensionId, file, 180_000);
    await expectUnharmed(v, file);
  });
}

test('every hostile page has a test here', () => {
  const titled = ['overrides.html', 'frames.html', 'csp.html', 'editable.html', 'deep.html', 'nodes-200k.html', 'page-10mb.html'];
  expect(HOSTILE_PAGES.map((p) => p.file)).toEqual(titled);
});
