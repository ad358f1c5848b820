/** The page summary panel (`tl-summary`): findings, Save, per-type toggles, dismiss, off-for-site. */
import { useState } from 'preact/hooks';
import type { PageFindings } from '../lib/messaging/protocol';
import { ENTITY_TYPES } from '../lib/entities/names';
import type { EntityType } from '../lib/entities/types';
import { TYPE_COLORS } from '../lib/paint/colors';
import { FindingsView } from './findings-view';
import { TYPE_LABELS } from './type-label';

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'error'; message: string };

export interface SummaryPanelProps {
  findings: PageFindings;
  hiddenTypes: ReadonlySet<EntityType>;
  save: SaveState;
  /** When this article was saved to the library, if it was. */
  savedAt: number | null;
  onSave: () => void;
  onToggleType: (type: EntityType, visible: boolean) => void;
  onDismiss: () => void;
  onDisableSite: () => void;
  /** The things named on the page, most mentioned first: the keyboard's way to the hover cards. */
  entities: readonly { key: string; type: EntityType; label: string; count: number }[];
  /** Shows the first mention of `key` on the page, with its hover card. */
  onShowEntity: (key: string) => void;
  /** Colour of each type (the reader's choices over the built-in ones). */
  colors?: Readonly<Record<string, string>>;
}

/** The panel shown on an analysed page, collapsed to a small tab until opened. */
export function SummaryPanel(p: SummaryPanelProps) {
  const [open, setOpen] = useState(true);
  const present = ENTITY_TYPES.filter((t) => (p.findings.counts[t] ?? 0) > 0);
  return (
    <aside class={`tl-panel ${open ? 'open' : 'closed'}`} data-testid="tl-summary" aria-label="Threatlight page summary">
      <header>
        <button type="button" class="tl-title" aria-expanded={open} onClick={() => setOpen(!open)}>
          Threatlight
        </button>
        <button type="button" class="tl-icon" aria-label="Dismiss Threatlight for this page" onClick={p.onDismiss}>
          ×
        </button>
      </header>
      {open && (
        <div class="tl-body">
          <FindingsView findings={p.findings} />
          {present.length > 0 && (
            <fieldset class="tl-toggles">
              <legend>Highlight</legend>
              {present.map((t) => (
                <label key={t}>
                  <input type="checkbox" checked={!p.hiddenTypes.has(t)} onChange={(e) => p.onToggleType(t, e.currentTarget.checked)} />
                  <span class="tl-swatch" style={{ background: (p.colors ?? TYPE_COLORS)[t] }} aria-hidden="true" />
                  {TYPE_LABELS[t]}
                </label>
              ))}
            </fieldset>
          )}
          {p.entities.length > 0 && (
            <details class="tl-entities">
              <summary>Entities on this page</summary>
              <ul>
                {p.entities.map((e) => (
                  <li key={e.key}>
                    <button type="button" class="tl-entity" onClick={() => p.onShowEntity(e.key)} onFocus={() => p.onShowEntity(e.key)}>
                      <span class="tl-swatch" style={{ background: (p.colors ?? TYPE_COLORS)[e.type] }} aria-hidden="true" />
                      {e.label} <span class="tl-count">×{e.count}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div class="tl-actions">
            <button type="button" class="tl-primary" data-testid="tl-save-article" disabled={p.save.state === 'saving'} onClick={p.onSave}>
              {p.save.state === 'saved' ? 'Saved ✓' : p.save.state === 'saving' ? 'Saving…' : p.savedAt ? 'Save again' : 'Save article'}
            </button>
            <button type="button" onClick={p.onDisableSite}>
              Off for this site
            </button>
          </div>
          {p.savedAt !== null && p.save.state !== 'saved' && (
            <p class="tl-saved-note">In your library since {new Date(p.savedAt).toLocaleDateString()}.</p>
          )}
          {p.save.state === 'error' && (
            <p class="tl-error" role="alert">
              {p.save.message}
            </p>
          )}
        </div>
      )}
    </aside>
  );
}
