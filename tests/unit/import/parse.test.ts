import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../lib/export/json';
import { checkFileSize, parseLibraryFile } from '../../../lib/import/parse';
import { locateJsonError } from '../../../lib/import/json-error';
import { richClippings } from '../export/fixtures';

const NOW = Date.UTC(2026, 0, 10);

/** The library file of the fixtures as an object, for editing one field. */
function file(): { format: unknown; version: unknown; clippings: Record<string, unknown>[] } {
  return JSON.parse(exportJson(richClippings(), { now: NOW })) as { format: unknown; version: unknown; clippings: Record<string, unknown>[] };
}

function errorOf(text: string, opts = {}): string {
  const r = parseLibraryFile(text, opts);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
}

describe('parseLibraryFile', () => {
  it('accepts a good file, with or without a byte-order mark', () => {
    const text = exportJson(richClippings(), { now: NOW });
    const r = parseLibraryFile(`\uFEFF${text}`);
    expect(r.ok && r.clippings.length).toBe(5);
  });

  it('names the clipping and field that is wrong', () => {
    const f = file();
    const third = f.clippings[3];
    if (third) third.url = 'not a url';
    expect(errorOf(JSON.stringify(f))).toBe('clippings[3].url: Invalid URL');
  });

  it('says a field is missing, and counts the problems it does not list', () => {
    const f = file();
    for (const c of f.clippings) delete c.title;
    expect(errorOf(JSON.stringify(f))).toBe(
      'clippings[0].title: missing (expected string); clippings[1].title: missing (expected string); clippings[2].title: missing (expected string) (and 2 more problems)',
    );
  });

  it('names wrong types deep inside a clipping', () => {
    const f = file();
    const c = f.clippings[0] as { entities: Record<string, unknown>[]; assessment: { score: unknown } };
    c.assessment.score = 'high';
    const e = c.entities[2];
    if (e) e.start = -4;
    expect(errorOf(JSON.stringify(f))).toBe(
      'clippings[0].assessment.score: Invalid input: expected number, received string; clippings[0].entities[2].start: Too small: expected number to be >=0',
    );
  });

  it('tells where the JSON breaks, by line and column', () => {
    const text = '{\n  "format": "threatlight-library",\n  "version": 1,\n  "clippings": [}\n}';
    expect(errorOf(text)).toBe("not JSON: unexpected '}' where a value should be at line 4 column 17");
    expect(errorOf('{\n "a": 1,\n}')).toBe("not JSON: unexpected '}' where a property name in double quotes should be (a trailing comma?) at line 3 column 1");
    const truncated = exportJson(richClippings(), { now: NOW }).slice(0, 500);
    expect(errorOf(truncated)).toMatch(/^not JSON: the file ends (?:too early|inside a string) \(truncated\?\) at line \d+ column \d+$/);
  });

  it('refuses files from a newer Threatlight, and wrong versions and formats', () => {
    const f = file();
    f.version = 7;
    expect(errorOf(JSON.stringify(f))).toBe(
      'version 7 is newer than this Threatlight understands (it reads version 1); update Threatlight to import this file',
    );
    f.version = '1';
    expect(errorOf(JSON.stringify(f))).toBe('version: expected 1, found "1"');
    delete f.version;
    expect(errorOf(JSON.stringify(f))).toBe('version: missing');
    f.format = 'other-app';
    expect(errorOf(JSON.stringify(f))).toBe('format: expected "threatlight-library", found "other-app"');
    expect(errorOf('[1, 2]')).toBe('not a Threatlight library: expected an object with "format": "threatlight-library" (or W3C Web Annotations), found a list');
    expect(errorOf('"hello"')).toMatch(/found string$/);
    expect(errorOf('  \n')).toBe('the file is empty');
  });

  it('refuses files over the size limit before reading them', () => {
    expect(checkFileSize(210_000_000)).toBe('file is 210 MB; the limit is 100 MB');
    expect(checkFileSize(100_000_000)).toBeNull();
    expect(errorOf('{}', { byteLength: 210_000_000 })).toBe('file is 210 MB; the limit is 100 MB');
    expect(errorOf('x'.repeat(2_000), { maxBytes: 1_000 })).toBe('file is 0 MB; the limit is 0 MB');
    // Counted in UTF-8: 400 three-byte letters are 1,200 bytes.
    expect(parseLibraryFile(`"${'例'.repeat(400)}"`, { maxBytes: 1_000 })).toEqual({ ok: false, error: 'file is 0 MB; the limit is 0 MB' });
    expect(checkFileSize(1_500_000, 1_000_000)).toBe('file is 1.5 MB; the limit is 1 MB');
  });

  it('refuses links that are not web pages and impossible dates', () => {
    const f = file();
    const [a, b] = f.clippings;
    if (a) a.url = 'javascript:alert(1)';
    if (b) {
      b.canonicalUrl = 'data:text/html,<b>x</b>';
      b.createdAt = 9e15;
    }
    expect(errorOf(JSON.stringify(f))).toBe(
      'clippings[0].url: only http and https addresses can be imported; clippings[1].canonicalUrl: only http and https addresses can be imported; clippings[1].createdAt: not a time between 1970 and 9999',
    );
  });

  it('ignores unknown keys, __proto__ included, without polluting anything', () => {
    const text = exportJson(richClippings().slice(0, 1), { now: NOW, indent: 2 }).replace('"id": "article-cyber",', '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "article-cyber",');
    expect(text).toContain('"__proto__": {"polluted": true}');
    const r = parseLibraryFile(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.getPrototypeOf(r.clippings[0])).toBe(Object.prototype);
      expect(Object.keys(r.clippings[0] ?? {})).not.toContain('__proto__');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1 "b": 2}', 1, 9, "where ',' or '}' should be"],
    ['[1, 2,]', 1, 7, 'a trailing comma?'],
    ["{'a': 1}", 1, 2, 'property name in double quotes'],
    ['{"a": tru}', 1, 7, 'where a value should be'],
    ['{"a": "line\nbreak"}', 1, 12, 'inside a string'],
    ['{"a": "\\x"}', 1, 8, 'unknown escape'],
    ['{"a": 01}', 1, 8, "where ',' or '}' should be"],
    ['{"a": 1}}', 1, 9, 'after the end of the data'],
    ['{"a"  1}', 1, 7, "':' should follow"],
    ['[[[[', 1, 5, 'ends too early'],
  ])('finds the error in %j', (text, line, column, reason) => {
    const e = locateJsonError(text);
    expect(e).toMatchObject({ line, column });
    expect(e?.reason).toContain(reason);
  });

  it('accepts valid JSON and survives deep nesting', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "\\u00e9"], "b": {}}')).toBeNull();
    const deep = '['.repeat(200_000);
    expect(locateJsonError(deep)?.reason).toContain('ends too early');
    expect(parseLibraryFile(deep)).toEqual({ ok: false, error: 'not JSON: the file ends too early (truncated?) at line 1 column 200001' });
  });
});
