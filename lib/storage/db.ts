/**
 * The library database. Opened only in the extension's origin (background and extension
 * pages): a content script's IndexedDB would be the page's.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Clipping } from '../clipping/schema';
import { cardOfRecord, type Card } from '../library/card';

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
  // v3: one small card per clipping, so the library filters, counts and charts without reading texts.
  3: {
    clippings: 'id, createdAt, updatedAt, site, url, canonicalUrl, *tags, *entityIds, threatLevel, *topics, tlp, *words, orphanedAt',
    cards: 'id',
  },
} as const;

/** The Threatlight library: clippings, indexed for every facet and for search, and their cards. */
export class LibraryDb extends Dexie {
  clippings!: EntityTable<StoredClipping, 'id'>;
  cards!: EntityTable<Card, 'id'>;

  constructor(name = 'threatlight') {
    super(name);
    this.version(1).stores(SCHEMA[1]);
    this.version(2).stores(SCHEMA[2]);
    this.version(3)
      .stores(SCHEMA[3])
      .upgrade(async (tx) => {
        // A corrupt record gets no card (the library skips it anyway); it must not stop the upgrade.
        const cards: Card[] = [];
        await tx
          .table<StoredClipping, string>('clippings')
          .toCollection()
          .each((r) => {
            const card = cardOfRecord(r);
            if (card) cards.push(card);
          });
        await tx.table<Card, string>('cards').bulkPut(cards);
      });
  }
}

/** The name of the library database in every extension context. */
export const DB_NAME = 'threatlight';
