/**
 * What the gate (gate.ts) reads from a page, each read in as few DOM calls as it can: the gate
 * runs on every page, and its budget (DESIGN.md §9) is 1.5× one TreeWalker walk of the page's
 * text. In Chromium every distinct question about the whole document (a selector, a tag list)
 * costs a pass over its elements, a fifth to a third of that walk, so each is asked only where
 * the verdict (or its reasons) needs it.
 */
import { jsonLdSaysArticle } from './metadata';

/** Elements whose text is never prose. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const UNLIKELY = /comment|footer|sidebar|promo|share|related|-ad-|cookie/i;
const LIKELY = /article|content|body|main/i;

/** Whether the page is written in Chinese, Japanese or Korean (its declared language, or its title). */
export function isCjk(doc: Document): boolean {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  return /^(?:ja|zh|ko)\b/i.test(lang) || CJK.test(doc.title.slice(0, 200));
}

/** Why the whole page is being edited (design mode, or an editable body), or null when it is not. */
export function editorReason(doc: Document): string | null {
  if ((doc as Document & { designMode?: string }).designMode === 'on') return 'the page is in design mode (an editor)';
  const editable = (el: Element | null): boolean => {
    const v = el?.getAttribute('contenteditable');
    return v !== null && v !== undefined && v.toLowerCase() !== 'false';
  };
  if (editable(doc.body) || editable(doc.documentElement)) return 'the page body is editable (an editor)';
  return null;
}

/**
 * Whether a JSON-LD script says the page is an article. The selector finds the scripts in one
 * pass without a call per script (`i`: the type is matched ignoring ASCII case).
 */
export function hasArticleJsonLd(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0, s = scripts[0]; s; s = scripts[++i]) {
    if (jsonLdSaysArticle(s.textContent ?? '')) return true;
  }
  return false;
}

/** The reasons the head's meta tags give for the page being an article: og:type, article:published_time. */
export function headSignals(doc: Document): string[] {
  const metas = (doc.head ?? doc).getElementsByTagName('meta');
  let og = false;
  let published = false;
  for (let i = 0, m = metas[0]; m; m = metas[++i]) {
    const prop = m.getAttribute('property')?.toLowerCase();
    if (!prop) continue;
    if (prop === 'og:type' && !og) og = (m.getAttribute('content') ?? '').toLowerCase().startsWith('article');
    else if (prop === 'article:published_time') published = true;
  }
  return [...(og ? ['og:type is article'] : []), ...(published ? ['has article:published_time'] : [])];
}

/** Whether the page has an `<article>` element (the first one ends the search). */
export const hasArticleElement = (doc: Document): boolean => doc.querySelector('article') !== null;

/** Whether any element of the page carries a contenteditable attribute (whatever its value). */
export const hasEditableAttribute = (doc: Document): boolean => doc.querySelector('[contenteditable]') !== null;

/** Length of `s` without leading and trailing whitespace, without making a new string. */
function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return b - a;
}

/**
 * Length of an element's text outside scripts, styles and SVG, whitespace included (cheap beats
 * exact). Read from the text nodes' `length`: building the element's textContent costs more, and
 * a text node's data would cross into JavaScript as a string.
 */
export function textLength(el: Element): number {
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) return (only as Text).length;
  let n = 0;
  const stack: Node[] = [el];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 3) n += (c as Text).length;
      else if (type === 1 && !NOT_TEXT.has((c as Element).tagName)) stack.push(c);
    }
  }
  return n;
}

/**
 * Length of an element's text outside scripts, styles and SVG, each text node without its
 * surrounding whitespace, counted until it reaches `enough` (the count where it stopped).
 */
export function trimmedTextLength(el: Element, enough: number): number {
  let n = 0;
  // The stack holds the first child of each element still to read: an element without children
  // (an image, a line break, a script with a src) costs one call, and its tag name is not read.
  const stack: ChildNode[] = el.firstChild ? [el.firstChild] : [];
  for (let first = stack.pop(); first && n < enough; first = stack.pop()) {
    for (let c: ChildNode | null = first; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 3) n += trimmedLength((c as Text).data);
      else if (type === 1) {
        const child = c.firstChild;
        if (child && !NOT_TEXT.has((c as Element).tagName)) stack.push(child);
      }
    }
  }
  return n;
}

/** Whether `el` is a `<div>` (its tag name is upper case in an HTML document: checked first). */
function isDiv(el: Element): boolean {
  const tag = el.tagName;
  return tag === 'DIV' || tag.toUpperCase() === 'DIV';
}

/** Which paragraph-like elements: `<p>`s, or the rest (`<pre>`s, then the `<div>` parents of `<br>`s). */
export type CandidateKind = 'paragraphs' | 'others';

/**
 * Calls `visit` on the paragraph-like elements of one kind, in document order, until it returns
 * true or `count.seen` passes `max` (the count runs on across calls). Each tag's elements come
 * from its own querySelectorAll: Chromium gathers a one-tag list in one pass faster than it walks
 * a live collection, even one read only to its first few elements, and a selector list of
 * several tags costs more than separate lists.
 */
export function eachCandidate(doc: Document, kind: CandidateKind, count: { seen: number }, max: number, visit: (el: Element) => boolean): void {
  // Static lists: indexing past the end ends each loop, without a call for the length.
  const list = doc.querySelectorAll(kind === 'paragraphs' ? 'p' : 'pre');
  for (let i = 0, el = list[0]; el; el = list[++i]) {
    if (++count.seen > max || visit(el)) return;
  }
  if (kind === 'paragraphs') return;
  const brs = doc.querySelectorAll('br');
  let last: Element | null = null;
  for (let i = 0, br = brs[0]; br; br = brs[++i]) {
    const parent = br.parentElement;
    if (parent && parent !== last && isDiv(parent) && (++count.seen > max || visit(parent))) return;
    last = parent;
  }
}

/** The list or editing host a paragraph sits in, if any: such paragraphs are not article prose. */
export function hostOf(el: Element): 'list' | 'editable' | null {
  const host = el.closest('li, [contenteditable]');
  if (!host) return null;
  if (host.tagName.toUpperCase() === 'LI') return 'list';
  return (host.getAttribute('contenteditable') ?? '').toLowerCase() !== 'false' ? 'editable' : null;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whether a paragraph-like element is page furniture: hidden, or marked as a footer, sidebar, ad… */
export function isFurniture(el: Element): boolean {
  if (isHidden(el)) return true;
  const marker = `${el.className} ${el.id}`;
  return marker.length > 1 && UNLIKELY.test(marker) && !LIKELY.test(marker);
}
