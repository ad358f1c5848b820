import { afterEach, describe, expect, it } from 'vitest';
import { buildTextMap, liveRange, offsetOf, offsetOfBoundary, rangeFromOffsets, staticRangeFromOffsets } from '../../../lib/anchoring/text-map';
import { paint } from '../../../lib/paint/highlights';

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

/** A stand-in for the browser's StaticRange (happy-dom has none): it only keeps its boundaries. */
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

describe('ranges for painting', () => {
  const win = window as unknown as { StaticRange?: unknown };
  afterEach(() => {
    delete win.StaticRange;
  });

  it('are static where the document has StaticRange, with the boundaries a live range has', () => {
    win.StaticRange = FakeStaticRange;
    const d = doc('<p>The <b>National Cyber</b> Security Centre</p>');
    const map = buildTextMap(d.body);
    const start = map.text.indexOf('National');
    const end = start + 'National Cyber Security'.length;
    const s = staticRangeFromOffsets(map, start, end);
    const live = rangeFromOffsets(map, start, end);
    expect(s).toBeInstanceOf(FakeStaticRange);
    expect([s?.startContainer, s?.startOffset, s?.endContainer, s?.endOffset]).toEqual([live?.startContainer, live?.startOffset, live?.endContainer, live?.endOffset]);
    expect(staticRangeFromOffsets(map, 3, 3)).toBeNull();
    // And back to a live one (the hover card measures it), or null once it no longer fits.
    const again = s && liveRange(d, s);
    expect(again?.startContainer).toBe(live?.startContainer);
    expect(again?.endOffset).toBe(live?.endOffset);
    (s?.endContainer as Text).data = 'x';
    expect(s && liveRange(d, s)).toBeNull();
  });

  it('are live Ranges where it has not', () => {
    const map = buildTextMap(doc('<p>Europol said</p>').body);
    const r = staticRangeFromOffsets(map, 0, 7);
    expect(typeof (r as Range).surroundContents).toBe('function');
  });

  it('are wrapped by the fallback painting like live ones', () => {
    win.StaticRange = FakeStaticRange;
    const d = doc('<p>GCHQ and the NCSC warned.</p>');
    const map = buildTextMap(d.body);
    const at = map.text.indexOf('NCSC');
    const painting = paint(d, new Map([['agency', [staticRangeFromOffsets(map, 0, 4), staticRangeFromOffsets(map, at, at + 4)].filter((r) => r !== null)]]));
    expect(painting.marks.map((m) => m.textContent)).toEqual(['NCSC', 'GCHQ']);
  });
});
