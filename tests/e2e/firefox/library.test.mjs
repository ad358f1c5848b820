// Firefox: the library page with a seeded library — search, facets, edit, delete and undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedFile } from '../library-seed.mjs';
import { openExtensionPage, useFirefox } from './harness.mjs';

useFirefox();

const count = (page) => page.$$eval('[data-testid="tl-clipping"]', (els) => els.length);
const waitCount = (page, n) => page.waitForFunction((k) => document.querySelectorAll('[data-testid="tl-clipping"]').length === k, { timeout: 10_000 }, n);
/** Clicks the checkbox of `value` in a facet. */
const pick = (page, facet, value) =>
  page.evaluate(
    (f, v) => [...document.querySelectorAll(`[data-testid="tl-facet-${f}"] label`)].find((l) => l.querySelector('.facet-value')?.textContent === v)?.querySelector('input')?.click(),
    facet,
    value,
  );

test('search, facets, edit, delete and undo on a seeded library', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tl-ff-')), 'seed.json');
  fs.writeFileSync(file, seedFile());
  const lib = await openExtensionPage('library.html');
  await lib.waitForSelector('[data-testid="tl-empty"]', { timeout: 10_000 });
  const input = await lib.waitForSelector('[data-testid="tl-import"]');
  await input.uploadFile(file);
  await waitCount(lib, 12);

  // Search marks the match in the title.
  const search = await lib.waitForSelector('[data-testid="tl-search"]');
  await search.type('lockbit');
  await waitCount(lib, 2);
  assert.equal(await lib.$eval('[data-testid="tl-clipping"] mark.tl-match', (m) => m.textContent), 'LockBit');
  await search.click({ count: 3 });
  await lib.keyboard.press('Backspace');
  await waitCount(lib, 12);

  // Facets: MI5 narrows to two, with counts; clearing brings all back.
  const mi5 = await lib.$$eval('[data-testid="tl-facet-agency"] label', (ls) => ls.map((l) => l.textContent.replace(/\s+/g, ' ').trim()));
  assert.ok(mi5.includes('MI5 2'), `agency facet: ${mi5}`);
  await pick(lib, 'agency', 'MI5');
  await waitCount(lib, 2);
  await pick(lib, 'actor', 'APT28');
  await waitCount(lib, 1);
  await lib.click('[data-testid="tl-clear-filters"]');
  await waitCount(lib, 12);

  // Edit note, tags and TLP of one clipping; they survive a reload.
  await search.type('volt');
  await waitCount(lib, 1);
  await lib.click('[data-testid="tl-clipping"] .clipping-open');
  await lib.waitForSelector('[data-testid="tl-clipping-detail"]');
  await lib.type('[data-testid="tl-note"]', 'Brief the water sector');
  await lib.click('[data-testid="tl-tags"]', { count: 3 });
  await lib.type('[data-testid="tl-tags"]', 'water');
  await lib.click('[data-testid="tl-save-note"]');
  await lib.waitForFunction(() => document.body.textContent.includes('Note and tags saved.'), { timeout: 10_000 });
  await lib.select('[data-testid="tl-tlp"]', 'red');
  await lib.waitForFunction(() => document.body.textContent.includes('Marked TLP:RED.'), { timeout: 10_000 });
  await lib.reload({ timeout: 5000 }).catch(() => {});
  const search2 = await lib.waitForSelector('[data-testid="tl-search"]', { timeout: 10_000 });
  await search2.type('brief water');
  await waitCount(lib, 1);
  await lib.click('[data-testid="tl-clipping"] .clipping-open');
  await lib.waitForSelector('[data-testid="tl-clipping-detail"]');
  assert.equal(await lib.$eval('[data-testid="tl-note"]', (e) => e.value), 'Brief the water sector');
  assert.equal(await lib.$eval('[data-testid="tl-tags"]', (e) => e.value), 'water');
  assert.equal(await lib.$eval('[data-testid="tl-tlp"]', (e) => e.value), 'red');

  // Delete, then undo.
  await lib.click('[data-testid="tl-delete"]');
  await waitCount(lib, 0);
  await lib.click('[data-testid="tl-undo"]');
  await waitCount(lib, 1);
  assert.equal(await count(lib), 1);
  await lib.close();
});
