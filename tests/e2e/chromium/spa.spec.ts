/**
 * Single-page apps, late content and the reader's watchlist in Chromium: a client-side navigation
 * to a new article re-analyses and repaints, text that arrives after load is picked up, a page
 * that never stops mutating is not analysed again and again, and watched terms are painted.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

const SPA = '/tests/fixtures/spa/';

/**
 * The text of every range of one highlight, as the page sees the registry (the ranges are static,
 * which have no text of their own: a live Range with the same boundaries gives it).
 */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const live = (r: AbstractRange) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
    return [...(CSS.highlights.get(n) ?? [])].map((r) => live(r).toString());
  }, name);
}

/** Every highlighted text, of every Threatlight highlight. */
function allHighlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const live = (r: AbstractRange) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
    return [...CSS.highlights.entries()].filter(([k]) => k.startsWith('tl-')).flatMap(([, h]) => [...h].map((r) => live(r).toString()));
  });
}

/** storage.local as the extension's service worker sees it. */
type StorageGlobal = { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } } };

/** Writes the settings item the options page writes. */
async function setSettings(sw: Worker, settings: Record<string, unknown>): Promise<void> {
  await sw.evaluate((s) => (globalThis as unknown as StorageGlobal).chrome.storage.local.set({ settings: s }), settings);
}

async function worker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

test('a client-side navigation to a new article re-analyses and repaints it', async ({ context, server }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.base + SPA}app.html`);
  await expect.poll(() => highlighted(page, 'tl-agency'), { timeout: 15_000 }).toContain('MI5');

  // pushState to story b: LockBit and the NCSC, no MI5.
  await page.getByRole('link', { name: 'Ransomware' }).click();
  await expect.poll(() => allHighlighted(page), { timeout: 15_000 }).toContain('LockBit');
  const after = await allHighlighted(page);
  expect(after).not.toContain('MI5');
  expect(await highlighted(page, 'tl-agency')).toEqual(expect.arrayContaining(['National Cyber Security Centre']));
  await expect(page.getByTestId('tl-summary')).toBeVisible();

  // Back (popstate) to story a: MI5 is painted again, LockBit is gone.
  await page.goBack();
  await expect.poll(() => highlighted(page, 'tl-agency'), { timeout: 15_000 }).toContain('MI5');
  expect(await allHighlighted(page)).not.toContain('LockBit');
  expect(errors).toEqual([]);
});

test('an article injected after load, and text appended later, are picked up', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.base + SPA}late.html`);
  // Nothing to analyse at load: the article arrives 1.5 s later.
  await expect.poll(() => highlighted(page, 'tl-agency'), { timeout: 20_000 }).toEqual(expect.arrayContaining(['Europol', 'MI5']));
  expect(await highlighted(page, 'tl-agency')).not.toContain('GCHQ');
  // Infinite scroll: more of the story, naming GCHQ.
  await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
  await expect.poll(() => highlighted(page, 'tl-agency'), { timeout: 20_000 }).toContain('GCHQ');
});

test('a page that mutates all the time is analysed once, not on every tick', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.base + SPA}ticking.html`);
  await expect.poll(() => highlighted(page, 'tl-agency'), { timeout: 15_000 }).toContain('MI5');
  // A repaint registers new Highlight objects: keep the current ones and compare later.
  await page.evaluate(() => {
    (window as unknown as { __tlKept: unknown[] }).__tlKept = [...CSS.highlights.values()];
  });
  const ticksBefore = await page.evaluate(() => document.getElementById('clock')?.textContent);
  // Long enough for several of the analyser's checks (one a second) and its re-analysis gap.
  await page.waitForTimeout(6000);
  const ticksAfter = await page.evaluate(() => document.getElementById('clock')?.textContent);
  expect(ticksAfter).not.toBe(ticksBefore);
  const same = await page.evaluate(() => {
    const kept = (window as unknown as { __tlKept: unknown[] }).__tlKept;
    const now = [...CSS.highlights.values()];
    return kept.length === now.length && kept.every((h, i) => h === now[i]);
  });
  expect(same).toBe(true);
});

test('watched terms are painted as tl-watch, counted, and repainted when the watchlist changes', async ({ context, server }) => {
  const sw = await worker(context);
  await setSettings(sw, { watchlist: ['Harbourton', 'leak site'], colors: { watch: '#123456' } });
  const page = await context.newPage();
  await page.goto(`${server.base + SPA}watch.html`);
  await expect.poll(() => highlighted(page, 'tl-watch'), { timeout: 15_000 }).toHaveLength(5);
  const texts = await highlighted(page, 'tl-watch');
  // Case-insensitive, whole words: "Harbourtonians" is not a match.
  expect(texts.sort()).toEqual(['Harbourton', 'Harbourton', 'Harbourton', 'harbourton', 'leak site']);
  await expect(page.getByTestId('tl-watch-summary')).toContainText('Watchlist: 5');
  await expect(page.getByTestId('tl-watch-summary')).toContainText('Harbourton ×4');
  // The reader's colour for watched terms is in the page's highlight styles.
  const css = await page.evaluate(() =>
    [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
  );
  expect(css).toMatch(/::highlight\(tl-watch\)[^}]*rgba\(18, 52, 86/);

  // A new watchlist from the options page repaints without a reload.
  await setSettings(sw, { watchlist: ['dockworkers'] });
  await expect.poll(() => highlighted(page, 'tl-watch'), { timeout: 10_000 }).toEqual(['Dockworkers']);
  await expect(page.getByTestId('tl-watch-summary')).toContainText('dockworkers ×1');
});
