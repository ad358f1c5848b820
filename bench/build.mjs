// Bundles the bench's TypeScript with esbuild: the Node half as an ES module to import, the
// in-page half as one minified script (like the shipped extension) to evaluate in Chromium.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Builds both halves into a fresh temporary folder; resolves with the Node module and the page script. */
export async function buildBench(root) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-bench-'));
  const common = { bundle: true, logLevel: 'error', absWorkingDir: root, legalComments: 'none' };
  await build({ ...common, entryPoints: ['bench/node-entry.ts'], outfile: path.join(out, 'node.mjs'), format: 'esm', platform: 'node', target: 'node20' });
  await build({ ...common, entryPoints: ['bench/browser-entry.ts'], outfile: path.join(out, 'page.js'), format: 'iife', platform: 'browser', target: 'chrome120', minify: true });
  const node = await import(pathToFileURL(path.join(out, 'node.mjs')).href);
  const pageScript = fs.readFileSync(path.join(out, 'page.js'), 'utf8');
  fs.rmSync(out, { recursive: true, force: true });
  return { node, pageScript };
}
