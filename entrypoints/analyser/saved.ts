/**
 * Revisits: the clippings saved from this page are found again in its text. Passages that still
 * anchor are painted as `tl-saved`; those that do not are reported so the library lists them as
 * orphans (never silently dropped).
 */
import { anchorSelectors } from '../../lib/anchoring/anchor';
import { rangeFromOffsets, type TextMap } from '../../lib/anchoring/text-map';
import { SavedOnPageSchema } from '../../lib/messaging/content-protocol';
import { toBackground } from '../../platform/messaging';

/** The saved passages found on the page, and when the whole article was saved (if it was). */
export async function findSavedOnPage(map: TextMap, urls: string[]): Promise<{ ranges: Range[]; articleSavedAt: number | null }> {
  const raw = await toBackground({ type: 'saved-for-page', urls }).catch(() => null);
  const saved = SavedOnPageSchema.safeParse(raw);
  const ranges: Range[] = [];
  let articleSavedAt: number | null = null;
  if (!saved.success) return { ranges, articleSavedAt };
  const results: { id: string; anchored: boolean }[] = [];
  for (const c of saved.data) {
    if (c.kind === 'article') {
      articleSavedAt = c.createdAt;
      continue;
    }
    const a = anchorSelectors(map.text, c.selectors);
    const range = a ? rangeFromOffsets(map, a.start, a.end) : null;
    if (range) ranges.push(range);
    results.push({ id: c.id, anchored: range !== null });
  }
  if (results.length) await toBackground({ type: 'anchor-report', results }).catch(() => undefined);
  return { ranges, articleSavedAt };
}
