/** The selection's Clip button stays on screen when the selection runs past the viewport's edge. */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const VIEWPORT = { width: 1000, height: 600 };

/** The sample article with its paragraphs four times over: several screens long. */
function longArticle(): string {
  const html = fs.readFileSync('assets/sample-article.html', 'utf8');
  const start = html.indexOf('<p>MI5');
  const end = html.indexOf('</article>');
  const paragraphs = html.slice(start, end);
  return html.slice(0, start) + paragraphs.repeat(4) + html.slice(end);
}

/** Opens the long article and waits for the analyser. */
async function openLongArticle(page: Page, base: string): Promise<void> {
  await page.route(`${base}/long-article.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: longArticle() }));
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${base}/long-article.html`);
  await expect(page.getByTestId('tl-summary')).toBeVisible({ timeout: 15_000 });
}

/** Scrolls the page so that the top of the article's paragraph `index` is `offset` px below the viewport's top. */
async function scrollTo(page: Page, index: number, offset: number): Promise<void> {
  await page.evaluate(
    ([i, dy]) => {
      const p = document.querySelectorAll('article > p:not(.byline)')[i];
      if (!p) throw new Error('no such paragraph');
      window.scrollBy(0, p.getBoundingClientRect().top - dy);
    },
    [index, offset] as const,
  );
}

/** Selects the article's paragraphs `first` to `last`; resolves with the selection's box in the viewport. */
function select(page: Page, first: number, last: number): Promise<{ top: number; bottom: number }> {
  return page.evaluate(
    ([a, b]) => {
      const ps = document.querySelectorAll('article > p:not(.byline)');
      const [from, to] = [ps[a], ps[b]];
      if (!from || !to) throw new Error('no such paragraph');
      const r = document.createRange();
      r.setStart(from, 0);
      r.setEnd(to, to.childNodes.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
      const box = r.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    },
    [first, last] as const,
  );
}

/** Asserts the Clip button is wholly inside the viewport, then clips with it. */
async function clipFromOnScreenButton(page: Page): Promise<void> {
  const button = page.getByTestId('tl-clip-selection');
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
  await button.click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('tl-saved'))).toBe(true);
}

test('the Clip button is on screen and clips when the selection starts above the viewport', async ({ context, server }) => {
  const page = await context.newPage();
  await openLongArticle(page, server.base);
  await scrollTo(page, 6, -400);
  const sel = await select(page, 6, 11);
  expect(sel.top).toBeLessThan(0);
  expect(sel.bottom).toBeGreaterThan(0);
  await clipFromOnScreenButton(page);
});

test('the Clip button is on screen and clips when the selection starts below the viewport', async ({ context, server }) => {
  const page = await context.newPage();
  await openLongArticle(page, server.base);
  await scrollTo(page, 6, 0);
  const sel = await select(page, 14, 16);
  expect(sel.top).toBeGreaterThan(VIEWPORT.height);
  await clipFromOnScreenButton(page);
});
