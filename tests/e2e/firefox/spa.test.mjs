// Firefox: single-page apps, late content, a page that never stops mutating, and the watchlist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ff, openExtensionPage, useFirefox, waitForUi } from './harness.mjs';

useFirefox();

const SPA = '/tests/fixtures/spa/';

/**
 * The text of every range of one highlight (the ranges are static, which have no text of their
 * own: a live Range with the same boundaries gives it).
 */
const highlighted = (page, name) =>
  page.evaluate((n) => {
    const live = (r) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
    return [...(CSS.highlights.get(n) ?? [])].map((r) => live(r).toString());
  }, name);

/** Waits until the highlight `name` has a range whose text is `text`. */
const waitForRange = (page, name, text, timeout = 20_000) =>
  page.waitForFunction(
    (n, t) => {
      const live = (r) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
      return [...(CSS.highlights.get(n) ?? [])].some((r) => live(r).toString() === t);
    },
    { timeout },
    name,
    text,
  );

test('a client-side navigation to a new article re-analyses and repaints it', async () => {
  const page = await ff.browser.newPage();
  await page.goto(`${ff.server.base}${SPA}app.html`);
  await waitForRange(page, 'tl-agency', 'MI5');
  await page.evaluate(() => window.go('b'));
  await waitForRange(page, 'tl-agency', 'National Cyber Security Centre');
  assert.ok(!(await highlighted(page, 'tl-agency')).includes('MI5'));
  await page.evaluate(() => history.back());
  await waitForRange(page, 'tl-agency', 'MI5');
  await page.close();
});

test('an article injected after load, and text appended later, are picked up', async () => {
  const page = await ff.browser.newPage();
  await page.goto(`${ff.server.base}${SPA}late.html`);
  await waitForRange(page, 'tl-agency', 'Europol');
  assert.ok(!(await highlighted(page, 'tl-agency')).includes('GCHQ'));
  await page.evaluate(() => window.loadMore());
  await waitForRange(page, 'tl-agency', 'GCHQ');
  await page.close();
});

test('a page that mutates all the time is analysed once, not on every tick', async () => {
  const page = await ff.browser.newPage();
  await page.goto(`${ff.server.base}${SPA}ticking.html`);
  await waitForRange(page, 'tl-agency', 'MI5');
  await page.evaluate(() => {
    window.__tlKept = [...CSS.highlights.values()];
  });
  await new Promise((r) => setTimeout(r, 6000));
  const same = await page.evaluate(() => {
    const now = [...CSS.highlights.values()];
    return window.__tlKept.length === now.length && window.__tlKept.every((h, i) => h === now[i]);
  });
  assert.equal(same, true);
  await page.close();
});

test('watched terms are painted as tl-watch and counted', async () => {
  const options = await openExtensionPage('options.html');
  await options.waitForFunction(() => typeof browser !== 'undefined' && browser.storage, { timeout: 10_000 });
  await options.evaluate(() => browser.storage.local.set({ settings: { watchlist: ['Harbourton', 'leak site'] } }));
  const page = await ff.browser.newPage();
  await page.goto(`${ff.server.base}${SPA}watch.html`);
  await page.waitForFunction(() => (CSS.highlights.get('tl-watch')?.size ?? 0) === 5, { timeout: 20_000 });
  const texts = (await highlighted(page, 'tl-watch')).sort();
  assert.deepEqual(texts, ['Harbourton', 'Harbourton', 'Harbourton', 'harbourton', 'leak site']);
  assert.match(await waitForUi(page, 'tl-watch-summary'), /Watchlist: 5/);
  await options.evaluate(() => browser.storage.local.set({ settings: {} }));
  await options.close();
  await page.close();
});
