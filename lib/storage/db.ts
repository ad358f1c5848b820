/**
 * The library database. Opened only in the extension's origin (background and extension
 * pages): a content script's IndexedDB would be the page's.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Clipping } from '../clipping/schema';

/** A clipping as stored: the clipping plus the derived fields its indexes need. */
export interface StoredClipping extends Clipping {
  /** Canonical ids (or names) of the entities, for facet filters. */
  entityIds: string[];
  topics: string[];
  /** Folded words of title, text, note and tags: the full-text index. */
  words: string[];
  /** When a revisit last failed to find this passage on its page; absent while it anchors. */
  orphanedAt?: number;
}

/** The schema of each version; a version with an upgrade keeps its upgrade forever. */
export const SCHEMA = {
  1: { clippings: 'id, createdAt, updatedAt, site, url, *tags, *entityIds, threatLevel, *topics, tlp, *words' },
  // v2: revisits look clippings up by canonical URL too, and orphans get an index of their own.
  2: { clippings: 'id, createdAt, updatedAt, site, url, canonicalUrl, *tags, *entityIds, threatLevel, *topics, tlp, *words, orphanedAt' },
} as const;

/** The Threatlight library: one table of clippings, indexed for every facet and for search. */
export class LibraryDb extends Dexie {
  clippings!: EntityTable<StoredClipping, 'id'>;

  constructor(name = 'threatlight') {
    super(name);
    this.version(1).stores(SCHEMA[1]);
    this.version(2).stores(SCHEMA[2]);
  }
}

/** The name of the library database in every extension context. */
export const DB_NAME = 'threatlight';
