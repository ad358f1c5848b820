/**
 * Never break a page: every saved page of ../shared/corpus/pages (when present) is loaded with
 * and without the extension; its text and element count must be the same, no page error may
 * appear, and the extension may request nothing from the network. A page whose two plain loads
 * differ the same way (a clock, a random headline) is reported as changing by itself instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from '../browsers.mjs';
import { serve } from '../serve.mjs';
import { expect, test } from './fixtures';

const CORPUS = path.resolve('../shared/corpus/pages');
const present = fs.existsSync(CORPUS);
const pages = present
  ? fs
      .readdirSync(CORPUS, { recursive: true })
      .map(String)
      .filter((f) => /\.html?$/.test(f))
      .sort()
  : [];
if (!present) console.log(`corpus e2e skipped: ${CORPUS} is absent (it is not part of the project).`);
/** The corpus's verdict per page ("yes", "no", "borderline" security news), by file without extension. */
const LABELS = path.resolve('../shared/corpus/labels.jsonl');
const labels = new Map<string, string>(
  fs.existsSync(LABELS)
    ? fs
        .readFileSync(LABELS, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string; security: string })
        .map((l) => [l.id, l.security])
    : [],
);
// THREATLIGHT_CORPUS_LIMIT=N checks only the first N pages (a quick local run).
const limit = Number(process.env.THREATLIGHT_CORPUS_LIMIT ?? pages.length);

/** Offline: only the corpus server answers; everything else is refused at once. */
async function offline(ctx: BrowserContext, base: string): Promise<void> {
  await ctx.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
}

/** What must not change: the visible text and the number of elements in the body. */
async function snapshot(page: Page): Promise<{ text: string; nodes: number }> {
  const s = await page.evaluate(() => ({ text: document.body?.innerText ?? '', nodes: document.body?.getElementsByTagName('*').length ?? 0 }));
  // Pages write cache-busting timestamps into their own markup; those differ between any two loads.
  return { ...s, text: s.text.replace(/\d{10,}/g, '#') };
}

/** The line numbers where two texts differ, or null when they do not have the same number of lines. */
function changedLines(x: string, y: string): Set<number> | null {
  const [a, b] = [x.split('\n'), y.split('\n')];
  if (a.length !== b.length) return null;
  return new Set(a.flatMap((line, i) => (line === b[i] ? [] : [i])));
}

/**
 * Whether a second plain load `again` differs from the first, `plain`, the same way as the load
 * with the extension, `ours`, does: the same element count as ours, and either our very text or
 * changes on (at least) every line where ours differs.
 */
function sameChange(ours: { text: string; nodes: number }, plain: { text: string; nodes: number }, again: { text: string; nodes: number }): boolean {
  if (again.nodes !== ours.nodes) return false;
  if (again.text === ours.text) return true;
  const [mine, its] = [changedLines(ours.text, plain.text), changedLines(again.text, plain.text)];
  return mine !== null && its !== null && [...mine].every((i) => its.has(i));
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load', { timeout: 15_000 }).catch(() => undefined);
  // The analyser, if the gate passes, paints within a moment; give it that moment.
  await page.locator('threatlight-ui').waitFor({ state: 'attached', timeout: 1_500 }).catch(() => undefined);
  await page.waitForTimeout(300);
}

test.describe('real pages @corpus', () => {
  test.skip(!present, 'needs ../shared/corpus/pages');
  let plain: Browser;
  let corpus: { base: string; close(): Promise<void> };
  test.beforeAll(async () => {
    plain = await chromium.launch({ executablePath: chromiumPath(), headless: true });
    corpus = await serve(CORPUS);
  });
  test.afterAll(async () => {
    await plain.close();
    await corpus.close();
  });

  test('pages keep their text and DOM and raise no errors', async ({ context }) => {
    test.setTimeout(40 * 60_000);
    const base = `${corpus.base}/`;
    const plainCtx = await plain.newContext();
    await offline(context, base);
    await offline(plainCtx, base);
    const problems: string[] = [];
    /** Pages that differ with the extension only as they differ between two loads without it. */
    const byItself: string[] = [];
    let annotated = 0;
    /** Pages annotated, and security-news pages left unannotated, by the corpus's label. */
    const byLabel = new Map<string, { pages: number; annotated: string[]; missed: string[] }>();
    for (const file of pages.slice(0, limit)) {
      const url = `${corpus.base}/${file.split(path.sep).map(encodeURIComponent).join('/')}`;
      const a = await context.newPage();
      const b = await plainCtx.newPage();
      const errorsA: string[] = [];
      const errorsB: string[] = [];
      a.on('pageerror', (e) => errorsA.push(String(e)));
      b.on('pageerror', (e) => errorsB.push(String(e)));
      const [ra] = await Promise.all([a.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => null), b.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => null)]);
      if (ra?.status() !== 200) problems.push(`${file}: not served (${ra?.status() ?? 'no response'})`);
      await Promise.all([settle(a), settle(b)]);
      const [sa, sb] = await Promise.all([snapshot(a), snapshot(b)]);
      const label = labels.get(file.replace(/\.html?$/, '').split(path.sep).join('/')) ?? 'unlabelled';
      // A labelled security page gets time for its off-page analysis on a loaded machine.
      if (label === 'yes') await a.locator('threatlight-ui').waitFor({ state: 'attached', timeout: 15_000 }).catch(() => undefined);
      const shown = (await a.locator('threatlight-ui').count()) > 0;
      if (shown) annotated++;
      const tally = byLabel.get(label) ?? { pages: 0, annotated: [], missed: [] };
      tally.pages++;
      if (shown) tally.annotated.push(file);
      else if (label === 'yes') tally.missed.push(file);
      byLabel.set(label, tally);
      // Some pages keep changing themselves; a difference counts only if the page without the
      // extension, looked at again a moment later, does not show it too.
      const later = sa.text !== sb.text || sa.nodes !== sb.nodes ? await b.waitForTimeout(1000).then(() => snapshot(b)) : sb;
      const diffs: string[] = [];
      if (sa.text !== sb.text && sa.text !== later.text) diffs.push('text differs');
      if (sa.nodes !== sb.nodes && sa.nodes !== later.nodes) diffs.push(`${sa.nodes} elements with the extension, ${sb.nodes} without`);
      if (diffs.length) {
        // Others differ between two loads (a clock, a random headline): load it again without the
        // extension, up to three times, to see whether it differs the same way by itself.
        let byItselfToo = false;
        for (let i = 0; i < 3 && !byItselfToo; i++) {
          const c = await plainCtx.newPage();
          await c.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => null);
          await settle(c);
          byItselfToo = sameChange(sa, sb, await snapshot(c));
          await c.close();
        }
        if (byItselfToo) byItself.push(`${file}: changes by itself (${diffs.join(', ')}, as between two loads without it)`);
        else problems.push(...diffs.map((d) => `${file}: ${d}`));
      }
      // Errors the page raises by itself (offline scripts) happen in both; only new ones count.
      const extra = errorsA.filter((e) => !errorsB.includes(e));
      if (extra.length) problems.push(`${file}: page errors ${extra.join(' | ').slice(0, 300)}`);
      await Promise.all([a.close(), b.close()]);
    }
    await plainCtx.close();
    console.log(`corpus e2e: ${Math.min(limit, pages.length)} pages, ${annotated} annotated, ${problems.length} problems, ${byItself.length} change by themselves`);
    for (const line of byItself) console.log(`  ${line}`);
    for (const [label, t] of byLabel) {
      console.log(`  labelled ${label}: ${t.pages} pages, ${t.annotated.length} annotated${t.missed.length ? `; not annotated: ${t.missed.join(', ')}` : ''}`);
      if (label !== 'yes') for (const f of t.annotated) console.log(`    annotated: ${f}`);
    }
    expect(problems).toEqual([]);
    // The corpus has security-news articles: some pages must have been annotated, or nothing was tested.
    if (limit >= pages.length) expect(annotated).toBeGreaterThan(0);
  });
});
