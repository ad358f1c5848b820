/**
 * Importing into the library: `parseLibraryFile` reads and checks a whole file without
 * writing; `importClippings` then writes what it accepted in one transaction.
 */
export { checkFileSize, MAX_IMPORT_BYTES, parseLibraryFile, type ImportSource, type ParseOptions, type ParseResult } from './parse';
export { importClippings, mergeClipping, type ImportCounts, type ImportOptions } from './import';
export { locateJsonError } from './json-error';
