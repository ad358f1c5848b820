/**
 * What the analyser paints on the page and in what colours: entity ranges by type, saved
 * passages, the reader's watched terms (settings.watchlist, `tl-watch`), with the reader's
 * colours (settings.colors) and hidden types. Repainting replaces everything at once.
 */
import { staticRangeFromOffsets, type TextMap } from '../../lib/anchoring/text-map';
import { typeColors, type ColorOverrides } from '../../lib/paint/colors';
import { clearPainting, paint, type Painting } from '../../lib/paint/highlights';
import type { Settings } from '../../lib/settings';
import { countWatchTerms, findWatchTerms, type WatchMatch } from '../../lib/watch/watchlist';
import type { EntityType } from '../../lib/entities/types';
import { installHighlightStyles } from './host-styles';
import { rangesByType, type PlacedEntity } from './locate';

export class Painter {
  hidden = new Set<EntityType>();
  private colors: ColorOverrides = {};
  private watchlist: readonly string[] = [];
  private watchMatches: WatchMatch[] = [];
  /** Static where the browser has them, as the entities' (see `staticRangeFromOffsets`). */
  private watchRanges: AbstractRange[] = [];
  private painting: Painting | null = null;
  private removeStyles: (() => void) | null = null;

  constructor(private readonly doc: Document) {}

  /** The colour of each type as painted now (the reader's choices over the built-in ones). */
  typeColors(): Record<string, string> {
    return typeColors(this.colors);
  }

  /** Takes the settings that change painting: hidden types, the reader's colours and watchlist. */
  applySettings(settings: Settings): void {
    this.hidden = new Set(settings.hiddenTypes);
    this.colors = settings.colors;
    this.watchlist = settings.watchlist;
  }

  /** Finds the watched terms in the page's text (null: no page text yet). */
  findWatched(map: TextMap | null): void {
    this.watchMatches = map ? findWatchTerms(map.text, this.watchlist) : [];
    this.watchRanges = [];
    if (!map) return;
    for (const m of this.watchMatches) {
      const r = staticRangeFromOffsets(map, m.start, m.end);
      if (r) this.watchRanges.push(r);
    }
  }

  /** How many watched terms are on the page. */
  get watchCount(): number {
    return this.watchMatches.length;
  }

  /** Each watched term on the page with how often it occurs, most frequent first. */
  watchSummary(): { term: string; count: number }[] {
    return countWatchTerms(this.watchMatches);
  }

  /** Paints entities, saved passages and watched terms, replacing the previous painting. */
  repaint(placed: readonly PlacedEntity[], saved: readonly Range[]): void {
    this.clear();
    this.removeStyles = installHighlightStyles(this.doc, this.hidden, this.colors);
    const ranges = rangesByType(placed);
    if (saved.length) ranges.set('saved', [...saved]);
    if (this.watchRanges.length) ranges.set('watch', this.watchRanges);
    this.painting = paint(this.doc, ranges, this.hidden);
  }

  /** Removes every highlight and the highlight styles. */
  clear(): void {
    if (this.painting) clearPainting(this.doc, this.painting);
    this.painting = null;
    this.removeStyles?.();
    this.removeStyles = null;
  }
}
