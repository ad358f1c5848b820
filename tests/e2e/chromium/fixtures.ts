/**
 * Playwright fixtures: a persistent Chromium context with the built extension loaded, the
 * extension's id, and a static server for the test pages.
 */
import { test as base, chromium, type BrowserContext } from '@playwright/test';
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
