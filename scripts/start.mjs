// `npm start`: build the extension, then open the bundled sample article in Chromium with it.
// With a display: a headed browser you can use. Without one: headless, and the result is
// written to demo-output/ (a screenshot, the page's findings and the saved clipping).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/e2e/browsers.mjs';
import { serve } from '../tests/e2e/serve.mjs';

const ext = path.resolve('.output/chrome-mv3');
const out = path.resolve('demo-output');
const exe = chromiumPath();
if (!exe || !fs.existsSync(exe)) {
  console.error('Chromium is needed: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
  process.exit(1);
}
console.log('Building the extension…');
execSync('npx wxt build', { stdio: 'inherit' });

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.HEADLESS;
const server = await serve('.');
const sample = `${server.base}/assets/sample-article.html`;
const context = await chromium.launchPersistentContext(headed ? path.resolve('.output/demo-profile') : '', {
  executablePath: exe,
  headless: !headed,
  viewport: { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', '--disable-background-networking'],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(sample);

if (headed) {
  console.log(`Opened ${sample} with Threatlight loaded. Close the browser window to stop.`);
  await new Promise((resolve) => context.on('close', resolve));
  await server.close();
  process.exit(0);
}

try {
  await page.getByTestId('tl-summary').waitFor({ timeout: 20_000 });
  const [sw] = context.serviceWorkers().length ? context.serviceWorkers() : [await context.waitForEvent('serviceworker')];
  const extensionId = new URL(sw.url()).host;
  // Hover the first agency so the screenshot shows a hover card too.
  const box = await page.evaluate(() => {
    // Entity ranges are static (they cannot measure themselves): a live Range with their boundaries can.
    const s = [...(CSS.highlights.get('tl-agency') ?? [])][0];
    const r = s ? new Range() : null;
    r?.setStart(s.startContainer, s.startOffset);
    r?.setEnd(s.endContainer, s.endOffset);
    const b = r?.getBoundingClientRect();
    return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
  });
  if (box) {
    await page.mouse.move(box.x, box.y);
    await page.getByTestId('tl-hovercard').waitFor({ timeout: 5000 }).catch(() => {});
  }
  fs.mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, 'sample-article.png') });
  const highlights = await page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights].map(([name, h]) => [
        name,
        [...h].map((s) => {
          const r = new Range();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          return r.toString();
        }),
      ]),
    ),
  );
  await page.getByTestId('tl-save-article').click();
  await page.getByText('Saved ✓').waitFor({ timeout: 10_000 });
  const lib = await context.newPage();
  await lib.goto(`chrome-extension://${extensionId}/library.html`);
  await lib.getByTestId('tl-clipping').first().waitFor();
  const clippings = await lib.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('threatlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('clippings').objectStore('clippings').getAll();
          req.onsuccess = () => resolve(req.result.map(({ words: _w, entityIds: _e, topics: _t, ...c }) => c));
          req.onerror = () => reject(req.error);
        };
      }),
  );
  await lib.screenshot({ path: path.join(out, 'library.png') });
  fs.writeFileSync(path.join(out, 'highlights.json'), JSON.stringify(highlights, null, 2));
  fs.writeFileSync(path.join(out, 'library-export.json'), JSON.stringify(clippings, null, 2));
  console.log(`No display, so Chromium ran headless. Wrote to ${out}/:
  sample-article.png   the sample article with Threatlight's highlights, summary panel and a hover card
  highlights.json      every painted highlight by type (tl-<type> → texts)
  library.png          the library page after saving the article
  library-export.json  the saved clipping, as stored in the library`);
} finally {
  await context.close();
  await server.close();
}
