/**
 * The library's filters (`tl-facets`): per facet its values with how many results each gives,
 * as checkboxes, and a saved-date range. Values beyond the first few are behind "Show all".
 */
import { useState } from 'preact/hooks';
import { FACETS, FACET_LABELS, type Facet, type FacetCounts, type FacetFilter } from '../lib/library/view';

export interface FacetPanelProps {
  /** The counts are of a first page only: the library is still being read. */
  loading?: boolean;
  counts: FacetCounts;
  filter: FacetFilter;
  onToggle: (facet: Facet, value: string, on: boolean) => void;
  from: string;
  to: string;
  /** Dates as YYYY-MM-DD, or '' for no bound. */
  onDates: (from: string, to: string) => void;
  onClear: () => void;
}

const SHOWN = 8;

function FacetGroup({ facet, values, chosen, onToggle }: { facet: Facet; values: FacetCounts[Facet]; chosen: readonly string[]; onToggle: FacetPanelProps['onToggle'] }) {
  const [all, setAll] = useState(false);
  // Chosen values stay visible even when they fall outside the first few.
  const shown = all ? values : values.filter((v, i) => i < SHOWN || chosen.includes(v.value));
  return (
    <fieldset class="facet" data-testid={`tl-facet-${facet}`}>
      <legend>{FACET_LABELS[facet]}</legend>
      {values.length === 0 && <p class="muted">None in these results.</p>}
      <ul class="plain">
        {shown.map((v) => (
          <li key={v.value}>
            <label>
              <input type="checkbox" checked={chosen.includes(v.value)} onChange={(e) => onToggle(facet, v.value, e.currentTarget.checked)} />{' '}
              <span class="facet-value">{v.value}</span> <span class="muted facet-count">{v.count}</span>
            </label>
          </li>
        ))}
      </ul>
      {values.length > SHOWN && (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${values.length}`}
        </button>
      )}
    </fieldset>
  );
}

export function FacetPanel({ loading, counts, filter, onToggle, from, to, onDates, onClear }: FacetPanelProps) {
  const anyChosen = FACETS.some((f) => (filter[f]?.length ?? 0) > 0) || from !== '' || to !== '';
  return (
    <aside class="facets" aria-label="Filters" data-testid="tl-facets">
      <div class="facets-head">
        <h2>Filters</h2>
        {anyChosen && (
          <button type="button" data-testid="tl-clear-filters" onClick={onClear}>
            Clear
          </button>
        )}
      </div>
      <fieldset class="facet" data-testid="tl-facet-date">
        <legend>Saved between</legend>
        <label class="date">
          From <input type="date" value={from} onChange={(e) => onDates(e.currentTarget.value, to)} />
        </label>
        <label class="date">
          To <input type="date" value={to} onChange={(e) => onDates(from, e.currentTarget.value)} />
        </label>
      </fieldset>
      {loading ? (
        <p class="muted" role="status">
          Counting the library…
        </p>
      ) : (
        FACETS.map((f) => <FacetGroup key={f} facet={f} values={counts[f]} chosen={filter[f] ?? []} onToggle={onToggle} />)
      )}
    </aside>
  );
}
