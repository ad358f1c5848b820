/**
 * Metadata a page states about itself — JSON-LD, OpenGraph, `<meta>` conventions (article:*,
 * parsely, dc.*, sailthru, citation_*), `<link rel=canonical>`, `<time datetime>` — read before any
 * heuristic, because a publisher's own statement beats a guess from the layout.
 */

/** What the page says about itself; every field may be missing. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Raw published date as written; see `toIsoDate`. */
  published: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  ogUrl: string | null;
  description: string | null;
  ogType: string | null;
  /** schema.org types of the JSON-LD nodes on the page ("NewsArticle", "Product", ...). */
  jsonLdTypes: string[];
}

/** schema.org types that describe one article. */
export const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|Posting)$/;
/** Text that could name one of ARTICLE_TYPES once parsed. */
const MAY_NAME_ARTICLE = /Article|Posting|Report|\\u/;

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every object in a JSON-LD value, flattening arrays and `@graph`. Bounded, so hostile JSON is cheap. */
function nodesOf(root: Json): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: Json[] = [root];
  while (queue.length && out.length < 200) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v.slice(0, 50));
    else if (isObject(v)) {
      out.push(v);
      const g = v['@graph'];
      if (Array.isArray(g)) queue.push(...g.slice(0, 50));
    }
  }
  return out;
}

/** A display string from a JSON-LD value that may be a string, a Person/Organization, or a list of them. */
function nameOf(v: Json | undefined, depth = 0): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (depth > 2 || v === undefined || v === null) return null;
  if (Array.isArray(v)) {
    const names = v.map((x) => nameOf(x, depth + 1)).filter((x): x is string => Boolean(x));
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  if (isObject(v)) return nameOf(v.name, depth + 1);
  return null;
}

/** The parsed JSON of a JSON-LD script's text, or null when it is not JSON (or absurdly large). */
function parseJsonLd(text: string): Json | null {
  const raw = text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
  if (raw.length > 500_000) return null;
  try {
    return JSON.parse(raw) as Json;
  } catch {
    return null;
  }
}

/**
 * Whether a JSON-LD script describes the page as an article. Only the top-level nodes count (and
 * those of an `@graph`): a home page's list of NewsArticle teasers does not make it an article.
 */
export function jsonLdSaysArticle(text: string): boolean {
  // Most JSON-LD (Organization, WebSite, Product…) names no article type: not worth parsing. Only a
  // \u escape could spell a type name without its letters appearing in the text.
  if (!MAY_NAME_ARTICLE.test(text)) return false;
  const parsed = parseJsonLd(text);
  return parsed !== null && nodesOf(parsed).some((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
}

function readJsonLd(doc: Document): { article: JsonObject | null; types: string[] } {
  const types: string[] = [];
  let article: JsonObject | null = null;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const parsed = parseJsonLd(s.textContent ?? '');
    if (parsed === null) continue;
    for (const node of nodesOf(parsed)) {
      const t = typesOf(node);
      types.push(...t);
      if (!article && t.some((x) => ARTICLE_TYPES.test(x))) article = node;
    }
  }
  return { article, types };
}

/** Lower-cased `name`/`property`/`itemprop` → first non-empty `content` of the page's `<meta>` tags. */
function readMeta(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const content = m.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = [m.getAttribute('property'), m.getAttribute('name'), m.getAttribute('itemprop'), m.getAttribute('http-equiv')];
    for (const k of keys) {
      if (!k) continue;
      for (const one of k.toLowerCase().split(/\s+/)) {
        if (one && !map.has(one)) map.set(one, content);
      }
    }
  }
  return map;
}

function first(map: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = map.get(k);
    if (v) return v;
  }
  return null;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:published_time', 'article:published', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created',
  'citation_publication_date', 'citation_date', 'datepublished', 'date', 'pubdate', 'publish-date',
  'publish_date', 'publication_date', 'article.published', 'cxenseparse:recs:publishtime', 'og:article:published_time',
];
const AUTHOR_KEYS = ['author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'citation_author', 'byl', 'article:author'];
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'headline', 'title'];
const SITE_KEYS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site'];

/** A date from the first `<time datetime>` that is marked as, or sits where, a publication date sits. */
function timeElementDate(doc: Document): string | null {
  const marked = doc.querySelector('time[pubdate], time[itemprop~="datePublished"], [itemprop~="datePublished"][datetime]');
  const candidate = marked ?? doc.querySelector('article time[datetime], header time[datetime], main time[datetime]') ?? doc.querySelector('time[datetime]');
  return candidate?.getAttribute('datetime')?.trim() || null;
}

function absolute(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The metadata `doc` states about itself. `url` resolves relative canonical links. */
export function readMetadata(doc: Document, url?: string): PageMetadata {
  const meta = readMeta(doc);
  const { article, types } = readJsonLd(doc);
  const ld = (k: string): Json | undefined => article?.[k];
  const ldString = (k: string): string | null => nameOf(ld(k));
  const publisher = ld('publisher');

  const twitterSite = meta.get('twitter:site');
  const siteName =
    first(meta, SITE_KEYS.filter((k) => k !== 'twitter:site')) ??
    (isObject(publisher) ? nameOf(publisher.name) : null) ??
    (twitterSite && !twitterSite.startsWith('@') ? twitterSite : null);

  const canonicalHref = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const ogUrl = absolute(meta.get('og:url'), url);
  const htmlLang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');

  const authorMeta = first(meta, AUTHOR_KEYS);
  const relAuthor = doc.querySelector('a[rel~="author"], [itemprop~="author"] [itemprop~="name"], [itemprop~="author"]');
  return {
    title: ldString('headline') ?? ldString('name') ?? first(meta, TITLE_KEYS) ?? (doc.title?.trim() || null),
    byline:
      nameOf(ld('author')) ??
      (authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : null) ??
      (relAuthor?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200) || null),
    siteName,
    published: ldString('datePublished') ?? first(meta, PUBLISHED_KEYS) ?? timeElementDate(doc) ?? ldString('dateCreated'),
    lang: htmlLang || first(meta, ['content-language', 'language', 'dc.language', 'og:locale']),
    canonicalUrl: absolute(canonicalHref, url) ?? ogUrl,
    ogUrl,
    description: first(meta, ['og:description', 'description', 'twitter:description']) ?? ldString('description'),
    ogType: meta.get('og:type')?.toLowerCase() ?? null,
    jsonLdTypes: [...new Set(types)],
  };
}
