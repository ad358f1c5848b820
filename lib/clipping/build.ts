/**
 * Making clippings from what the page pipeline found: the whole article, or a passage the
 * reader selected (with only the entities inside it, re-based to the passage).
 */
import { describeSpan } from '../anchoring/selectors';
import type { Entity } from '../entities/types';
import { highestThreatLevel } from '../findings';
import type { Article, Assessment } from '../page/types';
import type { Clipping, Selector } from './schema';

/** What a clipping is made from. */
export interface ClipSource {
  url: string;
  article: Article;
  assessment: Assessment | null;
  entities: readonly Entity[];
  now: number;
}

/** A short stable hash of a string (FNV-1a, 2×32 bits), for ids derived from URLs. */
export function stableHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The URL a clipping is filed under: the canonical URL when the page gives one, without the fragment. */
export function clippingUrl(url: string, canonical: string | null): string {
  const raw = canonical ?? url;
  try {
    const u = new URL(raw, url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

function base(src: ClipSource): Omit<Clipping, 'id' | 'kind' | 'text' | 'entities' | 'selectors' | 'threatLevel'> {
  let site = '';
  try {
    site = new URL(src.url).hostname.replace(/^www\./, '');
  } catch {
    site = '';
  }
  return {
    createdAt: src.now,
    updatedAt: src.now,
    url: src.url,
    canonicalUrl: src.article.canonicalUrl,
    site,
    title: src.article.title ?? src.url,
    byline: src.article.byline,
    publishedAt: src.article.publishedAt,
    lang: src.article.lang,
    assessment: src.assessment,
    note: '',
    tags: [],
    tlp: null,
  };
}

/** The clipping of a whole article; its id comes from its URL, so saving again updates it. */
export function articleClipping(src: ClipSource): Clipping {
  const text = src.article.text;
  return {
    ...base(src),
    id: `article-${stableHash(clippingUrl(src.url, src.article.canonicalUrl))}`,
    kind: 'article',
    text,
    entities: [...src.entities],
    selectors: describeSpan(text, 0, Math.min(text.length, 200)).filter((s) => s.type === 'TextQuoteSelector'),
    threatLevel: highestThreatLevel(src.entities),
  };
}

/**
 * The clipping of a passage: `pageText` is the text the selectors describe (the live page's
 * text), [start, end) the selection in it; `entities` are given in passage offsets.
 */
export function passageClipping(src: ClipSource, id: string, pageText: string, start: number, end: number): Clipping {
  const selectors: Selector[] = describeSpan(pageText, start, end);
  return {
    ...base(src),
    id,
    kind: 'passage',
    text: pageText.slice(start, end),
    entities: [...src.entities],
    selectors,
    threatLevel: highestThreatLevel(src.entities),
  };
}
