/** One clipping in a list (`tl-clipping`): title, site, date, kind, threat level, TLP and entity count. */
import type { Card } from '../lib/library/card';
import { MatchText } from './match-text';

export interface ClippingItemProps {
  card: Card;
  onOpen?: (id: string) => void;
  selected?: boolean;
  /** Folded search words to mark in the title. */
  words?: readonly string[];
  /** When given, the row has a checkbox for bulk actions. */
  checked?: boolean;
  onCheck?: (id: string, checked: boolean) => void;
}

/** A compact row; the title is text, never HTML. */
export function ClippingItem({ card: c, onOpen, selected, words = [], checked, onCheck }: ClippingItemProps) {
  const date = new Date(c.createdAt).toLocaleDateString();
  return (
    <div class={`clipping ${selected ? 'selected' : ''}`} data-testid="tl-clipping" data-id={c.id}>
      {onCheck && (
        <input
          type="checkbox"
          class="clipping-check"
          data-testid="tl-select"
          checked={checked}
          aria-label={`Select “${c.title}”`}
          onChange={(e) => onCheck(c.id, e.currentTarget.checked)}
        />
      )}
      <button type="button" class="clipping-open" onClick={() => onOpen?.(c.id)} aria-current={selected ? 'true' : undefined}>
        <span class="clipping-title">
          <MatchText text={c.title} words={words} />
        </span>
        <span class="muted clipping-meta">
          {c.site} · {date} · {c.kind}
          {c.threatLevel ? ` · threat ${c.threatLevel}` : ''}
          {c.tlp ? ` · TLP:${c.tlp.toUpperCase()}` : ''}
          {c.entityCount ? ` · ${c.entityCount} ${c.entityCount === 1 ? 'entity' : 'entities'}` : ''}
          {c.orphaned ? ' · not found on its page' : ''}
        </span>
      </button>
    </div>
  );
}
