/** The library page: export in every format, import that refuses a bad file and merges a good one. */
import fs from 'node:fs';
import { expect, test } from './fixtures';

test('exports the library and imports safely', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.base}/assets/sample-article.html`);
  await page.getByTestId('tl-save-article').click({ timeout: 20_000 });
  await expect(page.getByTestId('tl-save-article')).toHaveText(/Saved/);

  const lib = await context.newPage();
  await lib.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(lib.getByTestId('tl-clipping')).toHaveCount(1);

  const download = async (testId: string): Promise<{ name: string; body: Buffer }> => {
    const [d] = await Promise.all([lib.waitForEvent('download'), lib.getByTestId(testId).click()]);
    const file = await d.path();
    return { name: d.suggestedFilename(), body: fs.readFileSync(file) };
  };
  const stix = await download('tl-export-stix');
  expect(stix.name).toMatch(/^threatlight-stix-\d{4}-\d\d-\d\d\.json$/);
  const bundle = JSON.parse(stix.body.toString('utf8')) as { type: string; objects: { type: string; name?: string }[] };
  expect(bundle.type).toBe('bundle');
  expect(bundle.objects.filter((o) => o.type === 'report')).toHaveLength(1);
  expect(bundle.objects.some((o) => o.type === 'vulnerability' && o.name === 'CVE-2025-21298')).toBe(true);
  const csv = await download('tl-export-csv');
  expect(csv.body.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip of the two CSV files
  const md = await download('tl-export-md');
  expect(md.body.subarray(0, 2).toString('latin1')).toBe('PK');
  const anno = JSON.parse((await download('tl-export-annotations')).body.toString('utf8')) as object;
  expect(JSON.stringify(anno)).toContain('TextQuoteSelector');
  const json = await download('tl-export-json');

  // A broken file: a clear message, and the library is unchanged.
  await lib.getByTestId('tl-import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "threatlight-library", "version": 1, "clippings": [{"id": 3}') });
  await expect(lib.getByTestId('tl-import-error')).toContainText('broken.json');
  await expect(lib.getByTestId('tl-clipping')).toHaveCount(1);

  // Its own export: merged by id, not doubled.
  await lib.getByTestId('tl-import').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: json.body });
  await expect(lib.getByRole('status')).toContainText('0 added');
  await expect(lib.getByTestId('tl-clipping')).toHaveCount(1);
  await expect(lib.getByTestId('tl-import-error')).toHaveCount(0);
});
