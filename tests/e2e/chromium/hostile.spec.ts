/** Markup and script in a page's title, byline and text stay text everywhere Threatlight shows them. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PAGE = '/tests/fixtures/e2e/hostile-article.html';

/** Whether any hostile payload ran, or left an element behind, in this page (or its shadow UI). */
async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    const ui = document.querySelector('threatlight-ui')?.shadowRoot;
    if (ui) roots.push(ui);
    const injected = roots.some((r) => r.querySelector('img[src="x"], b[onmouseover], [onerror]'));
    return (window as unknown as { __tlPwned?: number }).__tlPwned ?? (injected ? 'element' : null);
  });
}

test('hostile text is shown as text in the page UI, popup and library', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(server.base + PAGE);
  await expect(page.getByTestId('tl-summary')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('tl-save-article').click();
  await expect(page.getByTestId('tl-save-article')).toHaveText(/Saved/);
  expect(await pwned(page)).toBeNull();

  const lib = await context.newPage();
  await lib.goto(`chrome-extension://${extensionId}/library.html`);
  await lib.getByTestId('tl-clipping').first().getByRole('button').click();
  const detail = lib.getByTestId('tl-clipping-detail');
  await expect(detail).toContainText('<img src=x onerror="window.__tlPwned=1">');
  await lib.getByTestId('tl-note').fill('<img src=x onerror="window.__tlPwned=5">');
  await lib.getByRole('button', { name: 'Save note and tags' }).click();
  await expect(lib.getByRole('status')).toHaveText('Note and tags saved.');
  await lib.reload();
  await lib.getByTestId('tl-clipping').first().getByRole('button').click();
  await expect(lib.getByTestId('tl-note')).toHaveValue('<img src=x onerror="window.__tlPwned=5">');
  expect(await pwned(lib)).toBeNull();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('tl-clipping')).toContainText('<img src=x');
  expect(await pwned(popup)).toBeNull();
});

test('the page markup analysed in the extension is inert: nothing in it loads or runs', async ({ context, server }) => {
  // A server of its own, to count what reaches it from any context.
  const hits: string[] = [];
  const beacon = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => beacon.listen(0, '127.0.0.1', r));
  const port = (beacon.address() as AddressInfo).port;
  // With scripting on, the page parses <noscript> as text and never asks for its image; the
  // analysis parses the markup with scripting off, where it is an element, so only a live
  // document there would fetch it (or run the handler).
  const sample = fs.readFileSync('assets/sample-article.html', 'utf8');
  const html = sample.replace(
    '</article>',
    `<noscript><img src="http://127.0.0.1:${port}/noscript.png" onerror="fetch('http://127.0.0.1:${port}/ran')"></noscript>` +
      `<template><img src="http://127.0.0.1:${port}/template.png"></template></article>`,
  );
  await context.route(`${server.base}/inert.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(`${server.base}/inert.html`);
  await expect(page.getByTestId('tl-summary')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('tl-save-article').click();
  await expect(page.getByTestId('tl-save-article')).toHaveText(/Saved/);
  await page.waitForTimeout(1000);
  beacon.close();
  expect(hits).toEqual([]);
});
