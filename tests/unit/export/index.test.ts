import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../../lib/export/index';
import { richClippings } from './fixtures';

describe('export formats table', () => {
  const formats = Object.keys(EXPORT_FORMATS) as ExportFormat[];

  it.each(formats)('%s builds a file for a library and for an empty one', (f) => {
    for (const list of [richClippings(), []]) {
      const out = EXPORT_FORMATS[f].build(list);
      expect(out.length).toBeGreaterThan(0);
      if (EXPORT_FORMATS[f].extension === 'zip') expect(out).toBeInstanceOf(Uint8Array);
      else expect(typeof out).toBe('string');
    }
  });

  it('zips both CSV files together', () => {
    const files = unzipSync(EXPORT_FORMATS['csv-zip'].build(richClippings()) as Uint8Array);
    expect(Object.keys(files)).toEqual(['threatlight-clippings.csv', 'threatlight-entities.csv']);
  });

  it('names downloads by format and day', () => {
    const day = Date.UTC(2026, 2, 2, 23, 59);
    expect(exportFileName('stix', day)).toBe('threatlight-stix-2026-03-02.json');
    expect(exportFileName('markdown', day)).toBe('threatlight-markdown-2026-03-02.zip');
    expect(exportFileName('annotations', day)).toBe('threatlight-annotations-2026-03-02.jsonld');
    expect(new Set(formats.map((f) => exportFileName(f, day))).size).toBe(formats.length);
  });
});
