import { chromium } from '@playwright/test';
import fs from 'node:fs';
import { chromiumPath } from '../tests/e2e/browsers.mjs';
const files = Object.fromEntries(process.argv.slice(2).map((f, i) => [`${i}:${f.split('/').pop()}`, f]));
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
const out = {};
for (let round = 0; round < 8; round++) for (const [k, f] of Object.entries(files)) {
  const page = await browser.newPage();
  await page.setContent('<p>x</p>');
  const src = fs.readFileSync(f, 'utf8');
  const ms = await page.evaluate((src) => {
    window.chrome = { runtime: { id: 'abc', onMessage: { addListener() {} }, getURL: (x) => x, sendMessage() { return new Promise(() => {}); } }, storage: { local: { get() { return new Promise(() => {}); }, set() {} }, onChanged: { addListener() {} } } };
    const s = document.createElement('script'); s.textContent = src;
    const t0 = performance.now(); try { document.head.appendChild(s); } catch {} return performance.now() - t0;
  }, src);
  (out[k] ??= []).push(Math.round(ms * 10) / 10);
  await page.close();
}
for (const [k, v] of Object.entries(out)) { const s = [...v].sort((a, b) => a - b); console.log(k, 'median', s[s.length >> 1], JSON.stringify(v)); }
await browser.close();
