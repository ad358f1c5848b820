/** Nothing is lost: many tabs saving at once, and a service worker stopped in the middle of a save. */
import fs from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SAMPLE = fs.readFileSync('assets/sample-article.html', 'utf8');

/** The extension API as an extension page sees it (only what these tests call). */
type ExtGlobal = {
  chrome: {
    tabs: { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
  };
};

/** Serves the sample as distinct articles (own canonical URL each) under /variant/<n>.html. */
async function serveVariants(context: BrowserContext, base: string): Promise<void> {
  await context.route(`${base}/variant/*`, (route) => {
    const n = /variant\/(\d+)/.exec(route.request().url())?.[1] ?? '0';
    const html = SAMPLE.replace('/terror-threat-substantial"', `/terror-threat-substantial-${n}"`);
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
}

async function libraryCount(context: BrowserContext, extensionId: string): Promise<number> {
  const lib = await context.newPage();
  await lib.goto(`chrome-extension://${extensionId}/library.html`);
  const n = await lib.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('threatlight');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const req = open.result.transaction('clippings').objectStore('clippings').count();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
  await lib.close();
  return n;
}

async function selectParagraph(page: Page, startsWith: string): Promise<void> {
  await page.evaluate((prefix) => {
    const p = [...document.querySelectorAll('article p')].find((x) => x.textContent?.trim().startsWith(prefix));
    const r = document.createRange();
    r.selectNodeContents(p as Node);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(r);
  }, startsWith);
}

test('twenty saves from ten tabs at once all land', async ({ context, server, extensionId }) => {
  test.setTimeout(120_000);
  await serveVariants(context, server.base);
  const pages = await Promise.all(Array.from({ length: 10 }, () => context.newPage()));
  await Promise.all(pages.map((p, i) => p.goto(`${server.base}/variant/${i}.html`)));
  await Promise.all(pages.map((p) => p.getByTestId('tl-save-article').waitFor({ timeout: 30_000 })));
  for (const p of pages) await selectParagraph(p, 'State threats');
  // Every tab is asked to save its article and clip its selection at the same moment, the way the
  // context menu and keyboard command do it.
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const results = await ext.evaluate(async () => {
    const c = (globalThis as unknown as ExtGlobal).chrome;
    const tabs = (await c.tabs.query({})).filter((t) => t.url?.includes('/variant/'));
    return Promise.all(tabs.flatMap((t) => [c.tabs.sendMessage(t.id, { type: 'save-article' }), c.tabs.sendMessage(t.id, { type: 'save-selection' })]));
  });
  expect(results).toHaveLength(20);
  for (const r of results) expect(r).toMatchObject({ ok: true });
  await expect.poll(() => libraryCount(context, extensionId), { timeout: 30_000 }).toBe(20);
});

test('a service worker stopped mid-save loses nothing', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.base}/assets/sample-article.html`);
  await page.getByTestId('tl-save-article').waitFor({ timeout: 20_000 });
  // An extension page shares the worker's origin, so its CDP session can stop that worker.
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const cdp = await context.newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');
  // Stopped before the save (it must wake up) and again while the save is in flight.
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.all([page.getByTestId('tl-save-article').click(), cdp.send('ServiceWorker.stopAllWorkers')]);
  await expect(page.getByTestId('tl-save-article')).toHaveText(/Saved/, { timeout: 30_000 });
  expect(await libraryCount(context, extensionId)).toBe(1);
});

test('a service worker stopped after an analysis finds its offscreen analysis document again', async ({ context, server, extensionId }) => {
  await serveVariants(context, server.base);
  const first = await context.newPage();
  await first.goto(`${server.base}/variant/1.html`);
  await expect(first.getByTestId('tl-summary')).toBeVisible({ timeout: 20_000 });
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const cdp = await context.newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // A fresh worker has forgotten the document it made; the next article still gets analysed,
  // and stopping the worker again in the middle of that analysis only delays it.
  const second = await context.newPage();
  await Promise.all([second.goto(`${server.base}/variant/2.html`), cdp.send('ServiceWorker.stopAllWorkers')]);
  await expect(second.getByTestId('tl-summary')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => second.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('tl-')).length)).toBeGreaterThan(2);
});
