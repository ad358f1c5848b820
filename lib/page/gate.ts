/**
 * The gate: a nearly free look at a page that lets obvious non-articles out before any real work
 * (DESIGN.md §3 step 1, §9 budget: cheaper than ~1.5× a TreeWalker walk of the page's text).
 * It reads a handful of elements and the paragraphs' text (gate-reads.ts); it never runs
 * Readability.
 */
import type { GateResult } from './types';
import {
  eachCandidate, editorReason, hasArticleElement, hasArticleJsonLd, hasEditableAttribute, headSignals, hostOf, isCjk, isFurniture,
  textLength, trimmedTextLength, type CandidateKind,
} from './gate-reads';

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

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** A Chinese, Japanese or Korean character says about as much as two and a half Latin letters. */
const CJK_WEIGHT = 2.5;

/**
 * Paragraph-like elements looked at before giving up on a page: a 200,000-node page of short
 * snippets is decided by its first few thousand, so the gate's work stays bounded.
 */
const MAX_CANDIDATES = 5000;

/**
 * A Readability-style "is there a body of prose here" score, with the paragraph text it counted
 * and how many long paragraphs sit in an editable region; `seen` counts the candidates looked at.
 */
interface Prose {
  score: number;
  chars: number;
  editable: number;
  seen: number;
}

/**
 * Adds the candidates of one kind to `prose` until the score passes `stopAt`; true when it did.
 * The length comes first: most paragraphs of a page that is not an article are short, and their
 * other checks are skipped.
 */
function weigh(doc: Document, kind: CandidateKind, prose: Prose, weight: number, stopAt: number): boolean {
  eachCandidate(doc, kind, prose, MAX_CANDIDATES, (el) => {
    const len = Math.round(textLength(el) * weight);
    if (len < MIN_PARAGRAPH || isFurniture(el)) return false;
    const host = hostOf(el);
    if (host === 'list') return false;
    if (host === 'editable') {
      prose.editable++;
      return false;
    }
    prose.chars += len;
    prose.score += Math.sqrt(len - MIN_PARAGRAPH);
    return prose.score > stopAt;
  });
  return prose.score > stopAt;
}

/** How many candidates of any length sit in an editable region (ProseMirror, Quill, Slate…). */
function editableParagraphs(doc: Document): number {
  let n = 0;
  const count = { seen: 0 };
  const visit = (el: Element): boolean => {
    if (!isFurniture(el) && hostOf(el) === 'editable') n++;
    return false;
  };
  eachCandidate(doc, 'paragraphs', count, MAX_CANDIDATES, visit);
  eachCandidate(doc, 'others', count, MAX_CANDIDATES, visit);
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
  const editor = editorReason(doc);
  if (editor) return { pass: false, reasons: [editor] };
  const min = gateThresholds(opts.sensitivity);
  const weight = isCjk(doc) ? CJK_WEIGHT : 1;
  const body = doc.body;

  // Each of these is read at most once, and only when the verdict (or its reasons) needs it.
  const reasons: string[] = [];
  let declared: boolean | undefined;
  const declaredBy = (): boolean => {
    if (declared === undefined) {
      if (hasArticleJsonLd(doc)) reasons.push('JSON-LD says it is an article');
      reasons.push(...headSignals(doc));
      declared = reasons.length > 0;
    }
    return declared;
  };
  let editable: boolean | undefined;
  const editableAttribute = (): boolean => (editable ??= hasEditableAttribute(doc));
  let text: number | undefined;
  // Only pages that call themselves articles pay for this walk of the body.
  const bodyText = (): number => (text ??= Math.round(trimmedTextLength(body, min.bodyWithMarkup / weight) * weight));
  // A page that says it is an article and passes on its body text is not asked whether it has
  // an <article> element too: that answer costs a pass over the page and would change nothing.
  const passOnBodyText = (): GateResult => {
    reasons.push(`${bodyText()} characters of text outside paragraphs`);
    return { pass: true, reasons };
  };

  const prose: Prose = { score: 0, chars: 0, editable: 0, seen: 0 };
  // The <p>s first: an article passes on its first few. A page whose <p>s hold little text but
  // which calls itself an article, hosts no editor and has enough text in its body passes on that
  // text, whatever its <pre>s and <br>s would add (a higher score or more paragraph text only
  // lets it through too), so those are not read.
  if (!weigh(doc, 'paragraphs', prose, weight, min.score)) {
    if (prose.chars < min.textWithMarkup && declaredBy() && !editableAttribute() && bodyText() >= min.bodyWithMarkup) return passOnBodyText();
    weigh(doc, 'others', prose, weight, min.score);
  }
  const { score, chars } = prose;
  if (score > min.score) {
    declaredBy();
    if (hasArticleElement(doc)) reasons.push('has an <article> element');
    reasons.push('has a body of paragraphs');
    return { pass: true, reasons };
  }
  if (prose.editable >= 2) return { pass: false, reasons: ['the page hosts a rich-text editor'] };

  // Too little prose: only the page's own statements can still let it through. The `<article>`
  // element is looked up only when there is enough paragraph text for it to matter.
  declaredBy();
  if (chars >= min.textWithMarkup && hasArticleElement(doc)) reasons.push('has an <article> element');
  const markedUp = reasons.length > 0;
  const wouldPass = (markedUp && chars >= min.textWithMarkup) || declared;
  // An editor's paragraphs are short as often as long: counted in full only where it matters.
  if (wouldPass && editableAttribute() && editableParagraphs(doc) >= 2) return { pass: false, reasons: ['the page hosts a rich-text editor'] };
  if (markedUp && chars >= min.textWithMarkup) {
    reasons.push(`${chars} characters of paragraph text`);
    return { pass: true, reasons };
  }
  if (declared && bodyText() >= min.bodyWithMarkup) return passOnBodyText();
  return { pass: false, reasons: [...reasons, `too little running text (${chars} characters in long paragraphs)`] };
}
