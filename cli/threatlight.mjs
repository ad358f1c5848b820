#!/usr/bin/env node
// The `threatlight` command. Node 20 cannot run the TypeScript sources, so they are bundled into
// .output/cli/threatlight.mjs first (again whenever a file in lib/ or cli/ is newer than it).
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BUNDLE, buildCli, isStale } from './build.mjs';

let usable = true;
if (isStale()) {
  try {
    await buildCli();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    // An older bundle still works (e.g. an install where .output/ is read-only); no bundle does not.
    usable = fs.existsSync(BUNDLE);
    process.stderr.write(`threatlight: could not ${usable ? 'rebuild' : 'build'} the command line: ${why}\n`);
    if (!usable) process.exitCode = 1;
  }
}
if (usable) {
  const url = pathToFileURL(BUNDLE);
  const { main } = await import(url.href);
  process.exitCode = await main(process.argv.slice(2), { moduleUrl: url });
}
