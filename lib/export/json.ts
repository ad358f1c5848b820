/**
 * The Threatlight library file: every clipping, losslessly, inside a versioned envelope.
 * Exporting, importing into an empty library and exporting again gives the same clippings.
 */
import { z } from 'zod';
import { ClippingSchema, type Clipping } from '../clipping/schema';
import { isoTime } from './time';

/** The `format` every library file carries, so other JSON files are told apart from it. */
export const LIBRARY_FORMAT = 'threatlight-library';

/** The version of the library file this Threatlight writes and the newest it reads. */
export const LIBRARY_VERSION = 1;

/** A library file, version 1 (unknown extra fields are ignored, so later minor additions still load). */
export const LibraryFileSchema = z.object({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(LIBRARY_VERSION),
  /** When the file was written (RFC 3339, UTC). */
  exportedAt: z.string(),
  clippings: z.array(ClippingSchema),
});
/** A parsed library file. */
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

/** Options of the JSON export. */
export interface JsonExportOptions {
  /** The export time in epoch ms (default: now); fixed in tests so files compare equal. */
  now?: number;
  /**
   * Indentation (default 0: one line). A backup is read by programs, and indentation adds about
   * an eighth to the size, which counts against the import limit (MAX_IMPORT_BYTES).
   */
  indent?: number;
}

/**
 * The clipping with only its own fields, in schema order: drops the fields the database adds
 * for its indexes, so what is exported is exactly what an import will accept.
 */
export function canonicalClipping(c: Clipping): Clipping {
  return ClippingSchema.parse(c);
}

/** The library file holding `clippings`, as a JSON string. Throws only for a clipping that is not valid. */
export function exportJson(clippings: readonly Clipping[], opts: JsonExportOptions = {}): string {
  const file: LibraryFile = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    exportedAt: isoTime(opts.now ?? Date.now()),
    clippings: clippings.map(canonicalClipping),
  };
  return JSON.stringify(file, null, opts.indent ?? 0);
}
