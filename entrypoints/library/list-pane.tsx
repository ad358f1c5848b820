/** The list side of the library: result count, sort, bulk selection and actions, and the rows. */
import { ClippingItem } from '../../components/clipping-item';
import { VirtualList } from '../../components/virtual-list';
import { SORTS, type Sort } from '../../lib/library/view';
import type { Card } from '../../lib/library/card';

const SORT_LABELS: Readonly<Record<Sort, string>> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  threat: 'Highest threat level',
  entities: 'Most entities',
  title: 'Title A–Z',
  site: 'Site A–Z',
};

export interface ListPaneProps {
  cards: readonly Card[];
  total: number;
  /** Only part is shown yet: the newest clippings (library loading) or the newest matches (search counting). */
  partial?: 'newest' | 'matches' | null;
  words: readonly string[];
  sort: Sort;
  onSort: (s: Sort) => void;
  selectedId: string | null;
  activeIndex: number;
  onOpen: (id: string) => void;
  onMove: (index: number) => void;
  checked: ReadonlySet<string>;
  onCheck: (ids: readonly string[], on: boolean) => void;
  onDeleteChecked: () => void;
}

/** Rows are this tall: the virtual list needs one height. */
const ROW = 58;

export function ListPane(p: ListPaneProps) {
  const allChecked = p.cards.length > 0 && p.cards.every((c) => p.checked.has(c.id));
  return (
    <section class="list-pane" aria-label="Clippings">
      <div class="list-tools">
        <label class="check-all">
          <input
            type="checkbox"
            data-testid="tl-select-all"
            checked={allChecked}
            disabled={p.cards.length === 0}
            onChange={(e) => p.onCheck(p.cards.map((c) => c.id), e.currentTarget.checked)}
          />{' '}
          <span data-testid="tl-result-count">
            {p.partial === 'newest'
              ? `Newest ${p.cards.length} of ${p.total} clippings (loading the rest…)`
              : p.partial === 'matches'
                ? `Newest ${p.cards.length} matches (counting all of them…)`
                : p.cards.length === p.total
                ? `${p.total} clippings`
                : `${p.cards.length} of ${p.total} clippings`}
          </span>
        </label>
        {p.checked.size > 0 && (
          <span class="bulk" data-testid="tl-bulk">
            {p.checked.size} selected{' '}
            <button type="button" onClick={() => p.onCheck([...p.checked], false)}>
              Unselect
            </button>{' '}
            <button type="button" class="danger" data-testid="tl-delete-selected" onClick={p.onDeleteChecked}>
              Delete selected
            </button>
          </span>
        )}
        <label class="sort">
          Sort{' '}
          <select data-testid="tl-sort" value={p.sort} onChange={(e) => p.onSort(e.currentTarget.value as Sort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <VirtualList
        items={p.cards}
        rowHeight={ROW}
        activeIndex={p.activeIndex}
        label="Clippings found"
        onMove={p.onMove}
        renderRow={(c) => (
          <ClippingItem card={c} words={p.words} selected={c.id === p.selectedId} onOpen={p.onOpen} checked={p.checked.has(c.id)} onCheck={(id, on) => p.onCheck([id], on)} />
        )}
      />
    </section>
  );
}
