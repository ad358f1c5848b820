/**
 * Reading a file the user picked to import: the whole file is parsed and validated first, and
 * either every clipping in it is good or the answer is one clear message naming what is wrong
 * and where. Nothing here writes; `importClippings` writes only what this accepted.
 */
import type { Clipping } from '../clipping/schema';
import { LIBRARY_FORMAT, LIBRARY_VERSION, LibraryFileSchema } from '../export/json';
import { inDateRange } from '../export/time';
import { annotationClippings, looksLikeAnnotations } from './annotations';
import { describeProblems, zodProblems, type Problem } from './issues';
import { locateJsonError } from './json-error';

/** The largest file an import reads (decimal megabytes, as file managers show them). */
export const MAX_IMPORT_BYTES = 100_000_000;

/** Where the clippings came from, which decides how they merge into the library. */
export type ImportSource = 'library' | 'annotations';

/** The outcome of reading a file. */
export type ParseResult = { ok: true; clippings: Clipping[]; source: ImportSource } | { ok: false; error: string };

/** Options of `parseLibraryFile`. */
export interface ParseOptions {
  /** Size limit in bytes (default `MAX_IMPORT_BYTES`). */
  maxBytes?: number;
  /** The file's size in bytes when known (`File.size`), saving a count of the text. */
  byteLength?: number;
  /** The time given to annotations without a creation date (default now). */
  now?: number;
}

function megabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}

/**
 * Null when a file of `bytes` may be imported, else the message saying it is too large.
 * The UI calls this with `File.size` before reading the file at all.
 */
export function checkFileSize(bytes: number, maxBytes: number = MAX_IMPORT_BYTES): string | null {
  return bytes > maxBytes ? `file is ${megabytes(bytes)}; the limit is ${megabytes(maxBytes)}` : null;
}

/** The UTF-8 size of `text`, counted only as far as needed to know whether it exceeds `limit`. */
function utf8Length(text: string, limit: number): number {
  // Every UTF-16 unit is at least one UTF-8 byte and at most three: counting is rarely needed.
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair (two units) is four bytes.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

// A scheme other than http(s) (javascript:, data:…) would become a live link in the library.
const SCHEME = /^\s*([a-z][a-z\d+.-]*):/i;

function webOnly(url: string): boolean {
  const m = SCHEME.exec(url);
  return !m || ['http', 'https'].includes((m[1] ?? '').toLowerCase());
}

/** Problems the schema cannot see: links that are not web pages, and dates outside years 1970–9999. */
function libraryProblems(clippings: readonly Clipping[]): Problem[] {
  const problems: Problem[] = [];
  clippings.forEach((c, i) => {
    const at = (field: string): PropertyKey[] => ['clippings', i, field];
    if (!/^https?:/i.test(c.url)) problems.push({ path: at('url'), message: 'only http and https addresses can be imported' });
    if (c.canonicalUrl !== null && !webOnly(c.canonicalUrl)) problems.push({ path: at('canonicalUrl'), message: 'only http and https addresses can be imported' });
    if (!inDateRange(c.createdAt)) problems.push({ path: at('createdAt'), message: 'not a time between 1970 and 9999' });
    if (!inDateRange(c.updatedAt)) problems.push({ path: at('updatedAt'), message: 'not a time between 1970 and 9999' });
  });
  return problems;
}

function readLibrary(data: Record<string, unknown>): ParseResult {
  if (data.format !== LIBRARY_FORMAT) return { ok: false, error: `format: expected "${LIBRARY_FORMAT}", found ${shown(data.format)}` };
  const version = data.version;
  if (version === undefined) return { ok: false, error: 'version: missing' };
  if (typeof version === 'number' && Number.isInteger(version) && version > LIBRARY_VERSION) {
    return { ok: false, error: `version ${version} is newer than this Threatlight understands (it reads version ${LIBRARY_VERSION}); update Threatlight to import this file` };
  }
  if (version !== LIBRARY_VERSION) return { ok: false, error: `version: expected ${LIBRARY_VERSION}, found ${shown(version)}` };
  const parsed = LibraryFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: describeProblems(zodProblems(parsed.error.issues)) };
  const problems = libraryProblems(parsed.data.clippings);
  if (problems.length > 0) return { ok: false, error: describeProblems(problems) };
  return { ok: true, clippings: parsed.data.clippings, source: 'library' };
}

/**
 * The clippings in an import file's text: a Threatlight library file (any version up to this
 * one) or W3C Web Annotations. Everything is checked before anything is returned; a bad file
 * gives `{ok: false, error}` naming the problem and where it is.
 */
export function parseLibraryFile(text: string, opts: ParseOptions = {}): ParseResult {
  const limit = opts.maxBytes ?? MAX_IMPORT_BYTES;
  const tooBig = checkFileSize(opts.byteLength ?? utf8Length(text, limit), limit);
  if (tooBig) return { ok: false, error: tooBig };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, error: 'the file is empty' };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const where = locateJsonError(body);
    const reason = where ? `${where.reason} at line ${where.line} column ${where.column}` : e instanceof Error ? e.message : String(e);
    return { ok: false, error: `not JSON: ${reason}` };
  }
  if (isRecord(data) && 'format' in data) return readLibrary(data);
  if (looksLikeAnnotations(data)) {
    const read = annotationClippings(data, opts.now ?? Date.now());
    if ('problems' in read) return { ok: false, error: describeProblems(read.problems) };
    return { ok: true, clippings: read.clippings, source: 'annotations' };
  }
  return {
    ok: false,
    error: `not a Threatlight library: expected an object with "format": "${LIBRARY_FORMAT}" (or W3C Web Annotations), found ${Array.isArray(data) ? 'a list' : data === null ? 'null' : typeof data}`,
  };
}
