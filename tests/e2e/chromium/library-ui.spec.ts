/**
 * The library page with a seeded library: search with marked matches, facets with counts, sort,
 * dates, edit of note, tags and TLP, delete and bulk delete with undo, charts, virtual scrolling.
 */
import type { Page } from '@playwright/test';
import { seedClippings, seedFile } from '../library-seed.mjs';
import { expect, test } from './fixtures';

async function seededLibrary(page: Page, extensionId: string, file = seedFile()): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.getByTestId('tl-empty')).toBeVisible();
  await page.getByTestId('tl-import').setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer: file });
  await expect(page.getByRole('status').filter({ hasText: 'Imported seed.json' })).toBeVisible({ timeout: 30_000 });
}

const rows = (page: Page) => page.getByTestId('tl-clipping');
const facetValue = (page: Page, facet: string, value: string) => page.getByTestId(`tl-facet-${facet}`).locator('label').filter({ hasText: value });

test('search marks matches; facets count, combine and clear; sort and dates reorder and narrow', async ({ context, extensionId }) => {
  const lib = await context.newPage();
  await seededLibrary(lib, extensionId);
  await expect(lib.getByTestId('tl-result-count')).toHaveText('12 clippings');
  await expect(rows(lib).first()).toContainText('Interpol operation across Africa');

  await lib.getByTestId('tl-search').fill('lockbit');
  await expect(rows(lib)).toHaveCount(2);
  await expect(rows(lib).first().locator('mark.tl-match')).toHaveText('LockBit');
  await expect(lib.getByTestId('tl-result-count')).toHaveText('2 of 12 clippings');
  await lib.getByTestId('tl-search').fill('');
  await expect(rows(lib)).toHaveCount(12);

  // Agency MI5: two results. Its own facet still offers the other agencies with their counts.
  await expect(facetValue(lib, 'agency', 'MI5')).toContainText('2');
  await facetValue(lib, 'agency', 'MI5').getByRole('checkbox').check();
  await expect(rows(lib)).toHaveCount(2);
  await expect(facetValue(lib, 'agency', 'FBI')).toContainText('2');
  await expect(lib.getByTestId('tl-facet-actor').locator('label')).toHaveText([/APT28\s*1/]);
  // A second agency widens; an actor narrows.
  await facetValue(lib, 'agency', 'FBI').getByRole('checkbox').check();
  await expect(rows(lib)).toHaveCount(4);
  await facetValue(lib, 'actor', 'LockBit').getByRole('checkbox').check();
  await expect(rows(lib)).toHaveCount(1);
  await expect(rows(lib)).toContainText('LockBit returns with new leak site');
  await lib.getByTestId('tl-clear-filters').click();
  await expect(rows(lib)).toHaveCount(12);

  await lib.getByTestId('tl-sort').selectOption('threat');
  await expect(rows(lib).first()).toContainText('Threat level raised to critical');
  await expect(rows(lib).nth(1)).toContainText('Ransomware crew hits regional hospitals');
  await lib.getByTestId('tl-sort').selectOption('oldest');
  await expect(rows(lib).first()).toContainText('Ransomware crew hits regional hospitals');

  await lib.getByTestId('tl-facet-date').getByLabel('From').fill('2026-08-01');
  await expect(lib.getByTestId('tl-result-count')).toHaveText('3 of 12 clippings');
  await facetValue(lib, 'tlp', 'none').getByRole('checkbox').check();
  await expect(rows(lib)).toHaveCount(3);
  await facetValue(lib, 'site', 'policy.example').getByRole('checkbox').check();
  await expect(rows(lib)).toHaveCount(1);
  await expect(rows(lib)).toContainText('Interpol operation');
});

test('edits note, tags and TLP; deletes one or many with undo; paints entities in the detail', async ({ context, extensionId }) => {
  const lib = await context.newPage();
  await seededLibrary(lib, extensionId);
  await lib.getByTestId('tl-search').fill('volt');
  await rows(lib).first().getByRole('button').click();
  const detail = lib.getByTestId('tl-clipping-detail');
  await expect(detail.locator('mark[data-tl-type="agency"]')).toHaveText(['FBI', 'CISA']);
  await expect(detail.locator('mark[data-tl-type="threat-actor"]')).toHaveText('Volt Typhoon');
  await expect(detail.locator('.text mark.tl-match')).toHaveText('Volt');

  await lib.getByTestId('tl-note').fill('Brief the water sector');
  await lib.getByTestId('tl-tags').fill('water, us, water');
  await lib.getByTestId('tl-save-note').click();
  await expect(lib.getByRole('status').filter({ hasText: 'Note and tags saved.' })).toBeVisible();
  await lib.getByTestId('tl-tlp').selectOption('red');
  await expect(lib.getByRole('status').filter({ hasText: 'Marked TLP:RED.' })).toBeVisible();
  await expect(rows(lib).first()).toContainText('TLP:RED');

  await lib.reload();
  await lib.getByTestId('tl-search').fill('brief water');
  await expect(rows(lib)).toHaveCount(1);
  await rows(lib).first().getByRole('button').click();
  await expect(lib.getByTestId('tl-note')).toHaveValue('Brief the water sector');
  await expect(lib.getByTestId('tl-tags')).toHaveValue('water, us');
  await expect(lib.getByTestId('tl-tlp')).toHaveValue('red');
  await expect(facetValue(lib, 'tag', 'water')).toContainText('1');

  await lib.getByTestId('tl-delete').click();
  await expect(rows(lib)).toHaveCount(0);
  await lib.getByTestId('tl-search').fill('');
  await expect(rows(lib)).toHaveCount(11);
  await lib.getByTestId('tl-undo').click();
  await expect(rows(lib)).toHaveCount(12);
  await expect(lib.getByTestId('tl-note')).toHaveValue('Brief the water sector');

  // Bulk: three chosen, deleted together, restored together.
  for (const i of [0, 1, 2]) await rows(lib).nth(i).getByTestId('tl-select').check();
  await expect(lib.getByTestId('tl-bulk')).toContainText('3 selected');
  await expect(lib.getByTestId('tl-export-json')).toBeEnabled();
  await lib.getByTestId('tl-delete-selected').click();
  await expect(rows(lib)).toHaveCount(9);
  await expect(lib.getByRole('status').filter({ hasText: 'Deleted 3 clippings.' })).toBeVisible();
  await lib.getByTestId('tl-undo').click();
  await expect(rows(lib)).toHaveCount(12);
  // Select all picks what the filters leave.
  await facetValue(lib, 'site', 'food.example').getByRole('checkbox').check();
  await lib.getByTestId('tl-select-all').check();
  await expect(lib.getByTestId('tl-bulk')).toContainText('1 selected');
});

test('charts show the results, and a bar filters by its value', async ({ context, extensionId }) => {
  const lib = await context.newPage();
  await seededLibrary(lib, extensionId);
  await lib.getByTestId('tl-show-charts').click();
  const timeline = lib.getByTestId('tl-chart-timeline');
  await expect(timeline).toContainText('12 clippings from 2026-06 to 2026-08');
  await expect(timeline.locator('rect')).toHaveCount(3);
  await expect(lib.getByTestId('tl-chart-threat-levels').locator('svg')).toHaveAttribute('aria-label', /critical 1, none 8/);
  const agencies = lib.getByTestId('tl-chart-agencies');
  await expect(agencies.locator('svg')).toHaveAttribute('aria-label', /CISA 2, FBI 2, MI5 2, NCSC 2, Europol 1, Interpol 1/);
  await expect(lib.getByTestId('tl-chart-actors').locator('svg')).toHaveAttribute('aria-label', /APT28 2, LockBit 2, Sandworm 1, Volt Typhoon 1/);
  await agencies.locator('g.bar').filter({ hasText: 'Europol' }).click();
  await expect(agencies.locator('svg')).toHaveAttribute('aria-label', /^Top agencies \(clippings mentioning each\): Europol 1$/);
  await expect(facetValue(lib, 'agency', 'Europol').getByRole('checkbox')).toBeChecked();
});

test('a long library renders only the rows in view and scrolls to the end', async ({ context, extensionId }) => {
  const base = seedClippings() as { id: string; createdAt: number }[];
  const many = Array.from({ length: 3000 }, (_, i) => {
    const c = base[i % base.length];
    return { ...c, id: `bulk-${i}`, createdAt: (c?.createdAt ?? 0) - i * 60_000, updatedAt: (c?.createdAt ?? 0) - i * 60_000 };
  });
  const file = Buffer.from(JSON.stringify({ format: 'threatlight-library', version: 1, exportedAt: '2026-09-01T00:00:00Z', clippings: many }));
  const lib = await context.newPage();
  await seededLibrary(lib, extensionId, file);
  await expect(lib.getByTestId('tl-result-count')).toHaveText('3000 clippings');
  const drawn = await rows(lib).count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(80);
  // Keyboard: End jumps to the last row and opens it.
  await rows(lib).first().getByRole('button').click();
  await lib.keyboard.press('End');
  await expect(lib.getByTestId('tl-clipping-detail')).toBeVisible();
  const last = lib.locator('li[aria-posinset="3000"]');
  await expect(last).toBeVisible();
  await expect(last.getByTestId('tl-clipping')).toHaveClass(/selected/);
  expect(await rows(lib).count()).toBeLessThan(80);
});

test('an open library shows a clipping saved from a page at once, with its facets', async ({ context, server, extensionId }) => {
  const lib = await context.newPage();
  await seededLibrary(lib, extensionId);
  await expect(lib.getByTestId('tl-result-count')).toHaveText('12 clippings');
  const page = await context.newPage();
  await page.goto(`${server.base}/assets/sample-article.html`);
  await page.getByTestId('tl-save-article').click({ timeout: 20_000 });
  await expect(page.getByTestId('tl-save-article')).toHaveText(/Saved/);
  // The background wrote it; the library page hears of the one new card and reads just that.
  await expect(lib.getByTestId('tl-result-count')).toHaveText('13 clippings');
  const agencies = lib.getByTestId('tl-facet-agency');
  await agencies.getByRole('button', { name: /Show all/ }).click();
  await expect(facetValue(lib, 'agency', 'MI5 (Security Service)')).toContainText('1');
});
