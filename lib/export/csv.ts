/**
 * CSV exports (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * quote or line break): one row per clipping, and a second file with one row per entity.
 * Cells a spreadsheet would run as a formula are neutralised.
 */
import type { Clipping } from '../clipping/schema';
import { ENTITY_TYPES } from '../entities/names';
import type { Entity } from '../entities/types';
import { isoTime, publishedMs } from './time';

/** Options of the CSV exports. */
export interface CsvOptions {
  /**
   * Start with a UTF-8 byte-order mark (default true): Excel reads a CSV without one in the
   * local code page and garbles every non-ASCII letter; other readers skip it.
   */
  bom?: boolean;
}

/** How many characters of the text the clippings CSV keeps. */
export const EXCERPT_CHARS = 300;

/** A cell value before quoting. */
type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: a leading apostrophe on text a spreadsheet would treat as a formula
 * (= + - @, tab, carriage return), then quoted with doubled quotes when it must be.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows joined into a CSV document with CRLF line ends (and a final CRLF). */
export function csvDocument(rows: readonly (readonly Cell[])[], opts: CsvOptions = {}): string {
  const body = rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
  return `${opts.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}

/** The first `EXCERPT_CHARS` characters of `text` with runs of white space made single spaces. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  // Collapse only a window of the text: a 10 MB article needs no more than its start.
  const flat = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max;
  // Do not split a surrogate pair.
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${flat.slice(0, cut)}…`;
}

/** The column names of the clippings CSV. */
export const CLIPPING_COLUMNS: readonly string[] = [
  'id',
  'kind',
  'created',
  'updated',
  'title',
  'url',
  'site',
  'published',
  'lang',
  'security_news',
  'score',
  'topics',
  'threat_level',
  'tlp',
  'tags',
  'note',
  ...ENTITY_TYPES.map((t) => `count:${t}`),
  'text_excerpt',
];

function clippingRow(c: Clipping): Cell[] {
  const counts = new Map<string, number>();
  for (const e of c.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const published = publishedMs(c.publishedAt);
  return [
    c.id,
    c.kind,
    isoTime(c.createdAt),
    isoTime(c.updatedAt),
    c.title,
    c.url,
    c.site,
    published === null ? (c.publishedAt ?? '') : isoTime(published),
    c.lang,
    c.assessment ? c.assessment.isSecurityNews : null,
    c.assessment ? Math.round(c.assessment.score * 1000) / 1000 : null,
    c.assessment?.topics.map((t) => t.topic).join('; '),
    c.threatLevel,
    c.tlp,
    c.tags.join('; '),
    c.note,
    ...ENTITY_TYPES.map((t) => counts.get(t) ?? 0),
    excerpt(c.text),
  ];
}

/** One row per clipping: its fields, entity counts per type and the start of its text. */
export function exportClippingsCsv(clippings: readonly Clipping[], opts: CsvOptions = {}): string {
  return csvDocument([CLIPPING_COLUMNS, ...clippings.map(clippingRow)], opts);
}

/** The column names of the entities CSV. */
export const ENTITY_COLUMNS: readonly string[] = ['clipping_id', 'type', 'text', 'id', 'start', 'end', 'attributes'];

/** The fields of an entity beyond the span, as compact JSON (empty when it has none). */
export function entityAttributes(e: Entity): string {
  const { type: _type, text: _text, start: _start, end: _end, id: _id, ...rest } = e;
  return Object.keys(rest).length > 0 ? JSON.stringify(rest) : '';
}

/** One row per entity of every clipping: where it is in the clipping's text and what it means. */
export function exportEntitiesCsv(clippings: readonly Clipping[], opts: CsvOptions = {}): string {
  const rows: Cell[][] = [[...ENTITY_COLUMNS]];
  for (const c of clippings) {
    for (const e of c.entities) rows.push([c.id, e.type, e.text, e.id, e.start, e.end, entityAttributes(e)]);
  }
  return csvDocument(rows, opts);
}
