/**
 * `threatlight` command line (DESIGN.md §7). The bin script bundles this file with lib/ and calls
 * `main`; worker threads load the same bundle and serve analysis jobs instead.
 */
import os from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { parseArgs, USAGE } from './args';
import { expandPaths } from './inputs';
import { runInline, runPool, workerEntry, WORKER_ROLE } from './pool';
import type { OutputRecord } from './analyze-file';

const VERSION = '0.1.0';
/** Below this many inputs, starting workers costs more than it saves. */
const MIN_INPUTS_FOR_WORKERS = 8;

/** Where the running code lives, so workers can load the same bundle; tests pass no URL and run inline. */
export interface MainOptions {
  moduleUrl?: URL;
  stdout?: (chunk: string) => void;
  stderr?: (chunk: string) => void;
}

/**
 * Runs the command line `argv` (without node and script) and resolves to the exit status:
 * 0 when at least one input was analysed, 1 when every input failed, 2 for a usage error.
 */
export async function main(argv: readonly string[], opts: MainOptions = {}): Promise<number> {
  if (!opts.stdout) {
    // `threatlight analyze … | head` closes the pipe early: stop quietly instead of crashing.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  const out = opts.stdout ?? ((s: string) => void process.stdout.write(s));
  const err = opts.stderr ?? ((s: string) => void process.stderr.write(s));
  const args = parseArgs(argv);
  if (args.command === 'help') {
    out(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    out(`threatlight ${VERSION}\n`);
    return 0;
  }
  if (args.command === 'error') {
    err(`threatlight: ${args.message}\n\n${USAGE}\n`);
    return 2;
  }

  const inputs = expandPaths(args.paths);
  if (inputs.length === 0) {
    err(`threatlight: no .html, .htm or .txt files found under ${args.paths.join(', ')}\n`);
    return 2;
  }
  if (args.url && inputs.length > 1) {
    err(`threatlight: --url describes one page, but ${inputs.length} inputs were given\n`);
    return 2;
  }

  let ok = 0;
  let first = true;
  if (args.format === 'json') out('[');
  const emit = (record: OutputRecord): void => {
    if ('error' in record) err(`threatlight: ${record.source.path}: ${record.error}\n`);
    else ok++;
    if (args.format === 'jsonl') out(`${JSON.stringify(record)}\n`);
    else {
      out(`${first ? '\n' : ',\n'}${JSON.stringify(record, null, 2).replace(/^/gm, '  ')}`);
      first = false;
    }
  };

  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const jobs = args.jobs || (inputs.length >= MIN_INPUTS_FOR_WORKERS ? Math.min(cores, 8) : 1);
  if (jobs > 1 && opts.moduleUrl) await runPool(inputs, args.url, jobs, opts.moduleUrl, emit);
  else runInline(inputs, args.url, emit);
  if (args.format === 'json') out(first ? ']\n' : '\n]\n');
  return ok > 0 ? 0 : 1;
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) void workerEntry();
