/**
 * Inputs of `threatlight analyze`: which files a PATH list names, and turning a file's bytes into
 * text — or into a clear reason why it cannot be read (empty, binary, not UTF-8, too large).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Larger files are refused rather than risking minutes of parsing and gigabytes of memory. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** What kind of content an input holds. */
export type InputKind = 'html' | 'text';

/** One file to analyse; `path` is as the user gave it, or joined onto the folder they gave. */
export interface Input {
  path: string;
  kind: InputKind;
  /** Set when the path cannot be used at all (missing, unreadable). */
  error?: string;
}

const HTML_EXT = /\.(?:html?|xhtml)$/i;
const TEXT_EXT = /\.(?:txt|text|md)$/i;
const FOLDER_EXT = /\.(?:html?|txt)$/i;

function kindOf(file: string): InputKind {
  return TEXT_EXT.test(file) ? 'text' : 'html';
}

/** Files under `dir` (recursively) that analyze reads, sorted so the output order is stable. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if ((e.isFile() || e.isSymbolicLink()) && FOLDER_EXT.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * The files `paths` name: a file as given (any extension; .txt/.text is text, anything else HTML),
 * a folder as its .html, .htm and .txt files. A path that does not exist becomes an input with an error.
 */
export function expandPaths(paths: readonly string[]): Input[] {
  const out: Input[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.push({ path: p, kind: kindOf(p), error: code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${code ?? String(e)}` });
      continue;
    }
    if (stat.isDirectory()) {
      try {
        for (const f of walk(p)) out.push({ path: f, kind: kindOf(f) });
      } catch (e) {
        out.push({ path: p, kind: 'html', error: `cannot list folder: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      }
    } else out.push({ path: p, kind: HTML_EXT.test(p) || !TEXT_EXT.test(p) ? 'html' : 'text' });
  }
  return out;
}

/** Decoded text, or why there is none. */
export type Decoded = { ok: true; text: string } | { ok: false; error: string };

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The charset an HTML file declares in its first bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}

/**
 * The text of a file's bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are read; an HTML
 * file that is not valid UTF-8 is read in the charset it declares. Everything else is an error.
 */
export function decodeBytes(bytes: Uint8Array, kind: InputKind): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, error: `file too large (${mb(bytes.length)}; the limit is ${mb(MAX_INPUT_BYTES)})` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (isBinary(bytes)) return { ok: false, error: 'binary file (not text or HTML)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (!text.trim()) return { ok: false, error: 'empty file (only whitespace)' };
    return { ok: true, text };
  } catch {
    const charset = kind === 'html' ? declaredCharset(bytes) : null;
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      try {
        return { ok: true, text: new TextDecoder(charset).decode(bytes) };
      } catch {
        return { ok: false, error: `invalid UTF-8, and the declared charset "${charset}" is unknown` };
      }
    }
    return { ok: false, error: 'invalid UTF-8 (and no other charset declared)' };
  }
}
