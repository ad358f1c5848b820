/**
 * A full store: the save fails with a real QuotaExceededError from Chromium's IndexedDB, the
 * reader is told in the page UI and the popup, the library is unchanged, and saving again after
 * space is freed works.
 *
 * The shipped manifest asks for `unlimitedStorage`, which exempts the extension from the quota
 * (a real user meets this error only when the disk itself is full). To raise the error for real,
 * this test loads a copy of the build without that permission and lowers the quota of the
 * extension's origin with CDP `Storage.overrideQuotaForOrigin`.
 *
 * Chromium's IndexedDB lets transactions use space granted at the last quota check for up to 30 s
 * without asking again (a decaying grant, BucketContext::kBucketSpaceCacheTimeLimit), and it
 * compresses large values, so no write size can be sure to exceed the grant: the test waits the
 * grant out instead, and the next write must ask the quota manager, which refuses.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from '../browsers.mjs';
import { EXTENSION_DIR, expect, storedClippings, test } from './fixtures';

const SAMPLE = fs.readFileSync('assets/sample-article.html', 'utf8');
const SECOND = SAMPLE.replace('/terror-threat-substantial"', '/terror-threat-substantial-2"');
/** Chromium's BucketContext::kBucketSpaceCacheTimeLimit (30 s), and a margin. */
const GRANT_EXPIRY_MS = 31_000;
const FULL = /Threatlight could not save: the browser's storage for the extension is full/;

/** A copy of the built extension without `unlimitedStorage`, so the origin's quota applies. */
function quotaBoundCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-quota-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { permissions: string[] };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  fs.writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

/** The ids and titles stored in the library, read straight from IndexedDB in an extension page. */
async function libraryRows(ext: Page): Promise<string[]> {
  return (await storedClippings(ext)).map((r) => `${String(r.id)} ${String(r.title)}`).sort();
}

const uiError = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.querySelector('threatlight-ui')?.shadowRoot?.querySelector('.tl-error')?.textContent ?? null);

test('a quota error during a save is shown, loses nothing, and saving again after space is freed works', async ({ server }) => {
  test.setTimeout(120_000);
  const dir = quotaBoundCopy();
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-first-run', '--disable-background-networking'],
    });
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    const extensionId = new URL(sw.url()).host;
    const origin = `chrome-extension://${extensionId}`;
    // Two distinct articles: the first is saved while there is room, the second when there is none.
    await context.route(`${server.base}/second/*`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: SECOND }),
    );

    const ext = await context.newPage();
    await ext.goto(`${origin}/options.html`);
    const cdp = await context.newCDPSession(ext);

    const first = await context.newPage();
    await first.goto(`${server.base}/assets/sample-article.html`);
    await first.getByTestId('tl-save-article').click({ timeout: 30_000 });
    await expect(first.getByTestId('tl-save-article')).toHaveText(/Saved/);

    const before = await libraryRows(ext);
    expect(before).toHaveLength(1);

    const page = await context.newPage();
    await page.goto(`${server.base}/second/article.html`);
    await page.getByTestId('tl-save-article').waitFor({ timeout: 30_000 });

    // No room left at all: any write to the extension's origin now fails in IndexedDB.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    await page.waitForTimeout(GRANT_EXPIRY_MS);

    await page.getByTestId('tl-save-article').click();
    await expect.poll(() => uiError(page), { timeout: 30_000 }).toMatch(FULL);
    // The button offers the save again rather than claiming success.
    await expect(page.getByTestId('tl-save-article')).toHaveText('Save article');
    expect(await libraryRows(ext)).toEqual(before);

    // The popup's Save tells the same story.
    const tabId = await ext.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome;
      return (await c.tabs.query({})).find((t) => t.url === url)?.id;
    }, `${server.base}/second/article.html`);
    const popup = await context.newPage();
    await popup.goto(`${origin}/popup.html?tab=${tabId}`);
    await popup.getByTestId('tl-popup-save').click();
    await expect(popup.getByRole('status')).toHaveText(FULL);
    expect(await libraryRows(ext)).toEqual(before);

    // Space is freed (the override lifted): the same button saves the same article.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.getByTestId('tl-save-article').click();
    await expect(page.getByTestId('tl-save-article')).toHaveText(/Saved/, { timeout: 30_000 });
    expect(await uiError(page)).toBeNull();
    const after = await libraryRows(ext);
    expect(after).toHaveLength(2);
    expect(after).toEqual(expect.arrayContaining(before));
  } finally {
    await context?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
