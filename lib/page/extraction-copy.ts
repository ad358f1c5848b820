/**
 * The copy of a page that extraction works on (Readability rewrites the document it is given, so
 * the live page is never handed to it). An ordinary page is cloned whole. A huge one (a 10 MB
 * page, 200,000 nodes) would make the clone and Readability long tasks measured in seconds, so
 * its copy keeps the head (the page's metadata) and the main content container, cut off once
 * it holds MAX_COPY_ELEMENTS elements: extraction's work is bounded whatever the page.
 */

/** Pages with more elements than this are copied in part. Real articles have a few thousand. */
export const MAX_COPY_ELEMENTS = 20_000;

/** The element a huge page's article most likely sits in. */
function mainContainer(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
}

/** Elements in `node`'s subtree, itself included (stops counting past `limit`). */
function elementCount(node: Node, limit: number): number {
  if (node.nodeType !== 1) return 0;
  const el = node as Element;
  const inside = el.getElementsByTagName('*').length;
  return Math.min(limit + 1, inside + 1);
}

/** What the bounded copy of a huge page keeps of its main container. */
interface Kept {
  container: Element;
  /** Children taken whole, in order. */
  whole: Node[];
  /** A last child too big to take whole, with those of its own children that fit. */
  partial: { node: Node; children: Node[] } | null;
}

/**
 * What a bounded copy of a page keeps, or null when the page is copied whole (at most `max`
 * elements, or no body): the head, and the main container's children in order while the root,
 * the head, the body, the container and they fit in `max` elements.
 */
function keptOf(doc: Document, max: number): Kept | null {
  if (!doc.body || doc.getElementsByTagName('*').length <= max) return null;
  const container = mainContainer(doc) ?? doc.body;
  const kept: Kept = { container, whole: [], partial: null };
  let budget = max - 2 - (doc.head ? elementCount(doc.head, max) : 0) - (container !== doc.body ? 1 : 0);
  for (let child = container.firstChild; child && budget > 0; child = child.nextSibling) {
    const size = elementCount(child, budget);
    if (size > budget) {
      const children: Node[] = [];
      for (let c = child.firstChild; c && budget > 1; c = c.nextSibling) {
        const n = elementCount(c, budget);
        if (n >= budget) break;
        children.push(c);
        budget -= n;
      }
      kept.partial = { node: child, children };
      break;
    }
    kept.whole.push(child);
    budget -= size;
  }
  return kept;
}

/**
 * A copy of `doc` to extract from: the whole page, or for a page of more than `max` elements the
 * head and as much of its main container as fits in `max` elements. Never the live page.
 */
export function extractionCopy(doc: Document, max = MAX_COPY_ELEMENTS): Document {
  const kept = keptOf(doc, max);
  if (!kept) return doc.cloneNode(true) as Document;
  const copy = doc.cloneNode(false) as Document;
  const html = copy.appendChild(doc.documentElement.cloneNode(false));
  if (doc.head) html.appendChild(doc.head.cloneNode(true));
  const body = html.appendChild(doc.body.cloneNode(false));
  const target = kept.container !== doc.body ? body.appendChild(kept.container.cloneNode(false)) : body;
  for (const n of kept.whole) target.appendChild(n.cloneNode(true));
  if (kept.partial) {
    const part = target.appendChild(kept.partial.node.cloneNode(false));
    for (const c of kept.partial.children) part.appendChild(c.cloneNode(true));
  }
  return copy;
}

/** The markup of one element with `inner` as its content (a void element stays as it is). */
function wrapped(el: Element, inner: string): string {
  const shell = (el.cloneNode(false) as Element).outerHTML;
  const close = shell.lastIndexOf('</');
  return close < 0 ? shell : shell.slice(0, close) + inner + shell.slice(close);
}

/**
 * The markup of the same copy `extractionCopy` makes, as a string to parse elsewhere (the
 * extension analyses a page away from the page's own thread): the whole page, or for a page of
 * more than `max` elements its head and as much of its main container as fits.
 */
export function extractionHtml(doc: Document, max = MAX_COPY_ELEMENTS): string {
  const doctype = doc.doctype ? '<!DOCTYPE html>' : '';
  const root = doc.documentElement;
  if (!root) return '';
  const kept = keptOf(doc, max);
  if (!kept || !doc.body) return doctype + root.outerHTML;
  let body = kept.whole.map(htmlOf).join('');
  if (kept.partial) {
    const { node, children } = kept.partial;
    body += node.nodeType === 1 ? wrapped(node as Element, children.map(htmlOf).join('')) : '';
  }
  if (kept.container !== doc.body) body = wrapped(kept.container, body);
  return `${doctype}${wrapped(root, (doc.head?.outerHTML ?? '') + wrapped(doc.body, body))}`;
}

/** A node's markup as it would appear inside its parent's. */
function htmlOf(node: Node): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  if (node.nodeType === 3) return escapeText((node as Text).data);
  return '';
}

/** Text escaped as an HTML serializer escapes it outside attributes. */
function escapeText(s: string): string {
  return s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}
