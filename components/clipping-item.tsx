/** One clipping in a list (`tl-clipping`): title, site, date, threat level and kind. */
import type { Clipping } from '../lib/clipping/schema';

export interface ClippingItemProps {
  clipping: Clipping;
  onOpen?: (c: Clipping) => void;
  selected?: boolean;
}

/** A compact row; the title is text, never HTML. */
export function ClippingItem({ clipping: c, onOpen, selected }: ClippingItemProps) {
  const date = new Date(c.createdAt).toLocaleDateString();
  return (
    <li class={`clipping ${selected ? 'selected' : ''}`} data-testid="tl-clipping" data-id={c.id}>
      <button type="button" class="clipping-open" onClick={() => onOpen?.(c)} aria-pressed={selected}>
        <span class="clipping-title">{c.title}</span>
        <span class="muted clipping-meta">
          {c.site} · {date} · {c.kind}
          {c.threatLevel ? ` · threat ${c.threatLevel}` : ''}
          {c.entities.length ? ` · ${c.entities.length} entities` : ''}
        </span>
      </button>
    </li>
  );
}
