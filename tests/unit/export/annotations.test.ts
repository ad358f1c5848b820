import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, buildAnnotations, clippingAnnotation, exportAnnotations } from '../../../lib/export/annotations';
import { importClippings } from '../../../lib/import/import';
import { parseLibraryFile } from '../../../lib/import/parse';
import { saveClipping } from '../../../lib/storage/writes';
import { allClippings, freshDb } from '../import/helpers';
import { richClippings } from './fixtures';

describe('W3C Web Annotation export', () => {
  it('is an annotation collection with one annotation per clipping', () => {
    const coll = buildAnnotations(richClippings());
    expect(coll['@context']).toBe(ANNO_CONTEXT);
    expect(coll.type).toBe('AnnotationCollection');
    expect(coll.total).toBe(5);
    expect(coll.first.items).toHaveLength(5);
    expect(coll.id).toMatch(/^urn:uuid:[\da-f-]{36}$/);
    expect(exportAnnotations(richClippings())).toBe(exportAnnotations(richClippings()));
  });

  it('targets the page with the TextQuote and TextPosition selectors; the note and tags are bodies', () => {
    const terror = richClippings()[1];
    const cyber = richClippings()[0];
    if (!terror || !cyber) throw new Error('fixture');
    const a = clippingAnnotation(terror);
    expect(a).toMatchObject({
      id: 'urn:threatlight:clipping:passage-terror',
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2025-12-31T16:53:20.000Z',
      target: { source: 'https://actualites.example/monde/attaque', selector: terror.selectors },
    });
    expect(a.target.selector?.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(a.body).toBeUndefined();
    expect(clippingAnnotation(cyber).body).toEqual([
      { type: 'TextualBody', value: cyber.note, purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'ransomware', purpose: 'tagging' },
      { type: 'TextualBody', value: 'q3 review', purpose: 'tagging' },
      { type: 'TextualBody', value: '=SUM(A1)', purpose: 'tagging' },
    ]);
    expect(clippingAnnotation(cyber).motivation).toBe('commenting');
  });
});

describe('W3C Web Annotation import', () => {
  it('reads Threatlight annotations back under the same clipping ids', () => {
    const parsed = parseLibraryFile(exportAnnotations(richClippings()), { now: 0 });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.source).toBe('annotations');
    expect(parsed.clippings.map((c) => c.id)).toEqual(richClippings().map((c) => c.id));
    const terror = parsed.clippings[1];
    expect(terror).toMatchObject({ kind: 'passage', text: richClippings()[1]?.text, selectors: richClippings()[1]?.selectors, entities: [] });
    expect(parsed.clippings[0]).toMatchObject({ note: richClippings()[0]?.note, tags: ['ransomware', 'q3 review', '=SUM(A1)'] });
  });

  it('never replaces what the library knows about a clipping, only adds a newer note and tags', async () => {
    const db = freshDb();
    for (const c of richClippings()) await saveClipping(db, c);
    const before = await allClippings(db);
    const edited = richClippings().map((c) => (c.id === 'article-cyber' ? { ...c, note: 'from the other device', tags: ['new-tag'], updatedAt: c.updatedAt + 5000 } : c));
    const parsed = parseLibraryFile(exportAnnotations(edited));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importClippings(db, parsed.clippings, { source: parsed.source })).toEqual({ added: 0, updated: 1, unchanged: 4 });
    const after = await allClippings(db);
    const cyber = after.find((c) => c.id === 'article-cyber');
    const old = before.find((c) => c.id === 'article-cyber');
    expect(cyber?.note).toBe('from the other device');
    expect(cyber?.tags).toEqual(['ransomware', 'q3 review', '=SUM(A1)', 'new-tag']);
    expect(cyber?.entities).toEqual(old?.entities);
    expect(cyber?.title).toBe(old?.title);
    expect(cyber?.text).toBe(old?.text);
  });

  it("reads another tool's collection: quotes, positions, bodyValue, tags; other selectors and bodies skipped", () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/export/annotations-other-tool.jsonld'), 'utf8');
    const parsed = parseLibraryFile(text, { now: Date.UTC(2026, 1, 5) });
    if (!parsed.ok) throw new Error(parsed.error);
    const [first, second, third] = parsed.clippings;
    expect(parsed.clippings).toHaveLength(3);
    expect(first).toMatchObject({
      kind: 'passage',
      url: 'https://blog.example/posts/phishing-wave',
      site: 'blog.example',
      title: 'a phishing wave hit three ministries',
      text: 'a phishing wave hit three   ministries',
      note: 'Worth tracking.',
      createdAt: Date.UTC(2026, 1, 1, 10),
      updatedAt: Date.UTC(2026, 1, 2, 10),
      selectors: [
        { type: 'TextQuoteSelector', exact: 'a phishing wave hit three   ministries', prefix: 'Last week ', suffix: ', officials said' },
        { type: 'TextPositionSelector', start: 412, end: 450 },
      ],
    });
    expect(first?.id).toMatch(/^annotation-[\da-f]{16}$/);
    expect(second).toMatchObject({ kind: 'article', url: 'https://news.example/phishing', title: 'https://news.example/phishing', tags: ['phishing', 'government'], note: '' });
    expect(third).toMatchObject({ note: 'Second look needed', createdAt: Date.UTC(2026, 1, 5), selectors: [{ type: 'TextQuoteSelector', exact: 'the ransom note', prefix: '', suffix: '' }] });
    // The same file gives the same ids, so importing it twice does not double anything.
    const again = parseLibraryFile(text, { now: 1 });
    expect(again.ok && again.clippings.map((c) => c.id)).toEqual(parsed.clippings.map((c) => c.id));
  });

  it('explains what it cannot read', () => {
    const linked = { '@context': ANNO_CONTEXT, type: 'AnnotationCollection', id: 'https://a.example/c', first: 'https://a.example/c/page1' };
    expect(parseLibraryFile(JSON.stringify(linked))).toEqual({
      ok: false,
      error: 'first: the collection does not include its annotations (only a link to them); export it with the annotations embedded',
    });
    const badTarget = [{ type: 'Annotation', target: 'javascript:alert(1)' }];
    expect(parseLibraryFile(JSON.stringify(badTarget))).toEqual({ ok: false, error: '[0].target: only http and https pages can be imported' });
    const badSelector = { type: 'Annotation', target: { source: 'https://a.example/', selector: { type: 'TextPositionSelector', start: -1, end: 'x' } } };
    const r = parseLibraryFile(JSON.stringify(badSelector));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^target\.selector\.start: .*; target\.selector\.end: /);
  });
});
