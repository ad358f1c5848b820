/**
 * One input file → one output record of `threatlight analyze` (DESIGN.md §7). Runs in the main
 * thread or in a worker; never throws: whatever goes wrong becomes the record's `error`.
 */
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzeDocument, analyzeText, type Analysis } from '../lib/analyze';
import { decodeBytes, MAX_INPUT_BYTES, type Input } from './inputs';

/** What analyze prints for one input. */
export type OutputRecord =
  | ({ source: { path: string; url: string | null } } & Analysis)
  | { source: { path: string; url: string | null }; error: string };

function message(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? e.name;
  return String(e);
}

/** The record for `input`, given its text (already decoded) and the --url the user gave. */
export function analyzeContent(input: Input, text: string, url: string | null): OutputRecord {
  try {
    if (input.kind === 'text') {
      return { source: { path: input.path, url }, ...analyzeText(text) };
    }
    const { document } = parseHTML(text);
    const analysis = analyzeDocument(document, { url: url ?? undefined, disposable: true });
    return { source: { path: input.path, url: url ?? analysis.article.canonicalUrl }, ...analysis };
  } catch (e) {
    return { source: { path: input.path, url }, error: `analysis failed: ${message(e)}` };
  }
}

/** Reads, decodes and analyses one input file. */
export function analyzeFile(input: Input, url: string | null): OutputRecord {
  if (input.error) return { source: { path: input.path, url }, error: input.error };
  let bytes: Uint8Array;
  try {
    const size = fs.statSync(input.path).size;
    if (size > MAX_INPUT_BYTES) {
      const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
      return { source: { path: input.path, url }, error: `file too large (${mb(size)}; the limit is ${mb(MAX_INPUT_BYTES)})` };
    }
    bytes = fs.readFileSync(input.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { source: { path: input.path, url }, error: `cannot read file: ${code ?? message(e)}` };
  }
  const decoded = decodeBytes(bytes, input.kind);
  if (!decoded.ok) return { source: { path: input.path, url }, error: decoded.error };
  return analyzeContent(input, decoded.text, url);
}
