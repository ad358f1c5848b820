/** Test helpers: fixture pages as documents, parsed the way the CLI parses them. */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Folder of the page fixtures written for these tests. */
export const FIXTURES = path.resolve(__dirname, '../../fixtures/pages');

/** The fixture's text. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A linkedom document for an HTML string; a fragment is wrapped in a page first. */
export function docOf(html: string): Document {
  const page = /^\s*<(?:!doctype|html)/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document;
}

/** A linkedom document of a fixture page. */
export function fixtureDoc(name: string): Document {
  return docOf(fixture(name));
}
