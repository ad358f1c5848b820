/** A clipping in full (`tl-clipping-detail`): source, metadata, note, tags, entities, text. */
import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clipping/schema';
import { groupMentions, entityName } from '../lib/findings';
import { TYPE_LABELS } from './type-label';

export interface ClippingDetailProps {
  clipping: Clipping;
  onSaveNote: (note: string, tags: string[]) => void;
  onDelete: () => void;
}

/** The source link is shown only for http(s) URLs: a `javascript:` URL is text, never a link. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

export function ClippingDetail({ clipping: c, onSaveNote, onDelete }: ClippingDetailProps) {
  const [note, setNote] = useState(c.note);
  const [tags, setTags] = useState(c.tags.join(', '));
  useEffect(() => {
    setNote(c.note);
    setTags(c.tags.join(', '));
  }, [c.id, c.note, c.tags]);
  const groups = groupMentions(c.entities);
  return (
    <article class="detail" data-testid="tl-clipping-detail">
      <h2>{c.title}</h2>
      <p class="muted">
        {safeHref(c.url) ? (
          <a href={safeHref(c.url)} target="_blank" rel="noopener noreferrer">
            {c.site || c.url}
          </a>
        ) : (
          c.url
        )}
        {c.byline ? ` · ${c.byline}` : ''}
        {c.publishedAt ? ` · ${c.publishedAt.slice(0, 10)}` : ''} · saved {new Date(c.createdAt).toLocaleString()}
      </p>
      <label>
        Note
        <textarea data-testid="tl-note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        Tags (comma separated)
        <input type="text" data-testid="tl-tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <p>
        <button type="button" class="primary" onClick={() => onSaveNote(note, tags.split(',').map((t) => t.trim()).filter(Boolean))}>
          Save note and tags
        </button>{' '}
        <button type="button" data-testid="tl-delete" onClick={onDelete}>
          Delete
        </button>
      </p>
      {groups.length > 0 && (
        <ul class="plain entities">
          {groups.slice(0, 40).map((g) => (
            <li key={g.key}>
              <span class="muted">{TYPE_LABELS[g.first.type]}:</span> {entityName(g.first)} ×{g.mentions.length}
            </li>
          ))}
        </ul>
      )}
      <div class="text">{c.text}</div>
    </article>
  );
}
