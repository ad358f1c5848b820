/**
 * Markdown export: one note per clipping with YAML front matter (readable as Obsidian
 * properties), the user's note and the text, all zipped into one archive.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Clipping } from '../clipping/schema';
import { ENTITY_TYPES } from '../entities/names';
import type { Entity } from '../entities/types';
import { fileNamer } from './filenames';
import { inDateRange, publishedMs } from './time';
import { frontMatter, type YamlValue } from './yaml';

/** How an entity is listed in front matter: its normalised value or display name. */
export function entityLabel(e: Entity): string {
  if (e.type === 'indicator') return e.value;
  return e.name ?? e.text;
}

/** The distinct labels of `entities`, grouped by type in the UI's order (types with none left out). */
export function entitiesByType(entities: readonly Entity[]): Record<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const e of entities) {
    const set = groups.get(e.type) ?? new Set<string>();
    set.add(entityLabel(e));
    groups.set(e.type, set);
  }
  const out: Record<string, string[]> = {};
  for (const t of ENTITY_TYPES) {
    const set = groups.get(t);
    if (set) out[t] = [...set];
  }
  return out;
}

/**
 * `tag` as an Obsidian tag: no `#`, white space made `-`, only letters, digits, `_`, `-` and `/`
 * (Obsidian ignores a tag with anything else); empty when nothing is left.
 */
export function obsidianTag(tag: string): string {
  return tag
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_/-]/gu, '');
}

// Characters Markdown (with Obsidian's extensions: ==highlight==, %%comment%%, $math$, [[links]])
// would read as syntax inside a line.
const INLINE_SYNTAX = /[\\`*_[\]<$%=~|]/g;
// Characters that only mean something at the start of a line: headings, quotes, list bullets.
const LINE_START_SYNTAX = /^([ \t]*)([#>+-])/gm;

/** Plain text as Markdown that displays exactly that text (no headings, links, HTML or comments). */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_SYNTAX, '\\$&').replace(LINE_START_SYNTAX, '$1\\$2');
}

function date(ms: number): Date | null {
  return inDateRange(ms) ? new Date(ms) : null;
}

/** The front-matter fields of a clipping (absent values left out). */
export function clippingProperties(c: Clipping): Record<string, YamlValue | undefined> {
  const published = publishedMs(c.publishedAt);
  const tags = [...new Set(c.tags.map(obsidianTag).filter(Boolean))];
  return {
    title: c.title,
    url: c.url,
    canonical_url: c.canonicalUrl ?? undefined,
    site: c.site || undefined,
    byline: c.byline ?? undefined,
    created: date(c.createdAt),
    updated: date(c.updatedAt),
    // A date the page gave that is not a date stays as the page wrote it.
    published: published !== null ? new Date(published) : (c.publishedAt ?? undefined),
    lang: c.lang ?? undefined,
    kind: c.kind,
    tags,
    tlp: c.tlp ? `TLP:${c.tlp.toUpperCase()}` : undefined,
    threat_level: c.threatLevel ?? undefined,
    topics: c.assessment ? c.assessment.topics.map((t) => t.topic) : undefined,
    security_news: c.assessment ? c.assessment.isSecurityNews : undefined,
    score: c.assessment ? Math.round(c.assessment.score * 1000) / 1000 : undefined,
    entities: entitiesByType(c.entities),
    threatlight_id: c.id,
  };
}

/** One clipping as a Markdown note. */
export function clippingMarkdown(c: Clipping): string {
  const parts = [frontMatter(clippingProperties(c)), `# ${escapeMarkdown(c.title.replace(/\s+/g, ' ').trim() || c.url)}`, ''];
  // An autolink shows the address and opens it; the URL parser has already percent-encoded < > and spaces.
  parts.push(`Source: <${safeHref(c.url)}>`, '');
  if (c.note.trim()) parts.push('## Note', '', escapeMarkdown(c.note), '');
  parts.push(c.kind === 'passage' ? '## Passage' : '## Text', '', escapeMarkdown(c.text), '');
  return parts.join('\n');
}

function safeHref(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url);
  }
}

/** A file in the Markdown archive: its name and content. */
export interface MarkdownFile {
  name: string;
  content: string;
}

/** Each clipping as a Markdown file with a unique, slugified name from its title. */
export function markdownFiles(clippings: readonly Clipping[]): MarkdownFile[] {
  const name = fileNamer();
  return clippings.map((c) => ({ name: name(c.title, c.id, '.md'), content: clippingMarkdown(c) }));
}

// Zip stores local times from 1980; fflate refuses years after 2099. A day's margin for time zones.
const ZIP_FIRST = Date.UTC(1980, 0, 2);
const ZIP_LAST = Date.UTC(2099, 11, 30);

/** A zip archive of one Markdown note per clipping (file times from the clippings, so it is reproducible). */
export function exportMarkdownZip(clippings: readonly Clipping[]): Uint8Array {
  const files: Zippable = {};
  const names = markdownFiles(clippings);
  names.forEach((f, i) => {
    const updated = clippings[i]?.updatedAt ?? ZIP_FIRST;
    const mtime = Number.isFinite(updated) ? Math.min(Math.max(updated, ZIP_FIRST), ZIP_LAST) : ZIP_FIRST;
    files[f.name] = [strToU8(f.content), { mtime: new Date(mtime) }];
  });
  return zipSync(files, { level: 6 });
}
