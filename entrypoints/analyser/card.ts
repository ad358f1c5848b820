/** The hover card's content for an entity placed on the page. */
import { liveRange } from '../../lib/anchoring/text-map';
import type { Entity } from '../../lib/entities/types';
import { explainEntity, type KnownFacts } from '../../lib/explain';
import { entityKey } from '../../lib/findings';
import type { PlacedEntity } from './locate';
import type { PageUiState } from './page-ui';

/**
 * The card of `hit`: its explanation (with `knowledge`, the facts of the page's known entities)
 * and every mention of the same thing, placed under its text.
 */
export function cardFor(hit: PlacedEntity, entities: readonly Entity[], knowledge: Readonly<Record<string, KnownFacts>>): NonNullable<PageUiState['card']> {
  const key = entityKey(hit.entity);
  // Placed ranges are static (they cannot measure themselves): a live one just for this.
  const rect = liveRange(document, hit.range)?.getBoundingClientRect() ?? new DOMRect();
  return {
    entity: hit.entity,
    explanation: explainEntity(hit.entity, (id) => knowledge[id]),
    mentions: entities.filter((e) => entityKey(e) === key),
    x: Math.max(4, Math.min(rect.left, window.innerWidth - 310)),
    y: rect.bottom + 6,
  };
}
