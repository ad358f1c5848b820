// Bundles the command line (cli/main.ts + lib/) into one ES module that Node 20 runs directly,
// because Node 20 cannot import TypeScript. Used by the bin (when the bundle is missing or older
// than a source file) and by `npm run build:cli`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (the folder holding cli/ and lib/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the bundle is written. */
export const BUNDLE = path.join(ROOT, '.output', 'cli', 'threatlight.mjs');
const SOURCES = ['lib', 'cli'];

function newestSource(dir, newest = 0) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return newest;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = newestSource(p, newest);
    else if (/\.(?:[cm]?[jt]s|json)$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether the bundle is missing or older than any source file under lib/ or cli/. */
export function isStale() {
  let built;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((d) => newestSource(path.join(ROOT, d)) > built);
}

/** Builds the bundle with esbuild; writes to a temporary file first so concurrent runs never see half a file. */
export async function buildCli() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is not installed (it is a devDependency): run `npm install` in the project, then try again');
  }
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'cli', 'main.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    // Some bundled dependencies are CommonJS and call require() for Node built-ins.
    banner: { js: "import { createRequire as __tlCreateRequire } from 'node:module'; const require = __tlCreateRequire(import.meta.url);" },
  });
  fs.renameSync(tmp, BUNDLE);
  return BUNDLE;
}
