import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetOf, offsetOfBoundary, rangeFromOffsets } from '../../../lib/anchoring/text-map';

function doc(html: string): Document {
  // The global document: happy-dom mis-orders range boundaries in createHTMLDocument() documents.
  document.body.innerHTML = html;
  return document;
}

describe('text map', () => {
  it('spans ranges across element boundaries and skips scripts', () => {
    const d = doc('<p>The <b>National Cyber</b> Security Centre</p><script>var x = "National";</script><p>warned.</p>');
    const map = buildTextMap(d.body);
    expect(map.text).toBe('The National Cyber Security Centrewarned.');
    const start = map.text.indexOf('National');
    const range = rangeFromOffsets(map, start, start + 'National Cyber Security Centre'.length);
    // happy-dom's Range.toString() is empty across nodes, so check the boundaries themselves.
    expect((range?.startContainer as Text).data.slice(range?.startOffset)).toBe('National Cyber');
    expect((range?.endContainer as Text).data.slice(0, range?.endOffset)).toBe(' Security Centre');
  });

  it('leaves out an excluded subtree (our own UI)', () => {
    const d = doc('<p>Europol said</p><div id="ui">Threatlight panel</div>');
    const map = buildTextMap(d.body, { exclude: d.getElementById('ui') });
    expect(map.text).toBe('Europol said');
  });

  it('converts DOM positions back to offsets', () => {
    const d = doc('<p>one</p><p>two three</p>');
    const map = buildTextMap(d.body);
    const t = d.querySelectorAll('p')[1]?.firstChild as Node;
    expect(offsetOf(map, t, 4)).toBe(7);
    expect(map.text.slice(7)).toBe('three');
  });

  it('refuses offsets outside the text', () => {
    const map = buildTextMap(doc('<p>short</p>').body);
    expect(rangeFromOffsets(map, 2, 99)).toBeNull();
    expect(rangeFromOffsets(map, 3, 3)).toBeNull();
  });
});

describe('offsetOfBoundary', () => {
  it('snaps element boundaries to the text after a start and before an end', () => {
    const d = doc('<p>alpha</p><p id="b">beta gamma</p><p>delta</p>');
    const map = buildTextMap(d.body);
    const p = d.getElementById('b') as Element;
    expect(offsetOfBoundary(map, p, 0, 'start')).toBe(5);
    expect(offsetOfBoundary(map, p, 1, 'end')).toBe(15);
    expect(map.text.slice(5, 15)).toBe('beta gamma');
    expect(offsetOfBoundary(map, p.firstChild as Node, 5, 'start')).toBe(10);
  });
});
