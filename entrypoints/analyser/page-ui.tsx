/**
 * The page UI of an analysed article, in an open shadow root: the summary panel, the hover
 * card and the selection's Clip button. The page's own DOM gains only the shadow host.
 */
import { render } from 'preact';
import { HoverCard } from '../../components/hover-card';
import { SummaryPanel, type SummaryPanelProps } from '../../components/summary-panel';
import type { Entity } from '../../lib/entities/types';
import type { EntityExplanation } from '../../lib/explain';
import { guardAgainstForgedInput } from '../../platform/forged-input';
import { PAGE_UI_CSS } from './styles';

/** Everything the page UI shows; the analyser re-renders with a new state. */
export interface PageUiState {
  panel: SummaryPanelProps | null;
  card: { entity: Entity; explanation: EntityExplanation; mentions: Entity[]; x: number; y: number; colors?: Readonly<Record<string, string>> } | null;
  clip: { x: number; y: number; onClip: () => void; label: string } | null;
  /** The reader's watched terms found on the page, most frequent first (settings.watchlist). */
  watch: { term: string; count: number }[];
  onCloseCard: () => void;
}

/** The watchlist's line of the summary: every watched term on the page and how often it occurs. */
function WatchSummary({ watch }: { watch: PageUiState['watch'] }) {
  const total = watch.reduce((n, w) => n + w.count, 0);
  return (
    <aside class="tl-watch" data-testid="tl-watch-summary" aria-label="Watchlist terms on this page">
      <strong>Watchlist: {total}</strong>{' '}
      {watch.map((w, i) => (
        <span key={w.term}>
          {i > 0 && ', '}
          {w.term} ×{w.count}
        </span>
      ))}
    </aside>
  );
}

function PageApp({ panel, card, clip, watch, onCloseCard }: PageUiState) {
  return (
    <>
      {panel && <SummaryPanel {...panel} />}
      {watch.length > 0 && <WatchSummary watch={watch} />}
      {card && <HoverCard {...card} onClose={onCloseCard} />}
      {clip && (
        <button
          type="button"
          class="tl-clip"
          data-testid="tl-clip-selection"
          style={{ left: `${clip.x}px`, top: `${clip.y}px` }}
          onMouseDown={(e) => e.preventDefault() /* keep the page's selection */}
          onClick={clip.onClip}
        >
          {clip.label}
        </button>
      )}
    </>
  );
}

/** The mounted page UI. */
export interface PageUi {
  host: HTMLElement;
  update(state: PageUiState): void;
  remove(): void;
}

/** Mounts the page UI on `doc` (one host element at the end of the document). */
export function mountPageUi(doc: Document): PageUi {
  const host = doc.createElement('threatlight-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PAGE_UI_CSS;
  const root = doc.createElement('div');
  guardAgainstForgedInput(shadow);
  shadow.append(style, root);
  doc.documentElement.append(host);
  return {
    host,
    update: (state) => render(<PageApp {...state} />, root),
    remove: () => {
      render(null, root);
      host.remove();
    },
  };
}
