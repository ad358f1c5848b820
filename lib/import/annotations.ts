/**
 * Reading W3C Web Annotations (Threatlight's own export, or another tool's) as clippings. An
 * annotation holds a page, selectors, a note and tags, but no title, text or entities: the
 * clippings it gives are thin, so importing them never overwrites what the library already
 * knows about a clipping (see `importClippings`).
 */
import { z } from 'zod';
import { stableHash } from '../clipping/build';
import { ClippingSchema, type Clipping, type Selector } from '../clipping/schema';
import { ANNO_CONTEXT, ANNOTATION_ID_PREFIX } from '../export/annotations';
import { zodProblems, type Problem } from './issues';

const SelectorIn = z.looseObject({ type: z.string() });
const BodyIn = z.union([z.string(), z.looseObject({ type: z.string().optional(), value: z.string().optional(), purpose: z.string().optional() })]);
const TargetIn = z.union([
  z.string(),
  z.looseObject({ source: z.string(), selector: z.union([SelectorIn, z.array(SelectorIn)]).optional() }),
]);
const AnnotationIn = z.looseObject({
  id: z.string().optional(),
  type: z.union([z.string(), z.array(z.string())]),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([BodyIn, z.array(BodyIn)]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([TargetIn, z.array(TargetIn).min(1)]),
});
type AnnotationInput = z.infer<typeof AnnotationIn>;

const QuoteIn = z.object({ exact: z.string(), prefix: z.string().optional(), suffix: z.string().optional() });
const PositionIn = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasAnnoContext(v: unknown): boolean {
  const ctx = isRecord(v) ? v['@context'] : undefined;
  return ctx === ANNO_CONTEXT || (Array.isArray(ctx) && ctx.includes(ANNO_CONTEXT));
}

/** Whether parsed JSON looks like Web Annotations (a collection, a page, one annotation or a list of them). */
export function looksLikeAnnotations(data: unknown): boolean {
  if (Array.isArray(data)) return data.length > 0 && isRecord(data[0]) && (data[0].type === 'Annotation' || hasAnnoContext(data[0]));
  return isRecord(data) && (hasAnnoContext(data) || ['Annotation', 'AnnotationCollection', 'AnnotationPage'].includes(String(data.type)));
}

/** The annotations in the file with their paths, or a problem when the pages are only linked. */
function annotationItems(data: unknown): { items: { value: unknown; path: PropertyKey[] }[] } | { problem: Problem } {
  const list = (arr: unknown, path: PropertyKey[]): { items: { value: unknown; path: PropertyKey[] }[] } | { problem: Problem } =>
    Array.isArray(arr) ? { items: (arr as unknown[]).map((value, i) => ({ value, path: [...path, i] })) } : { problem: { path, message: 'expected a list of annotations' } };
  if (Array.isArray(data)) return list(data, []);
  if (!isRecord(data)) return { problem: { path: [], message: 'expected an annotation collection' } };
  if (data.type === 'AnnotationCollection') {
    if (!isRecord(data.first)) {
      return { problem: { path: ['first'], message: 'the collection does not include its annotations (only a link to them); export it with the annotations embedded' } };
    }
    return list(data.first.items, ['first', 'items']);
  }
  if (data.type === 'AnnotationPage') return list(data.items, ['items']);
  return { items: [{ value: data, path: [] }] };
}

function httpUrl(s: string): URL | null {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function timeOf(s: string | undefined): number | null {
  if (!s) return null;
  const ms = Date.parse(s);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

function clippingId(a: AnnotationInput, url: string, quote: string): string {
  if (a.id?.startsWith(ANNOTATION_ID_PREFIX)) {
    try {
      const id = decodeURIComponent(a.id.slice(ANNOTATION_ID_PREFIX.length));
      if (id) return id;
    } catch {
      // A malformed escape: fall through to a derived id.
    }
  }
  return `annotation-${stableHash(a.id ?? `${url}\n${quote}`)}`;
}

function selectorsOf(raw: z.infer<typeof SelectorIn>[], path: PropertyKey[], single: boolean, problems: Problem[]): Selector[] {
  const out: Selector[] = [];
  raw.forEach((s, index) => {
    const at = single ? path : [...path, index];
    // Other selector types (CSS, XPath, ranges…) cannot be used to find text again here: skipped.
    if (s.type === 'TextQuoteSelector') {
      const q = QuoteIn.safeParse(s);
      if (q.success) out.push({ type: 'TextQuoteSelector', exact: q.data.exact, prefix: q.data.prefix ?? '', suffix: q.data.suffix ?? '' });
      else problems.push(...zodProblems(q.error.issues, at));
    } else if (s.type === 'TextPositionSelector') {
      const p = PositionIn.safeParse(s);
      if (p.success && p.data.start <= p.data.end) out.push({ type: 'TextPositionSelector', start: p.data.start, end: p.data.end });
      else if (p.success) problems.push({ path: at, message: 'start is after end' });
      else problems.push(...zodProblems(p.error.issues, at));
    }
  });
  return out;
}

function toClipping(a: AnnotationInput, path: PropertyKey[], now: number, problems: Problem[]): Clipping | null {
  const targets = Array.isArray(a.target) ? a.target : [a.target];
  const target = targets[0];
  if (target === undefined) return null;
  const targetPath = Array.isArray(a.target) ? [...path, 'target', 0] : [...path, 'target'];
  const source = typeof target === 'string' ? target : target.source;
  const url = httpUrl(source);
  if (!url) {
    problems.push({ path: typeof target === 'string' ? targetPath : [...targetPath, 'source'], message: 'only http and https pages can be imported' });
    return null;
  }
  const selector = typeof target === 'string' ? undefined : target.selector;
  const rawSelectors = selector === undefined ? [] : Array.isArray(selector) ? selector : [selector];
  const selectors = selectorsOf(rawSelectors, [...targetPath, 'selector'], !Array.isArray(selector), problems);
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const notes: string[] = a.bodyValue ? [a.bodyValue] : [];
  const tags: string[] = [];
  for (const b of bodies) {
    if (typeof b === 'string' || b.value === undefined || (b.type !== undefined && b.type !== 'TextualBody')) continue;
    if (b.purpose === 'tagging') tags.push(b.value);
    else notes.push(b.value);
  }
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
  const createdAt = timeOf(a.created) ?? now;
  const flatQuote = quote.replace(/\s+/g, ' ').trim();
  const candidate: Clipping = {
    id: clippingId(a, url.href, quote),
    kind: quote ? 'passage' : 'article',
    createdAt,
    updatedAt: Math.max(createdAt, timeOf(a.modified) ?? createdAt),
    url: url.href,
    canonicalUrl: null,
    site: url.hostname.replace(/^www\./, ''),
    title: flatQuote ? (flatQuote.length > 80 ? `${flatQuote.slice(0, 79)}…` : flatQuote) : url.href,
    byline: null,
    publishedAt: null,
    lang: null,
    assessment: null,
    text: quote,
    entities: [],
    selectors,
    note: notes.join('\n\n'),
    tags: [...new Set(tags)],
    tlp: null,
    threatLevel: null,
  };
  const checked = ClippingSchema.safeParse(candidate);
  if (!checked.success) {
    problems.push(...zodProblems(checked.error.issues, path));
    return null;
  }
  return checked.data;
}

/** The clippings W3C annotations describe, or the problems that stop the file from being read. */
export function annotationClippings(data: unknown, now: number): { clippings: Clipping[] } | { problems: Problem[] } {
  const found = annotationItems(data);
  if ('problem' in found) return { problems: [found.problem] };
  const problems: Problem[] = [];
  const clippings: Clipping[] = [];
  for (const { value, path } of found.items) {
    const parsed = AnnotationIn.safeParse(value);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error.issues, path));
      continue;
    }
    const types = Array.isArray(parsed.data.type) ? parsed.data.type : [parsed.data.type];
    if (!types.includes('Annotation')) {
      problems.push({ path: [...path, 'type'], message: 'expected "Annotation"' });
      continue;
    }
    const c = toClipping(parsed.data, path, now, problems);
    if (c) clippings.push(c);
  }
  return problems.length > 0 ? { problems } : { clippings };
}
