/** The options page: a bad watchlist line is refused with its name; good settings are stored and survive a reload. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const stored = (page: Page) =>
  page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await c.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
  });

test('watchlist, colours, types, gate sensitivity and sites are validated, saved and shown again', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const watch = page.getByTestId('tl-watchlist');
  await watch.fill('Volt Typhoon\nx\nOperation Glass');
  await watch.blur();
  await expect(page.getByTestId('tl-watchlist-error')).toContainText('“x” is not a term');
  expect((await stored(page))?.watchlist ?? []).toEqual([]);

  await watch.fill('Volt Typhoon\n  Operation Glass  \nVolt Typhoon');
  await watch.blur();
  await expect(page.getByTestId('tl-watchlist-error')).toHaveCount(0);
  await expect(page.getByTestId('tl-options-status')).toHaveText('Saved.');
  expect((await stored(page))?.watchlist).toEqual(['Volt Typhoon', 'Operation Glass']);

  await page.getByTestId('tl-color-agency').fill('#123456');
  await page.getByTestId('tl-show-person').uncheck();
  await page.getByTestId('tl-gate-sensitivity').getByLabel(/Lenient/).check();
  await page.getByTestId('tl-disabled-sites').fill('example.org\nnews.example');
  await page.getByTestId('tl-disabled-sites').blur();
  await expect.poll(async () => (await stored(page))?.disabledSites).toEqual(['example.org', 'news.example']);
  expect(await stored(page)).toMatchObject({ colors: { agency: '#123456' }, hiddenTypes: ['person'], gateSensitivity: 'lenient' });

  await page.reload();
  await expect(page.getByTestId('tl-watchlist')).toHaveValue('Volt Typhoon\nOperation Glass');
  await expect(page.getByTestId('tl-color-agency')).toHaveValue('#123456');
  await expect(page.getByTestId('tl-show-person')).not.toBeChecked();
  await expect(page.getByTestId('tl-gate-sensitivity').getByLabel(/Lenient/)).toBeChecked();
});
