// The browser figures, in real headless Chromium driven by Playwright: the page figures with the
// bundled lib on generated and corpus pages, the library figures in a page with IndexedDB, and
// the longest main-thread task while the built extension annotates the largest page.
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/e2e/browsers.mjs';
import { longestExtensionTask } from './trace.mjs';

const STEP_TIMEOUT_MS = 180_000;

/** `promise`, or a rejection after `ms`. */
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs every browser figure. `pages` = { nonArticles, articles, largest } (each { id, url });
 * `opts` = { quick, log, extensionDir, librarySizes, only }; `only: 'gate'` stops after the gate figure
 * (then `pages` needs just `nonArticles`). Resolves with the raw measurements.
 */
export async function runBrowser(pageScript, server, pages, opts) {
  const { log } = opts;
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-first-run', '--disable-background-networking'] });
  const out = { gate: [], analyze: [], highlight: [], errors: [], breakdown: null, library: null, transfer: null, longTask: null };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Saved pages ask for fonts, ads and trackers: only our own server answers.
    await context.route((url) => !url.href.startsWith(server.base), (route) => route.abort());
    let page = await context.newPage();
    const open = async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.evaluate(pageScript);
    };
    const pageOpts = opts.quick ? { rounds: 3, minSampleMs: 5, maxMs: 5_000 } : { rounds: 7, minSampleMs: 20, maxMs: 20_000 };

    const each = async (list, label, fn, timeoutMs = STEP_TIMEOUT_MS) => {
      for (const p of list) {
        try {
          await open(p.url);
          await within(fn(p), timeoutMs, `${label} ${p.id}`);
        } catch (e) {
          out.errors.push(`${label} ${p.id}: ${String(e?.message ?? e).split('\n')[0]}`);
          log(`  ! ${label} ${p.id}: ${String(e?.message ?? e).split('\n')[0]}`);
          await page.close().catch(() => undefined);
          page = await context.newPage();
        }
      }
    };

    log(`gate_vs_walk on ${pages.nonArticles.length} non-article pages`);
    await each(pages.nonArticles, 'gate', async (p) => {
      out.gate.push({ id: p.id, ...(await page.evaluate((o) => window.__tlBench.gateVsWalk(o), pageOpts)) });
    });
    if (opts.only === 'gate') return out;

    log(`analyze_vs_walk, highlight_vs_markjs on ${pages.articles.length} article pages`);
    await each(pages.articles, 'analyze', async (p) => {
      out.analyze.push({ id: p.id, ...(await page.evaluate((o) => window.__tlBench.analyzeVsWalk(o), pageOpts)) });
      // A fresh load, so mark.js and our painting start from the same untouched page.
      await open(p.url);
      out.highlight.push({ id: p.id, ...(await page.evaluate((o) => window.__tlBench.highlightVsMark(o), { ...pageOpts, rounds: Math.min(pageOpts.rounds, 5) })) });
    });

    log(`stages of one cold analysis of the largest page (${pages.largest.id})`);
    await each([pages.largest], 'breakdown', async () => {
      out.breakdown = await page.evaluate(() => window.__tlBench.breakdown());
    });

    log(`library: ${opts.librarySizes.join(' and ')} clippings in IndexedDB`);
    await each([{ id: 'library', url: `${server.base}/blank.html` }], 'library', async () => {
      const rounds = opts.quick ? [2, 2] : [3, 2];
      out.library = await page.evaluate((o) => window.__tlBench.libraryBench(o), { sizes: opts.librarySizes, rounds, saves: opts.quick ? 5 : 20 });
    }, opts.quick ? 300_000 : 1_800_000);

    log(`export and import of ${opts.transferSize} clippings`);
    await each([{ id: 'transfer', url: `${server.base}/blank.html` }], 'transfer', async () => {
      out.transfer = await page.evaluate((n) => window.__tlBench.transferBench(n), opts.transferSize);
    }, 600_000);
    await context.close();

    if (opts.extensionDir) {
      log(`longest task while the built extension annotates ${pages.largest.id}`);
      try {
        out.longTask = await within(longestExtensionTask(opts.extensionDir, pages.largest.url), STEP_TIMEOUT_MS, 'extension');
      } catch (e) {
        out.errors.push(`extension: ${String(e?.message ?? e).split('\n')[0]}`);
      }
    }
    if (!out.longTask) {
      log(`longest task with the bundled lib on ${pages.largest.id}`);
      const context2 = await browser.newContext();
      page = await context2.newPage();
      await open(pages.largest.url);
      out.longTask = { source: 'bundled lib (analyser steps, unsliced)', ...(await page.evaluate(() => window.__tlBench.annotateLongTasks())) };
      await context2.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
