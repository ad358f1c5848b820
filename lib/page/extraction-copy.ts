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
  const total = doc.getElementsByTagName('*').length;
  if (total <= max || !doc.body) return doctype + root.outerHTML;
  const container = mainContainer(doc) ?? doc.body;
  const parts: string[] = [];
  // As in extractionCopy: the root, the head's elements, the body and the container count too.
  let budget = max - 2 - (doc.head ? elementCount(doc.head, max) : 0) - (container !== doc.body ? 1 : 0);
  for (let child = container.firstChild; child && budget > 0; child = child.nextSibling) {
    const size = elementCount(child, budget);
    if (size > budget) {
      // A child too big to take whole: its own first children, as far as the budget goes.
      const inner: string[] = [];
      for (let c = child.firstChild; c && budget > 1; c = c.nextSibling) {
        const n = elementCount(c, budget);
        if (n >= budget) break;
        inner.push(htmlOf(c));
        budget -= n;
      }
      parts.push(child.nodeType === 1 ? wrapped(child as Element, inner.join('')) : '');
      break;
    }
    parts.push(htmlOf(child));
    budget -= size;
  }
  let body = parts.join('');
  if (container !== doc.body) body = wrapped(container, body);
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
