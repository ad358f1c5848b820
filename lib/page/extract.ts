/**
 * Extraction (DESIGN.md §3 step 2): an article's metadata and main text. Metadata the page states
 * (JSON-LD, OpenGraph, meta tags, `<time>`) comes first; Readability finds the main text and fills
 * what the page does not state. Readability rewrites the document it is given, so callers pass a
 * clone (or a document parsed just for this), never the live page.
 */
import { Readability } from '@mozilla/readability';
import type { Article } from './types';
import { readMetadata, ARTICLE_TYPES, type PageMetadata } from './metadata';
import { toIsoDate, dateFromUrl } from './dates';
import { cleanTitle } from './title';
import { blockText } from './text';
import { detectLanguage, normalizeLangTag, primaryLanguage } from './lang';

/** Main text shorter than this is a stub, a teaser or a caption, not an article. */
const MIN_ARTICLE_CHARS = 500;
/** Share of the main text inside links above which the "article" is really a list of links. */
const MAX_LINK_DENSITY = 0.45;
/**
 * Real pages nest elements a few dozen deep; Readability's work grows with the square of the depth,
 * so a page nested deeper than this (a hostile or broken one) is read as plain text instead.
 */
const MAX_DEPTH = 250;

/** Whether the element tree under `root` is deeper than `limit` (stops as soon as it is). */
function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const top = stack.pop();
    if (!top) break;
    const [el, depth] = top;
    if (depth > limit) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return false;
}

type Parsed = ReturnType<Readability<Element>['parse']>;

function runReadability(doc: Document): Parsed {
  try {
    return new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  } catch {
    // Readability throws on a few malformed documents; the metadata alone is still worth returning.
    return null;
  }
}

function linkDensity(root: Element, textLength: number): number {
  if (!textLength) return 0;
  let linked = 0;
  for (const a of Array.from(root.getElementsByTagName('a'))) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return linked / textLength;
}

function tidy(s: string | null | undefined, max = 300): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : null;
}

/**
 * "By Jane Doe" → "Jane Doe". Other words are kept: a byline may name several people or their
 * role, and non-English particles ("Par", "Von") are part of how the page credits its author.
 */
function cleanByline(s: string | null | undefined): string | null {
  const t = tidy(s);
  if (!t) return null;
  return t.replace(/^by:?\s+/i, '') || null;
}

/** schema.org types of pages that sell or describe a product rather than report. */
const PRODUCT_TYPES = /^(?:Product|ProductGroup|Offer|AggregateOffer|SoftwareApplication|MobileApplication|WebApplication|Store)$/;

/**
 * Whether the page's own metadata says it is not an article: a product or app page. (A landing
 * page is left to the assessor, whose marketing vocabulary keeps it quiet; og:type "website"
 * alone is too common on real articles to decide anything.)
 */
function saysNotArticle(meta: PageMetadata, markedArticle: boolean): boolean {
  if (markedArticle) return false;
  return Boolean(meta.ogType?.startsWith('product')) || meta.jsonLdTypes.some((t) => PRODUCT_TYPES.test(t));
}

/**
 * Title, byline, site, date, language, canonical URL and main text of the document.
 * Mutates `doc` (Readability strips it): pass a clone or a document parsed for the purpose.
 * `url` is the page's address, used to resolve relative links and as a last-resort date source.
 */
export function extractArticle(doc: Document, url?: string): Article {
  const meta = readMetadata(doc, url);
  const declaredLang = normalizeLangTag(meta.lang);
  const tooDeep = doc.body ? deeperThan(doc.body, MAX_DEPTH) : false;
  const parsed = tooDeep ? null : runReadability(doc);
  const content = parsed?.content ?? null;
  const text = content ? blockText(content) : tooDeep && doc.body ? blockText(doc.body) : '';

  const canonicalUrl = meta.canonicalUrl ?? url ?? null;
  const siteName = tidy(parsed?.siteName) ?? tidy(meta.siteName);
  const rawTitle = parsed?.title?.trim() ? parsed.title : meta.title;
  const title = cleanTitle(rawTitle, siteName, canonicalUrl);
  const publishedAt =
    toIsoDate(meta.published) ?? toIsoDate(parsed?.publishedTime) ?? dateFromUrl(canonicalUrl) ?? dateFromUrl(url);

  // A page declaring "en" while its text is plainly another language is mislabelled by a template.
  const detected = text.length >= 200 ? detectLanguage(text) : null;
  const lang = declaredLang && (!detected || primaryLanguage(declaredLang) === detected) ? declaredLang : (detected ?? declaredLang);

  const markedArticle = meta.ogType === 'article' || meta.jsonLdTypes.some((t) => ARTICLE_TYPES.test(t));
  const density = content ? linkDensity(content, text.length) : 1;
  const byline = cleanByline(parsed?.byline) ?? cleanByline(meta.byline);
  const isArticle =
    !tooDeep &&
    text.length >= (markedArticle ? MIN_ARTICLE_CHARS / 2 : MIN_ARTICLE_CHARS) &&
    density <= MAX_LINK_DENSITY &&
    !saysNotArticle(meta, markedArticle);

  return {
    isArticle,
    title,
    byline,
    siteName,
    publishedAt,
    lang,
    canonicalUrl,
    text,
    excerpt: tidy(parsed?.excerpt, 500) ?? tidy(meta.description, 500),
  };
}
