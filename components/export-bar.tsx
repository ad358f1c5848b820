/** The library's export buttons and import file input (`tl-export-*`, `tl-import`, `tl-import-error`). */
import type { ExportFormat } from '../lib/export/index';

export interface ExportBarProps {
  /** How many clippings an export would contain (the current selection or the whole library). */
  count: number;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
  /** Import or export progress, or a result, shown politely to screen readers. */
  status: string;
  importError: string | null;
}

const BUTTONS: readonly [ExportFormat, string, string][] = [
  ['json', 'tl-export-json', 'JSON'],
  ['csv-zip', 'tl-export-csv', 'CSV'],
  ['markdown', 'tl-export-md', 'Markdown'],
  ['stix', 'tl-export-stix', 'STIX 2.1'],
  ['annotations', 'tl-export-annotations', 'Annotations'],
];

export function ExportBar({ count, onExport, onImport, status, importError }: ExportBarProps) {
  return (
    <section class="export-bar" aria-label="Export and import">
      <span class="muted">Export {count === 1 ? '1 clipping' : `${count} clippings`}:</span>
      {BUTTONS.map(([format, testId, label]) => (
        <button key={format} type="button" data-testid={testId} disabled={count === 0} onClick={() => onExport(format)}>
          {label}
        </button>
      ))}
      <label class="import">
        Import JSON or annotations
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          data-testid="tl-import"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onImport(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {status && (
        <p role="status" class="muted">
          {status}
        </p>
      )}
      {importError && (
        <p role="alert" class="error" data-testid="tl-import-error">
          {importError}
        </p>
      )}
    </section>
  );
}
