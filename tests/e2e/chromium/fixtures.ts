/**
 * Playwright fixtures: a persistent Chromium context with the built extension loaded, the
 * extension's id, and a static server for the test pages.
 */
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import path from 'node:path';
import { chromiumPath } from '../browsers.mjs';
import { serve } from '../serve.mjs';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export const test = base.extend<{ context: BrowserContext; extensionId: string }, { server: { base: string } }>({
  server: [
    async ({}, use) => {
      const s = await serve('.');
      await use(s);
      await s.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    await use(new URL(sw.url()).host);
  },
});

export const expect = test.expect;

/** Every clipping record in the library, read straight from IndexedDB in an extension page `ext`. */
export function storedClippings(ext: Page): Promise<Record<string, unknown>[]> {
  return ext.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('threatlight');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const req = open.result.transaction('clippings').objectStore('clippings').getAll();
          req.onsuccess = () => {
            resolve(req.result as Record<string, unknown>[]);
            open.result.close();
          };
        };
      }),
  );
}
