/**
 * Export and import on the library page: builds files with lib/export, saves them as downloads,
 * and imports a file only after the whole of it has been read and validated (lib/import).
 */
import { EXPORT_FORMATS, exportFileName, needsTlpConfirmation, type ExportFormat } from '../../lib/export/index';
import { checkFileSize, importClippings, parseLibraryFile } from '../../lib/import/index';
import type { Clipping } from '../../lib/clipping/schema';
import { libraryDb } from '../../platform/db';

/** Saves `clippings` in `format` as a download; asks first when TLP:RED or AMBER+STRICT clippings are in it. */
export function exportClippings(format: ExportFormat, clippings: readonly Clipping[], confirm: (msg: string) => boolean): string {
  const restricted = needsTlpConfirmation(clippings);
  if (restricted.length > 0) {
    const ok = confirm(
      `${restricted.length} of these clippings are marked TLP:RED or TLP:AMBER+STRICT and must not be shared beyond their recipients. Export anyway?`,
    );
    if (!ok) return 'Export cancelled.';
  }
  const content = EXPORT_FORMATS[format].build(clippings);
  const blob = new Blob([content as BlobPart], { type: EXPORT_FORMATS[format].mime });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = exportFileName(format);
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return `Exported ${clippings.length} clippings as ${EXPORT_FORMATS[format].label}.`;
}

/** The outcome of an import, for the status line or the error box. */
export type ImportOutcome = { ok: true; message: string } | { ok: false; error: string };

/** Imports a library file: nothing is written unless the whole file is valid. */
export async function importFile(file: File, progress: (msg: string) => void): Promise<ImportOutcome> {
  const size = checkFileSize(file.size);
  if (size) return { ok: false, error: size };
  progress(`Reading ${file.name}…`);
  const parsed = parseLibraryFile(await file.text());
  if (!parsed.ok) return { ok: false, error: `${file.name}: ${parsed.error}` };
  progress(`Importing ${parsed.clippings.length} clippings…`);
  const counts = await importClippings(libraryDb(), parsed.clippings, {
    source: parsed.source,
    onProgress: (done: number, total: number) => progress(`Importing… ${done} of ${total}`),
  });
  return { ok: true, message: `Imported ${file.name}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged.` };
}
