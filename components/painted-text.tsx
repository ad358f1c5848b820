/**
 * A clipping's text with its entities painted by type (`<mark data-tl-type>`, coloured like the
 * page highlights) and the search words marked inside. Everything is rendered as text nodes.
 */
import type { ComponentChildren } from 'preact';
import type { Entity } from '../lib/entities/types';
import { entityName } from '../lib/findings';
import { TYPE_COLORS } from '../lib/paint/colors';
import { matchRanges } from '../lib/text/match';
import { TYPE_LABELS } from './type-label';

export interface PaintedTextProps {
  text: string;
  entities: readonly Entity[];
  /** Folded search words to mark. */
  words: readonly string[];
  /** Colours the reader chose, by type, over the built-in ones. */
  colors?: Readonly<Partial<Record<string, string>>>;
}

/** Entities that fit the text, in order, without overlaps (the first of two overlapping wins). */
function paintable(text: string, entities: readonly Entity[]): Entity[] {
  const sorted = entities.filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  let end = 0;
  for (const e of sorted) {
    if (e.start < end) continue;
    out.push(e);
    end = e.end;
  }
  return out;
}

/** `text[s, e)` with search matches inside it marked. */
function withMatches(text: string, s: number, e: number, matches: readonly [number, number][]): ComponentChildren[] {
  const parts: ComponentChildren[] = [];
  let at = s;
  for (const [ms, me] of matches) {
    if (me <= at || ms >= e) continue;
    const a = Math.max(ms, at);
    const b = Math.min(me, e);
    if (a > at) parts.push(text.slice(at, a));
    parts.push(
      <mark class="tl-match" key={`m${a}`}>
        {text.slice(a, b)}
      </mark>,
    );
    at = b;
  }
  if (at < e) parts.push(text.slice(at, e));
  return parts;
}

export function PaintedText({ text, entities, words, colors = {} }: PaintedTextProps) {
  const matches = matchRanges(text, words);
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const e of paintable(text, entities)) {
    if (e.start > at) parts.push(...withMatches(text, at, e.start, matches));
    const hex = colors[e.type] ?? TYPE_COLORS[e.type];
    parts.push(
      <mark key={`e${e.start}`} data-tl-type={e.type} title={`${TYPE_LABELS[e.type]}: ${entityName(e)}`} style={{ background: `${hex}33`, borderBottom: `2px solid ${hex}`, color: 'inherit' }}>
        {withMatches(text, e.start, e.end, matches)}
      </mark>,
    );
    at = e.end;
  }
  if (at < text.length) parts.push(...withMatches(text, at, text.length, matches));
  return <div class="text">{parts}</div>;
}
