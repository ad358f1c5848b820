/** A clipping in full (`tl-clipping-detail`): source, metadata, note, tags, TLP, entities, painted text. */
import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clipping/schema';
import { TlpLevelSchema } from '../lib/entities/types';
import { groupMentions, entityName } from '../lib/findings';
import { TYPE_COLORS } from '../lib/paint/colors';
import { PaintedText } from './painted-text';
import { TYPE_LABELS } from './type-label';

export interface ClippingDetailProps {
  clipping: Clipping;
  /** Folded search words to mark in the text. */
  words: readonly string[];
  onSaveNote: (note: string, tags: string[]) => void;
  onTlp: (tlp: Clipping['tlp']) => void;
  onDelete: () => void;
  onClose: () => void;
  /** Colour of each type (the reader's choices over the built-in ones). */
  colors?: Readonly<Record<string, string>>;
}

/** The source link is shown only for http(s) URLs: a `javascript:` URL is text, never a link. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

const TLP_CHOICES = TlpLevelSchema.options.filter((t) => t !== 'white');

export function ClippingDetail({ clipping: c, words, onSaveNote, onTlp, onDelete, onClose, colors = TYPE_COLORS }: ClippingDetailProps) {
  const [note, setNote] = useState(c.note);
  const [tags, setTags] = useState(c.tags.join(', '));
  useEffect(() => {
    setNote(c.note);
    setTags(c.tags.join(', '));
  }, [c.id, c.note, c.tags]);
  const groups = groupMentions(c.entities);
  return (
    <article class="detail" data-testid="tl-clipping-detail" aria-label={`Clipping: ${c.title}`}>
      <div class="detail-head">
        <h2>{c.title}</h2>
        <button type="button" onClick={onClose} aria-label="Close the clipping">
          ×
        </button>
      </div>
      <p class="muted">
        {safeHref(c.url) ? (
          <a href={safeHref(c.url)} target="_blank" rel="noopener noreferrer">
            {c.site || c.url}
          </a>
        ) : (
          c.url
        )}
        {c.byline ? ` · ${c.byline}` : ''}
        {c.publishedAt ? ` · published ${c.publishedAt.slice(0, 10)}` : ''} · saved {new Date(c.createdAt).toLocaleString()} · {c.kind}
        {c.threatLevel ? ` · threat ${c.threatLevel}` : ''}
        {c.assessment ? ` · ${c.assessment.topics.map((t) => t.topic).join(', ') || 'no topic'}` : ''}
      </p>
      <div class="edit">
        <label>
          Note
          <textarea data-testid="tl-note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <label>
          Tags (comma separated)
          <input type="text" data-testid="tl-tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <label>
          TLP{' '}
          <select data-testid="tl-tlp" value={c.tlp ?? ''} onChange={(e) => onTlp(e.currentTarget.value ? TlpLevelSchema.parse(e.currentTarget.value) : null)}>
            <option value="">not marked</option>
            {TLP_CHOICES.map((t) => (
              <option key={t} value={t}>
                TLP:{t.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <p>
          <button
            type="button"
            class="primary"
            data-testid="tl-save-note"
            onClick={() => onSaveNote(note, [...new Set(tags.split(',').map((t) => t.trim()).filter(Boolean))])}
          >
            Save note and tags
          </button>{' '}
          <button type="button" class="danger" data-testid="tl-delete" onClick={onDelete}>
            Delete
          </button>
        </p>
      </div>
      {groups.length > 0 && (
        <details class="entities" open>
          <summary>
            {groups.length} entities ({c.entities.length} mentions)
          </summary>
          <ul class="plain">
            {groups.slice(0, 60).map((g) => (
              <li key={g.key}>
                <span class="tl-swatch" style={{ background: colors[g.first.type] }} aria-hidden="true" />
                <span class="muted">{TYPE_LABELS[g.first.type]}:</span> {entityName(g.first)} ×{g.mentions.length}
              </li>
            ))}
          </ul>
        </details>
      )}
      <PaintedText text={c.text} entities={c.entities} words={words} colors={colors} />
    </article>
  );
}
