/**
 * The STIX 2.1 export: one bundle with a report per clipping, the objects its entities become,
 * a note for the user's note, Threatlight's identity and the TLP 2.0 markings used. Every id is
 * a UUIDv5 of a stable key, so exporting again updates objects in OpenCTI or MISP instead of
 * duplicating them.
 */
import type { Clipping } from '../clipping/schema';
import { entityDraft, type StixDraft } from './stix-entities';
import { tlpMarking, tlpMarkingId } from './stix-markings';
import { isoTime, publishedMs } from './time';
import { strictestTlp, type TlpLevel } from './tlp';
import { uuidV5 } from './uuid-v5';

/** A STIX object as written to the bundle. */
export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

/** A STIX 2.1 bundle. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** The STIX id of the object of `type` named by the stable `key`. */
export function stixId(type: string, key: string): string {
  return `${type}--${uuidV5(key)}`;
}

/** The identity every exported object is created by. */
export const THREATLIGHT_IDENTITY_ID = stixId('identity', 'identity:threatlight');

/** How many characters of a clipping's text a report's description keeps. */
export const DESCRIPTION_CHARS = 2000;

// Fixed, so the identity object is byte-identical in every export.
const IDENTITY_CREATED = '2026-01-01T00:00:00.000Z';

const THREATLIGHT_IDENTITY: StixObject = {
  type: 'identity',
  spec_version: '2.1',
  id: THREATLIGHT_IDENTITY_ID,
  created: IDENTITY_CREATED,
  modified: IDENTITY_CREATED,
  name: 'Threatlight',
  description: 'Clippings saved with the Threatlight browser extension; entities were recognised automatically.',
  identity_class: 'system',
};

/** An entity object gathered from every clipping that mentions it. */
interface Gathered {
  draft: StixDraft;
  created: number;
  modified: number;
  tlp: TlpLevel | null;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return `${text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)}…`;
}

function markingRefs(tlp: TlpLevel | null): { object_marking_refs?: string[] } {
  return tlp ? { object_marking_refs: [tlpMarkingId(tlp)] } : {};
}

function sourceName(site: string): string {
  // `cve` and `capec` are reserved for their own ids by the external-reference schema.
  return site && site !== 'cve' && site !== 'capec' ? site : 'web';
}

function webReference(c: Clipping): Record<string, string> {
  try {
    return { source_name: sourceName(c.site), url: new URL(c.url).href };
  } catch {
    return { source_name: sourceName(c.site), description: c.url };
  }
}

function common(type: string, id: string, created: number, modified: number): StixObject {
  return {
    type,
    spec_version: '2.1',
    id,
    created: isoTime(created),
    modified: isoTime(Math.max(created, modified)),
    created_by_ref: THREATLIGHT_IDENTITY_ID,
  };
}

function reportLabels(c: Clipping): string[] {
  const labels = [...c.tags.filter((t) => t.trim())];
  for (const t of c.assessment?.topics ?? []) labels.push(`topic:${t.topic}`);
  if (c.threatLevel) labels.push(`threat-level:${c.threatLevel}`);
  return [...new Set(labels)];
}

function reportAndNote(c: Clipping, refs: readonly string[]): StixObject[] {
  const id = stixId('report', `report:${c.id}`);
  const labels = reportLabels(c);
  const report: StixObject = {
    ...common('report', id, c.createdAt, c.updatedAt),
    name: c.title.trim() || c.url,
    ...(c.text.trim() ? { description: truncate(c.text, DESCRIPTION_CHARS) } : {}),
    report_types: ['threat-report'],
    published: isoTime(publishedMs(c.publishedAt) ?? c.createdAt),
    // A report must reference something; one without entities references its author.
    object_refs: refs.length > 0 ? [...refs] : [THREATLIGHT_IDENTITY_ID],
    ...(labels.length ? { labels } : {}),
    ...(c.lang ? { lang: c.lang } : {}),
    external_references: [webReference(c)],
    ...markingRefs(c.tlp),
  };
  if (!c.note.trim()) return [report];
  const note: StixObject = {
    ...common('note', stixId('note', `note:${c.id}`), c.createdAt, c.updatedAt),
    content: c.note,
    object_refs: [id],
    ...markingRefs(c.tlp),
  };
  return [report, note];
}

function entityObject(id: string, g: Gathered): StixObject {
  const obj: StixObject = { ...common(g.draft.type, id, g.created, g.modified), ...g.draft.props };
  if (g.draft.type === 'indicator') obj.valid_from = obj.created;
  return { ...obj, ...markingRefs(g.tlp) };
}

/**
 * The STIX 2.1 bundle of `clippings`. An object mentioned by several clippings appears once,
 * created at the first mention, modified at the last update, and marked with the strictest
 * TLP among them (sharing it can never loosen a marking).
 */
export function buildStixBundle(clippings: readonly Clipping[]): StixBundle {
  const gathered = new Map<string, Gathered>();
  const idsByKey = new Map<string, string>();
  const documents: StixObject[] = [];
  for (const c of clippings) {
    const modified = Math.max(c.createdAt, c.updatedAt);
    const refs = new Set<string>();
    for (const e of c.entities) {
      const draft = entityDraft(e);
      if (!draft) continue;
      let id = idsByKey.get(draft.key);
      if (id === undefined) {
        id = stixId(draft.type, draft.key);
        idsByKey.set(draft.key, id);
      }
      const g = gathered.get(id);
      if (g) {
        g.created = Math.min(g.created, c.createdAt);
        g.modified = Math.max(g.modified, modified);
        g.tlp = strictestTlp([g.tlp, c.tlp]);
      } else gathered.set(id, { draft, created: c.createdAt, modified, tlp: c.tlp });
      refs.add(id);
    }
    documents.push(...reportAndNote(c, [...refs]));
  }
  const levels = new Map<string, TlpLevel>();
  for (const c of clippings) if (c.tlp) levels.set(tlpMarkingId(c.tlp), c.tlp);
  const markings: StixObject[] = [...levels.values()].map((l) => ({ ...tlpMarking(l) }));
  const entities = [...gathered].map(([id, g]) => entityObject(id, g));
  const stamp = clippings.map((c) => `${c.id}@${c.updatedAt}`).join('\n');
  return {
    type: 'bundle',
    id: stixId('bundle', `bundle:${stamp}`),
    objects: [{ ...THREATLIGHT_IDENTITY }, ...markings, ...entities, ...documents],
  };
}

/** The STIX 2.1 bundle of `clippings` as JSON. */
export function exportStix(clippings: readonly Clipping[], opts: { indent?: number } = {}): string {
  return JSON.stringify(buildStixBundle(clippings), null, opts.indent ?? 2);
}
