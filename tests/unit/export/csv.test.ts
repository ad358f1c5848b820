import { describe, expect, it } from 'vitest';
import { CLIPPING_COLUMNS, csvCell, ENTITY_COLUMNS, excerpt, exportClippingsCsv, exportEntitiesCsv } from '../../../lib/export/csv';
import { richClippings } from './fixtures';

/** A strict RFC 4180 reader, written for the test: fields, quotes doubled inside quoted fields, CRLF records. */
function parseCsv(doc: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < doc.length) {
    const ch = doc[i];
    if (quoted) {
      if (ch === '"' && doc[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
        if (i < doc.length && doc[i] !== ',' && doc[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r') {
      if (doc[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n') {
      throw new Error(`bare LF outside quotes at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

describe('CSV cells', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.9)).toBe('0.9');
    expect(csvCell(false)).toBe('false');
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+44 20', "'+44 20"],
    ['-2+3', "'-2+3"],
    ['@mention', "'@mention"],
    ['\tindented', "'\tindented"],
    ['\rreturn', '"\'\rreturn"'],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
  ])('neutralises the formula %j', (input, cell) => {
    expect(csvCell(input)).toBe(cell);
  });

  it('keeps an excerpt short, on one line and whole characters', () => {
    expect(excerpt('a  b\n\nc')).toBe('a b c');
    const long = excerpt(`${'x'.repeat(299)}😀 and more`);
    expect(long.endsWith('…')).toBe(true);
    expect(long).toBe(`${'x'.repeat(299)}…`);
  });
});

describe('clippings CSV', () => {
  const doc = exportClippingsCsv(richClippings());

  it('is RFC 4180 with a BOM for Excel, a header and one record per clipping', () => {
    expect(doc.startsWith('\uFEFF')).toBe(true);
    expect(exportClippingsCsv([], { bom: false })).toBe(`${CLIPPING_COLUMNS.join(',')}\r\n`);
    const rows = parseCsv(doc.slice(1));
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r).toHaveLength(CLIPPING_COLUMNS.length);
  });

  it('writes each field where its column says, neutralised and intact', () => {
    const rows = parseCsv(doc.slice(1));
    const header = rows[0] ?? [];
    const col = (row: string[], name: string): string => row[header.indexOf(name)] ?? '(missing)';
    const cyber = rows[1] ?? [];
    expect(col(cyber, 'id')).toBe('article-cyber');
    expect(col(cyber, 'title')).toBe('LockBit: councils hit, "again"\n---\nsecond line');
    expect(col(cyber, 'created')).toBe('2025-12-29T09:20:00.000Z');
    expect(col(cyber, 'published')).toBe('2026-01-02T07:30:00.000Z');
    expect(col(cyber, 'tags')).toBe("ransomware; q3 review; =SUM(A1)");
    expect(col(cyber, 'note')).toBe('Check with the SOC: "urgent", then\n- call @ops\n=HYPERLINK("x")');
    expect(col(cyber, 'tlp')).toBe('amber');
    expect(col(cyber, 'threat_level')).toBe('severe');
    expect(col(cyber, 'security_news')).toBe('true');
    expect(col(cyber, 'score')).toBe('0.9');
    expect(col(cyber, 'topics')).toBe('cyber');
    expect(col(cyber, 'count:indicator')).toBe('9');
    expect(col(cyber, 'count:location')).toBe('2');
    expect(col(cyber, 'count:agency')).toBe('1');
    expect(col(cyber, 'text_excerpt').startsWith('The NCSC said')).toBe(true);
    const terror = rows[2] ?? [];
    expect(col(terror, 'published')).toBe('hier');
    expect(col(terror, 'title')).toBe('Attaque près de Raqqa : « alerte »');
    const apt = rows[5] ?? [];
    expect(col(apt, 'note')).toBe("'-2+3 is not a formula");
    expect(col(apt, 'tags')).toBe("'@mention; +44 20 7946 0000; \tindented; -2+3; apt");
    expect(col(rows[3] ?? [], 'security_news')).toBe('');
  });

  it('has no cell a spreadsheet would run as a formula', () => {
    for (const row of parseCsv(doc.slice(1))) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('entities CSV', () => {
  it('has one record per entity with offsets and the other fields as JSON', () => {
    const rows = parseCsv(exportEntitiesCsv(richClippings(), { bom: false }));
    expect(rows[0]).toEqual([...ENTITY_COLUMNS]);
    const total = richClippings().reduce((n, c) => n + c.entities.length, 0);
    expect(rows).toHaveLength(total + 1);
    const url = rows.find((r) => r[1] === 'indicator' && r[2]?.startsWith('hxxp'));
    expect(url?.slice(0, 4)).toEqual(['article-cyber', 'indicator', "hxxp://evil-updates[.]example/it's/a\\path", '']);
    expect(JSON.parse(url?.[6] ?? '')).toEqual({ kind: 'url', value: "http://evil-updates.example/it's/a\\path" });
    const ncsc = rows.find((r) => r[2] === 'NCSC');
    expect(ncsc?.slice(3, 6)).toEqual(['ncsc-uk', '4', '8']);
    const attack = rows.find((r) => r[1] === 'attack-type');
    expect(attack?.[6]).toBe('');
  });
});
