/**
 * Accessibility: axe-core on the popup, the library (empty, with data, a clipping open, charts)
 * and the options page, in light and dark: no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { seedFile } from '../library-seed.mjs';
import { expect, test } from './fixtures';

/** The serious and critical violations on the page, as readable lines. */
async function serious(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations (${scheme})`, async ({ context, server, extensionId }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    const ext = `chrome-extension://${extensionId}`;
    const found: Record<string, string[]> = {};

    await page.goto(`${ext}/popup.html`);
    await expect(page.getByTestId('tl-popup-findings')).toBeVisible();
    found['popup (no page)'] = await serious(page);

    // The popup on an analysed article, with its findings.
    const article = await context.newPage();
    await article.goto(`${server.base}/assets/sample-article.html`);
    await expect(article.getByTestId('tl-summary')).toBeVisible({ timeout: 15_000 });
    const tabId = await page.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome;
      return (await c.tabs.query({})).find((t) => t.url === url)?.id;
    }, `${server.base}/assets/sample-article.html`);
    await page.goto(`${ext}/popup.html?tab=${tabId}`);
    await expect(page.getByTestId('tl-popup-findings')).toContainText('Security news');
    found['popup (findings)'] = await serious(page);

    await page.goto(`${ext}/options.html`);
    await expect(page.getByTestId('tl-watchlist')).toBeVisible();
    found.options = await serious(page);

    await page.goto(`${ext}/library.html`);
    await expect(page.getByTestId('tl-empty')).toBeVisible();
    found['library (empty)'] = await serious(page);

    await page.getByTestId('tl-import').setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer: seedFile() });
    await expect(page.getByTestId('tl-result-count')).toHaveText('12 clippings');
    await page.getByTestId('tl-search').fill('ransomware');
    await page.getByTestId('tl-clipping').first().getByRole('button').click();
    await expect(page.getByTestId('tl-clipping-detail')).toBeVisible();
    found['library (results, clipping open)'] = await serious(page);

    await page.getByTestId('tl-show-charts').click();
    await expect(page.getByTestId('tl-chart-timeline')).toBeVisible();
    found['library (charts)'] = await serious(page);

    expect(found).toEqual({ 'popup (no page)': [], 'popup (findings)': [], options: [], 'library (empty)': [], 'library (results, clipping open)': [], 'library (charts)': [] });
  });
}
