/**
 * Where each entity of the extracted article is on the live page: article offsets are aligned
 * onto the page's text map and turned into ranges, kept sorted for hit-testing under the pointer.
 * The ranges are static where the browser has StaticRange (see `staticRangeFromOffsets`): they
 * are only painted, and a new analysis places them again when the page changes.
 */
import { alignTexts, spanToPage } from '../../lib/anchoring/align';
import { staticRangeFromOffsets, type TextMap } from '../../lib/anchoring/text-map';
import type { Entity } from '../../lib/entities/types';

/** An entity placed on the page. */
export interface PlacedEntity {
  entity: Entity;
  /** Offsets in the page's text map. */
  start: number;
  end: number;
  /** Static: for a live Range (to measure it on screen) see `liveRange`. */
  range: AbstractRange;
}

/** The entities of `articleText` that could be found on the page, sorted by page offset. */
export function placeEntities(map: TextMap, articleText: string, entities: readonly Entity[]): PlacedEntity[] {
  const al = alignTexts(articleText, map.text);
  const placed: PlacedEntity[] = [];
  for (const entity of entities) {
    const span = spanToPage(al, articleText, entity.start, entity.end);
    if (!span) continue;
    const range = staticRangeFromOffsets(map, span[0], span[1]);
    if (range) placed.push({ entity, start: span[0], end: span[1], range });
  }
  return placed.sort((a, b) => a.start - b.start);
}

/** The placed entity covering page offset `offset`, if any. */
export function entityAt(placed: readonly PlacedEntity[], offset: number): PlacedEntity | undefined {
  let lo = 0;
  let hi = placed.length - 1;
  let found: PlacedEntity | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = placed[mid];
    if (!p) break;
    if (p.start <= offset) {
      if (offset < p.end) found = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Overlapping spans of different types: the scan above finds the last that starts before.
  return found ?? placed.find((p) => p.start <= offset && offset < p.end);
}

/** The ranges grouped by entity type, for painting. */
export function rangesByType(placed: readonly PlacedEntity[]): Map<string, AbstractRange[]> {
  const m = new Map<string, AbstractRange[]>();
  for (const p of placed) {
    const list = m.get(p.entity.type);
    if (list) list.push(p.range);
    else m.set(p.entity.type, [p.range]);
  }
  return m;
}
