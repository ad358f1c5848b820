// `npm run build:cli`: bundles the command line into .output/cli/threatlight.mjs (see cli/build.mjs).
import path from 'node:path';
import { buildCli, ROOT } from '../cli/build.mjs';

const out = await buildCli();
process.stdout.write(`built ${path.relative(ROOT, out)}\n`);
