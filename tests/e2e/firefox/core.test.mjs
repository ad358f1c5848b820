// Firefox: highlights, summary, save, clip, revisit, search, popup and options on the sample article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickUi, ff, openExtensionPage, useFirefox, waitForUi } from './harness.mjs';
import { highlightCentre } from '../page-scripts.mjs';

useFirefox();

test('paints highlights and shows the summary on the sample article', async () => {
  const page = await ff.browser.newPage();
  await page.goto(`${ff.server.base}/assets/sample-article.html`);
  const summary = await waitForUi(page, 'tl-summary');
  const names = await page.evaluate(() => [...CSS.highlights.keys()]);
  assert.ok(names.includes('tl-agency'), `highlights: ${names}`);
  assert.ok(names.includes('tl-statistic'), `highlights: ${names}`);
  // Entities are painted with static ranges, which do not slow the page's later DOM changes.
  assert.ok(await page.evaluate(() => [...CSS.highlights.get('tl-agency')].every((r) => r instanceof StaticRange)));
  assert.match(summary, /Security news/);
  await page.close();
});

test('explains an entity on hover with the facts the background analysis sent', async () => {
  const page = await ff.browser.newPage();
  await page.goto(`${ff.server.base}/assets/sample-article.html`);
  await waitForUi(page, 'tl-summary');
  const box = await page.evaluate(highlightCentre, 'tl-agency');
  await page.mouse.move(box.x, box.y);
  const card = await waitForUi(page, 'tl-hovercard', 5000);
  assert.match(card, /MI5 \(Security Service\)/);
  assert.match(card, /domestic counter-intelligence and security agency/);
  await page.close();
});

test('saves the article and the library lists it', async () => {
  const page = await ff.browser.newPage();
  await page.goto(`${ff.server.base}/assets/sample-article.html`);
  await waitForUi(page, 'tl-save-article');
  await clickUi(page, 'tl-save-article');
  await page.waitForFunction(
    () => document.querySelector('threatlight-ui')?.shadowRoot?.querySelector('[data-testid="tl-save-article"]')?.textContent?.includes('Saved'),
    { timeout: 10_000 },
  );
  const lib = await openExtensionPage('library.html');
  await lib.waitForSelector('[data-testid="tl-clipping"]', { timeout: 10_000 });
  const titles = await lib.$$eval('[data-testid="tl-clipping"]', (els) => els.map((e) => e.textContent));
  assert.equal(titles.length, 1);
  assert.match(titles[0], /terror threat/);
  await lib.close();
  await page.close();
});

test('clips a passage, finds it again on revisit, and searches the library', async () => {
  const page = await ff.browser.newPage();
  await page.goto(`${ff.server.base}/assets/sample-article.html`);
  await waitForUi(page, 'tl-summary');
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('article p')].find((x) => x.textContent.trim().startsWith('The Home Office'));
    p.scrollIntoView({ block: 'center' }); // the Clip button is placed where the reader sees the selection
    const r = document.createRange();
    r.selectNodeContents(p);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  });
  await waitForUi(page, 'tl-clip-selection', 5000);
  await clickUi(page, 'tl-clip-selection');
  await page.waitForFunction(() => CSS.highlights.has('tl-saved'), { timeout: 10_000 });
  // Revisit: the passage is found again and painted as saved.
  await page.reload();
  await page.waitForFunction(() => [...(CSS.highlights.get('tl-saved') ?? [])].some((r) => r.toString().startsWith('The Home Office')), { timeout: 20_000 });
  await page.close();
  const lib = await openExtensionPage('library.html');
  const search = await lib.waitForSelector('[data-testid="tl-search"]', { timeout: 10_000 });
  await search.type('prevent referrals');
  await lib.waitForFunction(() => {
    const items = [...document.querySelectorAll('[data-testid="tl-clipping"]')];
    return items.length >= 1 && items.every((e) => e.textContent.includes('passage') || e.textContent.includes('article'));
  }, { timeout: 10_000 });
  const kinds = await lib.$$eval('[data-testid="tl-clipping"]', (els) => els.map((e) => e.textContent));
  assert.ok(kinds.some((t) => t.includes('passage')), `library after search: ${kinds}`);
  await search.click({ count: 3 });
  await search.type('vigipirate');
  await lib.waitForFunction(() => document.querySelectorAll('[data-testid="tl-clipping"]').length === 0, { timeout: 10_000 });
  await lib.close();
});

test('popup and options pages render', async () => {
  const popup = await openExtensionPage('popup.html');
  await popup.waitForSelector('[data-testid="tl-open-library"]', { timeout: 10_000 });
  await popup.close();
  const options = await openExtensionPage('options.html');
  const h1 = await options.waitForSelector('h1', { timeout: 10_000 });
  assert.equal(await h1.evaluate((e) => e.textContent), 'Threatlight options');
  await options.close();
});
