/** The hover card (`tl-hovercard`): what an entity is, how often it occurs, and its other mentions. */
import type { Entity } from '../lib/entities/types';
import type { EntityExplanation } from '../lib/explain';
import { TYPE_COLORS } from '../lib/paint/colors';
import { TYPE_LABELS } from './type-label';

export interface HoverCardProps {
  entity: Entity;
  explanation: EntityExplanation;
  /** Every mention of the same thing on the page (including this one). */
  mentions: readonly Entity[];
  x: number;
  y: number;
  onClose: () => void;
  /** Colour of each type (the reader's choices over the built-in ones). */
  colors?: Readonly<Record<string, string>>;
}

/** A small card near the pointer; Escape closes it. */
export function HoverCard({ entity, explanation, mentions, x, y, onClose, colors = TYPE_COLORS }: HoverCardProps) {
  const others = [...new Set(mentions.map((m) => m.text).filter((t) => t !== entity.text))];
  return (
    <div
      class="tl-card"
      role="dialog"
      aria-label={explanation.title}
      data-testid="tl-hovercard"
      style={{ left: `${x}px`, top: `${y}px`, borderColor: colors[entity.type] }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p class="tl-card-type" style={{ color: colors[entity.type] }}>
        {TYPE_LABELS[entity.type]}
      </p>
      <p class="tl-card-title">{explanation.title}</p>
      {explanation.facts.map((f) => (
        <p key={f} class="tl-card-fact">
          {f}
        </p>
      ))}
      {explanation.description && <p class="tl-card-desc">{explanation.description}</p>}
      <p class="tl-card-count">
        {mentions.length === 1 ? 'Mentioned once on this page' : `Mentioned ${mentions.length} times on this page`}
      </p>
      {others.length > 0 && <p class="tl-card-also">Also as: {others.slice(0, 5).join(', ')}</p>}
    </div>
  );
}
