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

/**
 * The document of an HTML file. linkedom builds no <html>/<body> around markup that omits them
 * (valid HTML: both tags are optional), so such a page would read as empty, and bare text as no
 * document at all (its body getter then throws); those pages are parsed again inside a skeleton.
 */
function parsePage(text: string): Document {
  let { document } = parseHTML(text);
  if (document.documentElement?.localName !== 'html') {
    const content = text.replace(/^\s*<!doctype[^>]*>/i, '');
    document = parseHTML(`<!doctype html><html><head></head><body>${content}</body></html>`).document;
  }
  // linkedom reads a style attribute with split(/\s*;\s*/), which backtracks quadratically on a
  // long run of whitespace (170 KB of it: ~40 s). CSS does not care how much whitespace there is.
  for (const el of document.querySelectorAll('[style]')) {
    const style = el.getAttribute('style') ?? '';
    if (/\s\s/.test(style)) el.setAttribute('style', style.replace(/\s+/g, ' '));
  }
  return document;
}

/** The record for `input`, given its text (already decoded) and the --url the user gave. */
export function analyzeContent(input: Input, text: string, url: string | null): OutputRecord {
  try {
    if (input.kind === 'text') {
      return { source: { path: input.path, url }, ...analyzeText(text) };
    }
    const document = parsePage(text);
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
    const stat = fs.statSync(input.path);
    // A pipe or a device (say a link to /dev/zero) would block or never end: only regular files are read.
    if (!stat.isFile()) return { source: { path: input.path, url }, error: 'not a regular file (a folder, pipe, socket or device)' };
    const size = stat.size;
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
