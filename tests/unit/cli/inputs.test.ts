import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, expandPaths, MAX_INPUT_BYTES } from '../../../cli/inputs';

const FIXTURES = path.resolve(__dirname, '../../fixtures/pages');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    expect(decodeBytes(bytes('\uFEFFcafé'), 'text')).toEqual({ ok: true, text: 'café' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]);
    expect(decodeBytes(le, 'text')).toEqual({ ok: true, text: 'hi' });
  });

  it('refuses empty, blank, binary and invalid UTF-8 input with a clear reason', () => {
    expect(decodeBytes(new Uint8Array(), 'html')).toEqual({ ok: false, error: 'empty file' });
    expect(decodeBytes(bytes(' \n\t '), 'text')).toEqual({ ok: false, error: 'empty file (only whitespace)' });
    expect(decodeBytes(fs.readFileSync(path.join(FIXTURES, 'binary.html')), 'html')).toEqual({ ok: false, error: 'binary file (not text or HTML)' });
    expect(decodeBytes(fs.readFileSync(path.join(FIXTURES, 'latin1.txt')), 'text')).toEqual({
      ok: false,
      error: 'invalid UTF-8 (and no other charset declared)',
    });
  });

  it('reads an HTML page in the legacy charset it declares', () => {
    const page = new Uint8Array([...bytes('<html><head><meta charset="windows-1252"></head><body>caf'), 0xe9, ...bytes('</body></html>')]);
    expect(decodeBytes(page, 'html')).toEqual({ ok: true, text: '<html><head><meta charset="windows-1252"></head><body>café</body></html>' });
  });

  it('refuses input over the size limit', () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
    expect(decodeBytes(big, 'text')).toEqual({ ok: false, error: 'file too large (10.0 MB; the limit is 10.0 MB)' });
  });
});

describe('expandPaths', () => {
  it('walks a folder recursively, sorted, keeping .html, .htm and .txt', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-inputs-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    for (const f of ['b.html', 'a.txt', 'sub/c.htm', 'notes.md', 'img.png']) fs.writeFileSync(path.join(dir, f), 'x');
    expect(expandPaths([dir])).toEqual([
      { path: path.join(dir, 'a.txt'), kind: 'text' },
      { path: path.join(dir, 'b.html'), kind: 'html' },
      { path: path.join(dir, 'sub', 'c.htm'), kind: 'html' },
    ]);
    fs.rmSync(dir, { recursive: true });
  });

  it('keeps a named file as given, whatever its extension, and reports a missing one', () => {
    expect(expandPaths(['tests/fixtures/pages/README.md'])).toEqual([{ path: 'tests/fixtures/pages/README.md', kind: 'text' }]);
    expect(expandPaths(['tests/fixtures/pages/tiny.html'])).toEqual([{ path: 'tests/fixtures/pages/tiny.html', kind: 'html' }]);
    expect(expandPaths(['no/such/file.html'])).toEqual([{ path: 'no/such/file.html', kind: 'html', error: 'no such file or folder' }]);
  });
});
