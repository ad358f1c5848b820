/**
 * Command-line parsing for `threatlight`. Usage errors are values, not exceptions, so main() can
 * print them with the usage text and exit with status 2.
 */

/** Output formats the command knows; only some are implemented yet. */
export const FORMATS = ['json', 'jsonl', 'md', 'csv', 'stix'] as const;
export type Format = (typeof FORMATS)[number];
/** Formats `analyze` can write today. */
export const SUPPORTED_FORMATS: readonly Format[] = ['json', 'jsonl'];

/** A parsed `threatlight analyze` command line. */
export interface AnalyzeArgs {
  command: 'analyze';
  format: Format;
  url: string | null;
  paths: string[];
  /** Worker threads to use; 0 means "decide from the machine and the number of inputs". */
  jobs: number;
}

export type ParsedArgs = AnalyzeArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

/** The text `--help` prints. */
export const USAGE = `Usage: threatlight analyze [--format json|jsonl] [--url URL] [--jobs N] PATH...

Runs Threatlight's page pipeline (gate, extract, assess, recognise entities) over saved
web pages (.html, .htm) and text files (.txt). A folder is searched recursively.

Options:
  --format FORMAT  json  (default) one JSON array with a record per input
                   jsonl one JSON object per input, one per line
                   (md, csv and stix are planned but not yet supported)
  --url URL        the address the page was saved from (only with a single input file);
                   without it, the page's canonical or og:url is used
  --jobs N         worker threads (default: one per core for large batches)
  -h, --help       show this help
  -v, --version    show the version

Each record has source {path, url}, article, assessment and entities; an input that cannot be
read or analysed (empty, binary, invalid UTF-8, too large) gets a record with an "error" and
the batch goes on. Exit status: 0 when at least one input was analysed, 1 when every input
failed, 2 for a usage error.`;

function isFormat(v: string): v is Format {
  return (FORMATS as readonly string[]).includes(v);
}

/** The meaning of `argv` (without the node and script paths). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return { command: 'error', message: 'no command given' };
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === '-v' || command === '--version') return { command: 'version' };
  if (command !== 'analyze') return { command: 'error', message: `unknown command "${command ?? ''}"` };

  const out: AnalyzeArgs = { command: 'analyze', format: 'json', url: null, paths: [], jobs: 0 };
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      out.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== '--format' && name !== '--url' && name !== '--jobs') return { command: 'error', message: `unknown option "${arg}"` };
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) return { command: 'error', message: `${name} needs a value` };
    value = value.trim();
    if (name === '--format') {
      const f = value.toLowerCase();
      if (!isFormat(f)) return { command: 'error', message: `unknown format "${value}" (use json or jsonl)` };
      if (!SUPPORTED_FORMATS.includes(f)) return { command: 'error', message: `--format ${f} is not yet supported (use json or jsonl)` };
      out.format = f;
    } else if (name === '--url') {
      try {
        const u = new URL(value);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http');
        out.url = u.href;
      } catch {
        return { command: 'error', message: `--url needs an absolute http(s) URL, got "${value}"` };
      }
    } else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 64) return { command: 'error', message: `--jobs needs a whole number from 1 to 64, got "${value}"` };
      out.jobs = n;
    }
  }
  if (out.paths.length === 0) return { command: 'error', message: 'no PATH given' };
  return out;
}
