/**
 * Painting entity ranges on a live page without touching its DOM: the CSS Custom Highlight
 * API, one Highlight per entity type registered as `tl-<type>`. Where the API is missing,
 * ranges inside a single text node are wrapped in `<mark data-tl-type>` instead.
 */
import { liveRange } from '../anchoring/text-map';

/** The registry name for a type's highlight (DESIGN.md §11). */
export const highlightName = (type: string): string => `tl-${type}`;

/** Whether this document can paint without DOM mutation. */
export function canUseHighlightApi(win: Window): boolean {
  const w = win as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown };
  return w.CSS?.highlights !== undefined && typeof w.Highlight === 'function';
}

/** The highlight registry and constructor of a window that has them. */
function highlightApi(win: Window): { registry: HighlightRegistry; Ctor: new (...r: AbstractRange[]) => Highlight } {
  const w = win as unknown as { CSS: { highlights: HighlightRegistry }; Highlight: new (...r: AbstractRange[]) => Highlight };
  return { registry: w.CSS.highlights, Ctor: w.Highlight };
}

/** What was painted, so it can be cleared again. */
export interface Painting {
  readonly names: readonly string[];
  readonly marks: readonly HTMLElement[];
}

/**
 * Paints `rangesByType` (live or static ranges) on `doc`'s page; types in `hidden` are left
 * unpainted. Returns what to pass to `clearPainting`.
 */
export function paint(doc: Document, rangesByType: ReadonlyMap<string, readonly AbstractRange[]>, hidden: ReadonlySet<string> = new Set()): Painting {
  const win = doc.defaultView;
  if (win && canUseHighlightApi(win)) {
    const names: string[] = [];
    const { registry, Ctor } = highlightApi(win);
    for (const [type, ranges] of rangesByType) {
      if (hidden.has(type) || ranges.length === 0) continue;
      const name = highlightName(type);
      registry.set(name, new Ctor(...ranges));
      names.push(name);
    }
    return { names, marks: [] };
  }
  // Wrap from the end of the page backwards: splitting a text node then never moves a range
  // that is still to be wrapped.
  const todo: { type: string; range: Range }[] = [];
  for (const [type, ranges] of rangesByType) {
    if (hidden.has(type)) continue;
    for (const r of ranges) {
      if (r.startContainer !== r.endContainer || r.startContainer.nodeType !== 3) continue;
      // Wrapping needs a live Range (a static one is copied; one that no longer fits is skipped).
      const range = isLive(r) ? r : liveRange(doc, r);
      if (range) todo.push({ type, range });
    }
  }
  todo.sort((a, b) => b.range.compareBoundaryPoints(0 /* START_TO_START */, a.range));
  const marks: HTMLElement[] = [];
  for (const { type, range } of todo) {
    const mark = doc.createElement('mark');
    mark.dataset.tlType = type;
    try {
      range.surroundContents(mark);
      marks.push(mark);
    } catch {
      // A range the page changed under us: leave it unpainted rather than break the page.
    }
  }
  return { names: [], marks };
}

/** Whether `r` is a live Range (of any window: a content script's and the page's differ). */
function isLive(r: AbstractRange): r is Range {
  return typeof (r as Partial<Range>).surroundContents === 'function';
}

/** Removes a painting: highlights are unregistered, fallback marks unwrapped. */
export function clearPainting(doc: Document, p: Painting): void {
  const win = doc.defaultView;
  if (win && p.names.length > 0 && canUseHighlightApi(win)) {
    const { registry } = highlightApi(win);
    for (const n of p.names) registry.delete(n);
  }
  for (const m of p.marks) {
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parent.normalize();
  }
}
