/**
 * A map between the visible text of a DOM subtree and its text nodes, so that character
 * offsets (from analysis or from saved selectors) become DOM Ranges and back.
 */

/**
 * Elements whose text is never part of what the reader sees as the article, by `localName`:
 * lowercase for HTML elements, and `svg` is an SVG element's own (lowercase) name.
 */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'svg', 'iframe', 'object']);

/** The concatenated text of a subtree and where each text node starts in it. */
export interface TextMap {
  readonly root: Node;
  readonly text: string;
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  readonly starts: readonly number[];
}

/**
 * The text map of `root`, leaving out scripts, styles and the subtree of `exclude`
 * (Threatlight's own UI host), and stopping at `maxChars` so huge pages stay cheap.
 */
export function buildTextMap(root: Node, opts: { exclude?: Element | null; maxChars?: number } = {}): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const maxChars = opts.maxChars ?? 5_000_000;
  const exclude = opts.exclude ?? null;
  // No filter callback: a JS filter is a call from the browser into script for every node, which
  // costs many times the walk itself. Left-out subtrees are stepped over by moving the walker.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let n = walker.nextNode();
  while (n) {
    if (n.nodeType === 3) {
      if (length >= maxChars) break;
      const t = n as Text;
      const data = t.data;
      nodes.push(t);
      starts.push(length);
      parts.push(data);
      length += data.length;
      n = walker.nextNode();
    } else if (n === exclude || SKIP.has((n as Element).localName)) {
      // Past this subtree: its next sibling, or the next sibling of the nearest ancestor that has one.
      n = walker.nextSibling();
      while (!n && walker.parentNode()) n = walker.nextSibling();
    } else n = walker.nextNode();
  }
  return { root, text: parts.join(''), nodes, starts };
}

/** The text node holding offset `offset` of the map, and the offset inside it. */
export function locate(map: TextMap, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const { starts, nodes } = map;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] ?? 0;
    if (s < offset || (!preferEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  const start = starts[lo];
  if (!node || start === undefined) return null;
  return { node, offset: Math.min(Math.max(offset - start, 0), node.data.length) };
}

/** The DOM boundary points of text offsets [start, end) of the map, or null when out of bounds. */
export function boundsFromOffsets(map: TextMap, start: number, end: number): StaticRangeInit | null {
  if (start < 0 || end > map.text.length || start >= end) return null;
  const a = locate(map, start);
  const b = locate(map, end, true);
  if (!a || !b) return null;
  return { startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset };
}

/** A DOM Range covering text offsets [start, end) of the map, or null when out of bounds. */
export function rangeFromOffsets(map: TextMap, start: number, end: number): Range | null {
  const bounds = boundsFromOffsets(map, start, end);
  return bounds && liveRange(map.root.ownerDocument ?? (map.root as Document), bounds);
}

/**
 * A range over text offsets [start, end) of the map for painting, or null when out of bounds: a
 * StaticRange where the document has them, else a live Range. The browser keeps every live Range
 * up to date on each later change to the page's DOM, which makes every such change slower for as
 * long as the range lives; a StaticRange costs nothing after it is made. It does not follow the
 * page's edits, so it suits what is repainted from a new text map when the page changes.
 */
export function staticRangeFromOffsets(map: TextMap, start: number, end: number): AbstractRange | null {
  const bounds = boundsFromOffsets(map, start, end);
  if (!bounds) return null;
  const doc = map.root.ownerDocument ?? (map.root as Document);
  const Static = (doc.defaultView as { StaticRange?: typeof StaticRange } | null)?.StaticRange;
  return typeof Static === 'function' ? new Static(bounds) : liveRange(doc, bounds);
}

/**
 * A live Range of `doc` with the boundaries of `r` (a static range, or a live one copied), for
 * what only a live Range can do: measuring it on screen, wrapping it. Null when the boundaries no
 * longer fit the page (a node's text got shorter since).
 */
export function liveRange(doc: Document, r: StaticRangeInit): Range | null {
  const range = doc.createRange();
  try {
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
  } catch {
    return null;
  }
  return range;
}

/** The text offset in the map of a DOM position (a text node and an offset in it), or -1. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  if (node.nodeType !== 3) return -1;
  const i = map.nodes.indexOf(node as Text);
  const s = map.starts[i];
  return i < 0 || s === undefined ? -1 : s + offset;
}

/**
 * The text offset of any DOM boundary point (text or element container), as the start or the
 * end of a selection: a boundary between elements snaps forward to the next text for a start
 * and back to the previous text for an end. -1 when no mapped text lies on that side.
 */
export function offsetOfBoundary(map: TextMap, node: Node, offset: number, side: 'start' | 'end'): number {
  if (node.nodeType === 3) {
    const direct = offsetOf(map, node, offset);
    if (direct >= 0) return direct;
  }
  const doc = map.root.ownerDocument ?? (map.root as Document);
  const point = doc.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  const n = map.nodes.length;
  // comparePoint is monotone over text nodes in document order: binary search the first at/after.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = map.nodes[mid];
    if (t && point.comparePoint(t, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (side === 'start') return lo < n ? (map.starts[lo] ?? -1) : -1;
  const prev = lo - 1;
  const t = map.nodes[prev];
  const s = map.starts[prev];
  return t && s !== undefined ? s + t.data.length : -1;
}
