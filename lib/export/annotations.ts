/**
 * The W3C Web Annotation export (JSON-LD, https://www.w3.org/TR/annotation-model/): an
 * annotation collection with one annotation per clipping, targeting its page through the
 * TextQuote and TextPosition selectors, with the note and the tags as bodies.
 */
import type { Clipping } from '../clipping/schema';
import { isoTime } from './time';
import { uuidV5 } from './uuid-v5';

/** The JSON-LD context of the Web Annotation data model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The IRI prefix of annotation ids: the clipping id follows (URI-encoded), so importing the file
 * back finds the same clippings instead of adding copies.
 */
export const ANNOTATION_ID_PREFIX = 'urn:threatlight:clipping:';

/** A body of an annotation: the note (commenting) or one tag (tagging). */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

/** One Web Annotation. */
export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'tagging' | 'bookmarking';
  created: string;
  modified: string;
  generator: { id: string; type: 'Software'; name: string };
  body?: TextualBody[];
  target: { source: string; selector?: Clipping['selectors'] };
}

/** The exported collection, with every annotation embedded in its first page. */
export interface AnnotationCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const GENERATOR = { id: 'urn:threatlight:extension', type: 'Software', name: 'Threatlight' } as const;

function motivation(c: Clipping): WebAnnotation['motivation'] {
  if (c.note.trim()) return 'commenting';
  if (c.kind === 'passage') return 'highlighting';
  return c.tags.length > 0 ? 'tagging' : 'bookmarking';
}

/** The annotation of one clipping. */
export function clippingAnnotation(c: Clipping): WebAnnotation {
  const body: TextualBody[] = [];
  if (c.note.trim()) body.push({ type: 'TextualBody', value: c.note, purpose: 'commenting', format: 'text/plain' });
  for (const tag of c.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: `${ANNOTATION_ID_PREFIX}${encodeURIComponent(c.id)}`,
    type: 'Annotation',
    motivation: motivation(c),
    created: isoTime(c.createdAt),
    modified: isoTime(c.updatedAt),
    generator: GENERATOR,
    ...(body.length ? { body } : {}),
    target: { source: c.url, ...(c.selectors.length ? { selector: c.selectors } : {}) },
  };
}

/** The annotation collection of `clippings`. */
export function buildAnnotations(clippings: readonly Clipping[]): AnnotationCollection {
  const id = `urn:uuid:${uuidV5(`annotations:${clippings.map((c) => `${c.id}@${c.updatedAt}`).join('\n')}`)}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Threatlight clippings',
    total: clippings.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items: clippings.map(clippingAnnotation) },
  };
}

/** The W3C Web Annotation export of `clippings` as JSON-LD. */
export function exportAnnotations(clippings: readonly Clipping[], opts: { indent?: number } = {}): string {
  return JSON.stringify(buildAnnotations(clippings), null, opts.indent ?? 2);
}
