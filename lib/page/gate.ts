/**
 * The gate: a nearly free look at a page that lets obvious non-articles out before any real work
 * (DESIGN.md §3 step 1, §9 budget: cheaper than ~1.5× a TreeWalker walk of the page's text).
 * It reads a handful of elements and the paragraphs' text; it never runs Readability.
 */
import type { GateResult } from './types';
import { jsonLdSaysArticle } from './metadata';

/** Paragraph-like score a page must reach to pass on text alone (Readability uses 20). */
const MIN_SCORE = 20;
/** Below this much paragraph text even a page marked up as an article is not worth reading. */
const MIN_TEXT_WITH_MARKUP = 400;
/** Paragraphs shorter than this are captions, buttons and teasers, not prose. */
const MIN_PARAGRAPH = 140;
/**
 * A page that says it is an article but keeps its prose out of `<p>` (CNN's
 * `div.zn-body__paragraph`, script-rendered sites) passes with this much text in its body.
 */
const MIN_BODY_WITH_MARKUP = 1500;
/** Elements whose text is never prose. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** A Chinese, Japanese or Korean character says about as much as two and a half Latin letters. */
const CJK_WEIGHT = 2.5;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Whether the page is written in Chinese, Japanese or Korean (its declared language, or its title). */
function isCjk(doc: Document): boolean {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  return /^(?:ja|zh|ko)\b/i.test(lang) || CJK.test(doc.title.slice(0, 200));
}

/** Whether the whole page is being edited: design mode, or an editable body (cheap checks only). */
function isEditor(doc: Document): string | null {
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
function hasArticleJsonLd(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0, s = scripts[0]; s; s = scripts[++i]) {
    if (jsonLdSaysArticle(s.textContent ?? '')) return true;
  }
  return false;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Length of `s` without leading and trailing whitespace, without making a new string. */
function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return b - a;
}

/**
 * Length of an element's text, whitespace included (cheap beats exact): read from the text nodes
 * directly, because building the element's whole textContent string costs more than the walk.
 * A text node's `length` is read rather than its data: no string crosses into JavaScript.
 */
function textLength(el: Element): number {
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

/** Length of an element's text without each text node's surrounding whitespace, counted until `enough`. */
function trimmedTextLength(el: Element, enough: number): number {
  let n = 0;
  const stack: Node[] = [el];
  for (let node = stack.pop(); node && n < enough; node = stack.pop()) {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 3) n += trimmedLength((c as Text).data);
      else if (type === 1 && !NOT_TEXT.has((c as Element).tagName)) stack.push(c);
    }
  }
  return n;
}

/** Whether the page has an `<article>` element: the first one ends the search (a length counts them all). */
const hasArticleElement = (doc: Document): boolean => doc.querySelector('article') !== null;

/** The page's own statements that it is an article: og:type, article:published_time, in the head. */
function headSignals(doc: Document, reasons: string[]): void {
  const metas = (doc.head ?? doc).getElementsByTagName('meta');
  let og = false;
  let published = false;
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const prop = m?.getAttribute('property')?.toLowerCase();
    if (!m || !prop) continue;
    if (prop === 'og:type' && !og) og = (m.getAttribute('content') ?? '').toLowerCase().startsWith('article');
    else if (prop === 'article:published_time') published = true;
  }
  if (og) reasons.push('og:type is article');
  if (published) reasons.push('has article:published_time');
}

/**
 * Paragraph-like elements looked at before giving up on a page: a 200,000-node page of short
 * snippets is decided by its first few thousand, so the gate's work stays bounded.
 */
const MAX_CANDIDATES = 5000;

const UNLIKELY = /comment|footer|sidebar|promo|share|related|-ad-|cookie/i;
const LIKELY = /article|content|body|main/i;

/**
 * Calls `visit` on the paragraph-like elements: `<p>`, `<pre>`, and the parents of `<br>` runs,
 * until it returns true or MAX_CANDIDATES were visited. Each tag's elements come from its own
 * querySelectorAll: Chromium gathers a one-tag list in one pass faster than it walks a live
 * collection, even one read only to its first few elements (and a selector list of several tags
 * costs more than separate lists).
 */
function eachCandidate(doc: Document, visit: (el: Element) => boolean): void {
  let n = 0;
  // Static lists: indexing past the end ends each loop, without a call for the length.
  for (const tag of ['p', 'pre']) {
    const list = doc.querySelectorAll(tag);
    for (let i = 0, el = list[0]; el; el = list[++i]) {
      if (++n > MAX_CANDIDATES || visit(el)) return;
    }
  }
  const brs = doc.querySelectorAll('br');
  let last: Element | null = null;
  for (let i = 0, br = brs[0]; br; br = brs[++i]) {
    const parent = br.parentElement;
    if (parent && parent !== last && isDiv(parent) && (++n > MAX_CANDIDATES || visit(parent))) return;
    last = parent;
  }
}

/** Whether `el` is a `<div>` (its tag name is upper case in an HTML document: checked first). */
function isDiv(el: Element): boolean {
  const tag = el.tagName;
  return tag === 'DIV' || tag.toUpperCase() === 'DIV';
}

/** The list or editing host a paragraph sits in, if any: such paragraphs are not article prose. */
function hostOf(el: Element): 'list' | 'editable' | null {
  const host = el.closest('li, [contenteditable]');
  if (!host) return null;
  if (host.tagName.toUpperCase() === 'LI') return 'list';
  return (host.getAttribute('contenteditable') ?? '').toLowerCase() !== 'false' ? 'editable' : null;
}

/** Whether a candidate is left out before its text is weighed: hidden, or marked as page furniture. */
function isFurniture(el: Element): boolean {
  if (isHidden(el)) return true;
  const marker = `${el.className} ${el.id}`;
  return marker.length > 1 && UNLIKELY.test(marker) && !LIKELY.test(marker);
}

/**
 * A Readability-style "is there a body of prose here" score, with the paragraph text it counted
 * and how many long paragraphs sit in an editable region. The length comes first: most
 * paragraphs of a page that is not an article are short, and their other checks are skipped.
 * Stops as soon as the score passes `stopAt`.
 */
function proseScore(doc: Document, stopAt: number): { score: number; chars: number; editable: number } {
  const weight = isCjk(doc) ? CJK_WEIGHT : 1;
  let score = 0;
  let chars = 0;
  let editable = 0;
  eachCandidate(doc, (el) => {
    const len = Math.round(textLength(el) * weight);
    if (len < MIN_PARAGRAPH || isFurniture(el)) return false;
    const host = hostOf(el);
    if (host === 'list') return false;
    if (host === 'editable') {
      editable++;
      return false;
    }
    chars += len;
    score += Math.sqrt(len - MIN_PARAGRAPH);
    return score > stopAt;
  });
  return { score, chars, editable };
}

/** How many candidates of any length sit in an editable region (ProseMirror, Quill, Slate…). */
function editableParagraphs(doc: Document): number {
  let n = 0;
  eachCandidate(doc, (el) => {
    if (!isFurniture(el) && hostOf(el) === 'editable') n++;
    return false;
  });
  return n;
}

/** How much article-like text the gate asks for (settings' `gateSensitivity`). */
export type GateSensitivity = 'strict' | 'normal' | 'lenient';

/** Options of `gate`. */
export interface GateOptions {
  /** strict asks for half as much text again as normal, lenient for half as much. */
  sensitivity?: GateSensitivity;
}

/** How far each sensitivity moves the text thresholds from normal. */
const SENSITIVITY_FACTOR: Record<GateSensitivity, number> = { strict: 1.5, normal: 1, lenient: 0.5 };

/** The text thresholds at one sensitivity. */
export function gateThresholds(sensitivity: GateSensitivity = 'normal'): { score: number; textWithMarkup: number; bodyWithMarkup: number } {
  const f = SENSITIVITY_FACTOR[sensitivity] ?? 1;
  return { score: MIN_SCORE * f, textWithMarkup: MIN_TEXT_WITH_MARKUP * f, bodyWithMarkup: MIN_BODY_WITH_MARKUP * f };
}

/**
 * Whether `doc` is worth extracting: passes for pages with a body of prose or article markup and
 * enough text; fails for non-HTML documents, editors and pages with too little running text.
 */
export function gate(doc: Document, opts: GateOptions = {}): GateResult {
  const contentType = (doc as Document & { contentType?: string }).contentType;
  if (contentType && !HTML_TYPES.has(contentType.toLowerCase())) {
    return { pass: false, reasons: [`not an HTML page (${contentType})`] };
  }
  if (!doc.body) return { pass: false, reasons: ['the page has no body'] };
  const editor = isEditor(doc);
  if (editor) return { pass: false, reasons: [editor] };
  const min = gateThresholds(opts.sensitivity);

  const { score, chars, editable } = proseScore(doc, min.score);
  const reasons: string[] = [];
  const declaredBy = (): boolean => {
    if (hasArticleJsonLd(doc)) reasons.push('JSON-LD says it is an article');
    headSignals(doc, reasons);
    return reasons.length > 0;
  };
  if (score > min.score) {
    declaredBy();
    if (hasArticleElement(doc)) reasons.push('has an <article> element');
    reasons.push('has a body of paragraphs');
    return { pass: true, reasons };
  }
  if (editable >= 2) return { pass: false, reasons: ['the page hosts a rich-text editor'] };

  // Too little prose: only the page's own statements can still let it through. The `<article>`
  // element is looked up only when there is enough paragraph text for it to matter.
  const declared = declaredBy();
  if (chars >= min.textWithMarkup && hasArticleElement(doc)) reasons.push('has an <article> element');
  const markedUp = reasons.length > 0;
  const wouldPass = (markedUp && chars >= min.textWithMarkup) || declared;
  // An editor's paragraphs are short as often as long: counted in full only where it matters.
  if (wouldPass && doc.querySelector('[contenteditable]') && editableParagraphs(doc) >= 2) return { pass: false, reasons: ['the page hosts a rich-text editor'] };
  if (markedUp && chars >= min.textWithMarkup) {
    reasons.push(`${chars} characters of paragraph text`);
    return { pass: true, reasons };
  }
  if (declared) {
    // Only pages that call themselves articles pay for this walk of the whole body.
    const weight = isCjk(doc) ? CJK_WEIGHT : 1;
    const text = Math.round(trimmedTextLength(doc.body, min.bodyWithMarkup / weight) * weight);
    if (text >= min.bodyWithMarkup) {
      if (chars < min.textWithMarkup && hasArticleElement(doc)) reasons.push('has an <article> element');
      reasons.push(`${text} characters of text outside paragraphs`);
      return { pass: true, reasons };
    }
  }
  return { pass: false, reasons: [...reasons, `too little running text (${chars} characters in long paragraphs)`] };
}
