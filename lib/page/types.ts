/**
 * The page half of the pipeline (DESIGN.md §3 steps 1–3): what the gate, the extractor and the
 * assessor hand to the rest of Threatlight. Plain data, safe to post between contexts.
 */

/** What the extractor found on a page: its metadata and its main text. */
export interface Article {
  /** Whether the page looks like one article (not a home page, shop, search result or editor). */
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Publication time as ISO 8601; the page's own UTC offset is kept, so the date part is the publisher's date. */
  publishedAt: string | null;
  /** BCP 47 language tag ("en", "fr", "en-GB"), or null when unknown. */
  lang: string | null;
  canonicalUrl: string | null;
  /** Main text; paragraphs separated by a blank line. Entity offsets point into this string. */
  text: string;
  excerpt?: string | null;
}

/** The topics a security-news verdict can name. */
export type Topic = 'terrorism' | 'national-security' | 'cyber' | 'crime';

/** Is this article security news, how sure, about what, and why. */
export interface Assessment {
  isSecurityNews: boolean;
  /** 0..1 confidence that the page is mainly terrorism, national-security or cyber news. */
  score: number;
  /** Topics with a score of their own, strongest first. `crime` never makes a page security news. */
  topics: { topic: Topic; score: number }[];
  /** Short human-readable grounds, strongest first ("names MI5 4 times", "CVE ids"). */
  reasons: string[];
}

/** The cheap pre-check's verdict: worth extracting or not, and why. */
export interface GateResult {
  pass: boolean;
  reasons: string[];
}
