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

/**
 * A copy of `doc` to extract from: the whole page, or for a page of more than `max` elements the
 * head and as much of its main container as fits in `max` elements. Never the live page.
 */
export function extractionCopy(doc: Document, max = MAX_COPY_ELEMENTS): Document {
  const total = doc.getElementsByTagName('*').length;
  if (total <= max || !doc.body) return doc.cloneNode(true) as Document;
  const copy = doc.cloneNode(false) as Document;
  const html = doc.documentElement.cloneNode(false) as Element;
  copy.appendChild(html);
  if (doc.head) html.appendChild(doc.head.cloneNode(true));
  const body = doc.body.cloneNode(false) as Element;
  html.appendChild(body);
  const container = mainContainer(doc);
  const target = container && container !== doc.body ? body.appendChild(container.cloneNode(false)) : body;
  let budget = max - 1 - html.getElementsByTagName('*').length;
  for (let child = (container ?? doc.body).firstChild; child && budget > 0; child = child.nextSibling) {
    const size = elementCount(child, budget);
    if (size > budget) {
      // A child too big to take whole: its own first children, as far as the budget goes.
      const part = child.cloneNode(false);
      for (let c = child.firstChild; c && budget > 1; c = c.nextSibling) {
        const n = elementCount(c, budget);
        if (n >= budget) break;
        part.appendChild(c.cloneNode(true));
        budget -= n;
      }
      target.appendChild(part);
      break;
    }
    target.appendChild(child.cloneNode(true));
    budget -= size;
  }
  return copy;
}
