// The library page's own figures with the built extension, in headless Chromium: time to the
// first rows (the newest clippings), to the whole library loaded (facets counted), and the response to a search or a facet
// click (until the result count changes), on libraries of 10,000 and 100,000 clippings.
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/e2e/browsers.mjs';
import path from 'node:path';
import { median, p90 } from './report.mjs';

/** The fill script, bundled for the page. */
async function fillScript(root) {
  const r = await build({ entryPoints: ['bench/library-fill.ts'], absWorkingDir: root, bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', minify: true, logLevel: 'error' });
  return r.outputFiles[0].text;
}

/** In the page: ms from navigation start until the first clipping row is in the DOM. */
const firstRow = () =>
  new Promise((resolve) => {
    const look = () => (document.querySelector('[data-testid="tl-clipping"]') ? resolve(performance.now()) : requestAnimationFrame(look));
    look();
  });

/** In the page: ms from an input (search text, or a facet click) until the result count line changes (first results shown). */
const respond = ({ kind, value }) =>
  new Promise((resolve) => {
    const count = () => document.querySelector('[data-testid="tl-result-count"]')?.textContent ?? document.querySelector('[data-testid="tl-no-results"]')?.textContent;
    const before = count();
    const t0 = performance.now();
    if (kind === 'search') {
      const box = document.querySelector('[data-testid="tl-search"]');
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      const label = [...document.querySelectorAll(`[data-testid="tl-facet-${kind}"] label`)].find((l) => l.querySelector('.facet-value')?.textContent === value);
      label?.querySelector('input')?.click();
    }
    const look = () => (count() !== before ? resolve(performance.now() - t0) : performance.now() - t0 > 30_000 ? resolve(null) : requestAnimationFrame(look));
    requestAnimationFrame(look);
  });

/**
 * Runs the figures for each size; resolves with { sizes: [{ n, fillS, firstRowMs[], allLoadedMs[],
 * search: { common[], twoWords[], rare[] }, facetMs[] }] } (null samples: no answer in 30 s).
 */
export async function libraryUiBench(root, extensionDir, sizes, { rounds = 3, log = () => {} } = {}) {
  const script = await fillScript(root);
  const out = [];
  for (const n of sizes) {
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run', '--disable-background-networking'],
    });
    try {
      let [sw] = context.serviceWorkers();
      sw ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
      const url = `chrome-extension://${new URL(sw.url()).host}/library.html`;
      const page = await context.newPage();
      await page.goto(url);
      await page.evaluate(script);
      log(`library UI: filling ${n} clippings`);
      const { seconds: fillS, rare } = await page.evaluate((k) => window.__tlFill(k), n);
      const firstRowMs = [];
      const allLoadedMs = [];
      const search = { common: [], rare: [], twoWords: [] };
      const facetMs = [];
      for (let r = 0; r < rounds; r++) {
        await page.goto(url, { waitUntil: 'commit' });
        firstRowMs.push(await page.evaluate(firstRow));
        await page.waitForSelector('[data-testid="tl-facet-site"] label', { timeout: 120_000 });
        allLoadedMs.push(await page.evaluate(() => performance.now()));
        search.common.push(await page.evaluate(respond, { kind: 'search', value: 'said' }));
        search.twoWords.push(await page.evaluate(respond, { kind: 'search', value: 'lockbit ransom' }));
        search.rare.push(await page.evaluate(respond, { kind: 'search', value: rare }));
        await page.evaluate(respond, { kind: 'search', value: '' });
        const site = await page.$eval('[data-testid="tl-facet-site"] .facet-value', (e) => e.textContent);
        facetMs.push(await page.evaluate(respond, { kind: 'site', value: site }));
      }
      out.push({ n, fillS, firstRowMs, allLoadedMs, search, facetMs });
      log(`library UI ${n}: first rows ${median(firstRowMs)?.toFixed(0)} ms, whole library ${median(allLoadedMs)?.toFixed(0)} ms, search ${median(search.common)?.toFixed(0)} ms`);
    } finally {
      await context.close();
    }
  }
  return { sizes: out };
}

// `node bench/library-ui.mjs [--quick]` runs these figures alone and prints them as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  const quick = process.argv.includes('--quick');
  const r = await libraryUiBench(root, path.join(root, '.output', 'chrome-mv3'), quick ? [5_000] : process.argv.includes('--large') ? [100_000] : [10_000, 100_000], { log: (m) => process.stderr.write(`${m}\n`) });
  const stat = (xs) => ({ median: median(xs), p90: p90(xs) });
  for (const s of r.sizes) {
    console.log(JSON.stringify({ n: s.n, fillS: s.fillS, firstRowMs: stat(s.firstRowMs), allLoadedMs: stat(s.allLoadedMs), facetMs: stat(s.facetMs), search: Object.fromEntries(Object.entries(s.search).map(([k, v]) => [k, stat(v)])) }));
  }
}
