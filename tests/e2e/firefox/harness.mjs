// The Firefox e2e harness: puppeteer-core drives firefox-esr over WebDriver BiDi with the built
// MV2 extension installed as a temporary add-on (see ../../../README.md, Testing). Each
// `*.test.mjs` file here calls `useFirefox()` and gets its own browser and fixture server.
import { before, after } from 'node:test';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { firefoxPath } from '../browsers.mjs';
import { serve } from '../serve.mjs';

const GECKO_ID = 'threatlight@threatlight.dev';
// Pinned so the tests know the moz-extension:// origin (the pref maps add-on id → UUID).
const UUID = '6f0d3b4e-1c2a-4c8e-9b51-7a0e2f3d9c11';
export const EXT = `moz-extension://${UUID}`;
/** The running browser and fixture server of the current test file (set by useFirefox). */
export const ff = { browser: null, server: null };

/** Starts Firefox with the extension before this file's tests and stops it after. */
export function useFirefox() {
  before(async () => {
    ff.server = await serve('.');
    ff.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
    });
    await ff.browser.installExtension(path.resolve('.output/firefox-mv2'));
  });
  after(async () => {
    await ff.browser?.close();
    await ff.server?.close();
  });
}

/**
 * Waits for an element of Threatlight's page UI and returns its text. Puppeteer's `>>>` does not
 * see a shadow root that a Firefox content script attached, but the page's own DOM API does.
 */
export async function waitForUi(page, testId, timeout = 20_000) {
  const handle = await page.waitForFunction(
    (id) => document.querySelector('threatlight-ui')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent,
    { timeout },
    testId,
  );
  return handle.jsonValue();
}

/** Opens an extension page; under BiDi goto() of moz-extension URLs never resolves, so don't wait on it. */
export async function openExtensionPage(file) {
  const page = await ff.browser.newPage();
  await page.goto(`${EXT}/${file}`, { timeout: 5000 }).catch(() => {});
  return page;
}


/**
 * Clicks a control of Threatlight's page UI the way the reader does: real input at its position.
 * (A script-made click() is refused by the page UI, since page script could make one too.)
 */
export async function clickUi(page, testId) {
  const at = await page.evaluate((id) => {
    const el = document.querySelector('threatlight-ui')?.shadowRoot?.querySelector(`[data-testid="${id}"]`);
    el?.scrollIntoView({ block: 'center' });
    const r = el?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, testId);
  if (!at) throw new Error(`${testId} is not in the page UI`);
  await page.mouse.click(at.x, at.y);
}
