/**
 * The page pipeline in one call (DESIGN.md §3 steps 1–4): gate, extract, recognise, assess.
 * The extension's content script and the `threatlight analyze` command both run exactly this.
 */
import type { Entity } from './entities/types';
import type { Article, Assessment, GateResult } from './page/types';
import { gate } from './page/gate';
import { extractArticle } from './page/extract';
import { extractionCopy } from './page/extraction-copy';
import { assess } from './page/assess';
import { recognize, recognizeInSteps } from './entities/recognize';
import { prepareKnowledge } from './knowledge/matcher';
import { detectLanguage } from './page/lang';

/** Everything Threatlight concludes about one page or text. */
export interface Analysis {
  article: Article;
  assessment: Assessment;
  entities: Entity[];
  gate?: GateResult;
}

/** Options for `analyzeDocument`. */
export interface AnalyzeOptions {
  /** The page's address (resolves relative links; a date in the path is a last resort). */
  url?: string;
  /**
   * The document is a throwaway copy (parsed for this call, or already cloned): extract from it
   * directly instead of cloning it first. Never set this for the live page.
   */
  disposable?: boolean;
  /**
   * Analyse at most this much of the article's text (cut at a paragraph end): the in-page analyser
   * bounds its work on enormous pages with it. Unset: all of it.
   */
  maxTextChars?: number;
  /**
   * The gate's verdict on the live page, when `doc` is a copy of it made elsewhere (a bounded
   * copy of a huge page can read differently): used instead of gating `doc` again.
   */
  gate?: GateResult;
}

/** `text` cut to at most `max` characters, at the last paragraph end when there is one near. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = text.lastIndexOf('\n', max);
  return text.slice(0, end > max * 0.8 ? end : max);
}

/**
 * Analyses a page: the gate on `doc` itself (read-only), then extraction on a copy of it (the
 * live page is never changed; a huge page's copy is bounded, see page/extraction-copy.ts), entity recognition on the main text, and the security-news verdict.
 * A page the gate turns away is still extracted, but is not an article and never security news.
 */
export function analyzeDocument(doc: Document, opts: AnalyzeOptions = {}): Analysis {
  const g = gate(doc);
  const work = opts.disposable ? doc : extractionCopy(doc);
  const article = extractArticle(work, opts.url);
  if (!g.pass) article.isArticle = false;
  const entities = recognize(article.text);
  return { article, assessment: assess(article, entities), entities, gate: g };
}

/**
 * The same analysis as `analyzeDocument`, in steps with `pause()` awaited between them (gate,
 * copy, extraction, the knowledge base's start-up, each recognizer, assessment), so the page it
 * runs in stays responsive. The result is identical.
 */
export async function analyzeDocumentInSteps(doc: Document, opts: AnalyzeOptions, pause: () => Promise<void>): Promise<Analysis> {
  const g = opts.gate ?? gate(doc);
  await pause();
  const work = opts.disposable ? doc : extractionCopy(doc);
  await pause();
  const article = extractArticle(work, opts.url);
  if (!g.pass) article.isArticle = false;
  if (opts.maxTextChars !== undefined) article.text = cutText(article.text, opts.maxTextChars);
  await pause();
  for (const category of ['agency', 'threat-actor', 'malware'] as const) {
    prepareKnowledge(category);
    await pause();
  }
  const entities = await recognizeInSteps(article.text, pause);
  return { article, assessment: assess(article, entities), entities, gate: g };
}

/**
 * Analyses a plain text (a .txt file): the article's text is `text` exactly, so entity offsets
 * point into it. The title is the first line when it reads like one.
 */
export function analyzeText(text: string): Analysis {
  const firstLine = /^[^\n]{1,200}(?=\r?\n)/.exec(text)?.[0]?.trim() ?? '';
  const looksLikeTitle = firstLine.length > 0 && !/[.:;,]$/.test(firstLine) && firstLine.split(/\s+/).length <= 25;
  const article: Article = {
    isArticle: text.trim().length > 0,
    title: looksLikeTitle ? firstLine : null,
    byline: null,
    siteName: null,
    publishedAt: null,
    lang: detectLanguage(text),
    canonicalUrl: null,
    text,
  };
  const entities = recognize(text);
  return { article, assessment: assess(article, entities), entities };
}
