/**
 * Every export format of the library, as pure functions of the clippings: the library page and
 * the CLI call them and save the result (DESIGN.md §6).
 */
import { strToU8, zipSync } from 'fflate';
import type { Clipping } from '../clipping/schema';
import { exportAnnotations } from './annotations';
import { exportClippingsCsv, exportEntitiesCsv } from './csv';
import { exportJson } from './json';
import { exportMarkdownZip } from './markdown';
import { exportStix } from './stix';
import { isoTime } from './time';

export { buildAnnotations, clippingAnnotation, exportAnnotations, ANNOTATION_ID_PREFIX, ANNO_CONTEXT } from './annotations';
export { csvCell, exportClippingsCsv, exportEntitiesCsv } from './csv';
export { exportJson, LibraryFileSchema, LIBRARY_FORMAT, LIBRARY_VERSION, type LibraryFile } from './json';
export { clippingMarkdown, exportMarkdownZip, markdownFiles } from './markdown';
export { buildStixBundle, exportStix, THREATLIGHT_IDENTITY_ID, type StixBundle, type StixObject } from './stix';
export { needsTlpConfirmation, strictestTlp, TLP_RANK, type TlpLevel } from './tlp';

/** Both CSV files (clippings and entities) in one zip, for a single download. */
export function exportCsvZip(clippings: readonly Clipping[]): Uint8Array {
  return zipSync({
    'threatlight-clippings.csv': strToU8(exportClippingsCsv(clippings)),
    'threatlight-entities.csv': strToU8(exportEntitiesCsv(clippings)),
  });
}

/** The formats the library page offers. */
export type ExportFormat = 'json' | 'csv' | 'entities-csv' | 'csv-zip' | 'markdown' | 'stix' | 'annotations';

/** What the UI needs to offer one format and save its file. */
export interface ExportFormatInfo {
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  /** MIME type for the download's Blob. */
  mime: string;
  /** The file's content for `clippings`. */
  build: (clippings: readonly Clipping[]) => string | Uint8Array;
}

/** Every export format: label, file type and builder. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  json: { label: 'Threatlight library (JSON)', extension: 'json', mime: 'application/json', build: (c) => exportJson(c) },
  csv: { label: 'Spreadsheet (CSV)', extension: 'csv', mime: 'text/csv;charset=utf-8', build: (c) => exportClippingsCsv(c) },
  'entities-csv': { label: 'Entities (CSV)', extension: 'csv', mime: 'text/csv;charset=utf-8', build: (c) => exportEntitiesCsv(c) },
  'csv-zip': { label: 'Clippings and entities (CSV, zipped)', extension: 'zip', mime: 'application/zip', build: exportCsvZip },
  markdown: { label: 'Markdown notes (zipped)', extension: 'zip', mime: 'application/zip', build: exportMarkdownZip },
  stix: { label: 'STIX 2.1 bundle', extension: 'json', mime: 'application/stix+json;version=2.1', build: (c) => exportStix(c) },
  annotations: { label: 'W3C Web Annotations (JSON-LD)', extension: 'jsonld', mime: 'application/ld+json', build: (c) => exportAnnotations(c) },
};

const NAME_PARTS: Readonly<Record<ExportFormat, string>> = {
  json: 'library',
  csv: 'clippings',
  'entities-csv': 'entities',
  'csv-zip': 'csv',
  markdown: 'markdown',
  stix: 'stix',
  annotations: 'annotations',
};

/** The download name of an export, e.g. `threatlight-stix-2026-03-02.json`. */
export function exportFileName(format: ExportFormat, now: number = Date.now()): string {
  return `threatlight-${NAME_PARTS[format]}-${isoTime(now).slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}
