/** The library database of this extension context (background or an extension page). */
import { DB_NAME, LibraryDb } from '../lib/storage/db';

let db: LibraryDb | null = null;

/** The one LibraryDb of this context, opened lazily (a restarted service worker reopens it). */
export function libraryDb(): LibraryDb {
  db ??= new LibraryDb(DB_NAME);
  return db;
}
