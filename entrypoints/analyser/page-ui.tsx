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
  card: { entity: Entity; explanation: EntityExplanation; mentions: Entity[]; x: number; y: number } | null;
  clip: { x: number; y: number; onClip: () => void; label: string } | null;
  onCloseCard: () => void;
}

function PageApp({ panel, card, clip, onCloseCard }: PageUiState) {
  return (
    <>
      {panel && <SummaryPanel {...panel} />}
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
