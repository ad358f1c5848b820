/**
 * The library page: search, facets, sort, a virtual list, charts, a detail view with editing,
 * bulk selection, delete with undo, and export and import. Cards (lib/storage/cards) drive the
 * list, facets and charts; a clipping's full record is read only when it is opened or exported.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ClippingDetail } from '../../components/clipping-detail';
import { ExportBar } from '../../components/export-bar';
import { FacetPanel } from '../../components/facet-panel';
import type { ExportFormat } from '../../lib/export/index';
import { libraryView, type Facet, type FacetFilter, type Sort } from '../../lib/library/view';
import type { StoredClipping } from '../../lib/storage/db';
import { saveErrorMessage } from '../../lib/storage/save-errors';
import { deleteClippings, editClipping, restoreClippings, type ClippingEdit } from '../../lib/storage/writes';
import { queryWords } from '../../lib/text/fold';
import { typeColors } from '../../lib/paint/colors';
import { libraryDb } from '../../platform/db';
import { getSettings } from '../../platform/settings';
import { ChartsPane } from './charts-pane';
import { ListPane } from './list-pane';
import { exportClippings, importFile } from './transfer';
import { clippingsByIds, useCards, useClipping, useMatches } from './use-library';
import { useLiveQuery } from '../../hooks/use-live-query';
import { toCard, type Card } from '../../lib/library/card';
import { searchClippings } from '../../lib/storage/clippings';

/** How many matches a search shows while it is still counting all of them. */
const FIRST_MATCHES = 100;

/** A YYYY-MM-DD date input as a UTC time bound (`end` moves it to the end of that day). */
const dayBound = (d: string, end: boolean): number | null => (d ? Date.parse(`${d}T00:00:00Z`) + (end ? 86_400_000 : 0) : null);

export function LibraryApp() {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FacetFilter>({});
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [orphanedOnly, setOrphanedOnly] = useState(false);
  const [sort, setSort] = useState<Sort>('newest');
  const [tab, setTab] = useState<'list' | 'charts'>('list');
  const [selectedId, setSelectedId] = useState<string | null>(() => new URLSearchParams(location.search).get('open'));
  const [activeIndex, setActiveIndex] = useState(-1);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<StoredClipping[] | null>(null);
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const [colors, setColors] = useState<Record<string, string>>(() => typeColors());
  useEffect(() => void getSettings().then((s) => setColors(typeColors(s.colors))), []);

  const { cards, newest, total: stored } = useCards();
  const matches = useMatches(query);
  const selected = useClipping(selectedId);
  const words = useMemo(() => queryWords(query), [query]);
  // A common word can match tens of thousands of clippings, and counting facets needs every
  // match: until that set arrives, the newest matches (one index walk) stand in.
  const firstMatches = useLiveQuery<{ query: string; cards: Card[] } | null>(
    async () => (words.length ? { query, cards: (await searchClippings(libraryDb(), query, FIRST_MATCHES)).map((c) => toCard(c)) } : null),
    [query],
    null,
  );
  const counting = words.length > 0 && matches.query !== query && firstMatches?.query === query;
  // Until every card is loaded, the newest clippings stand in (search and filters wait for the rest).
  const loading = cards === null;
  const view = useMemo(() => {
    const q = { filter, from: dayBound(from, false), to: dayBound(to, true), orphanedOnly, sort };
    return counting && firstMatches ? libraryView(firstMatches.cards, null, q) : libraryView(cards ?? newest ?? [], matches.ids, q);
  }, [cards, newest, matches, counting, firstMatches, filter, from, to, orphanedOnly, sort]);
  const orphanCount = useMemo(() => (cards ?? []).filter((c) => c.orphaned).length, [cards]);

  // "/" jumps to the search box, as on most sites analysts use; Escape closes the open clipping.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const t = e.target as HTMLElement | null;
      const typing = t !== null && /^(?:INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
      if (e.key === '/' && !typing) {
        e.preventDefault();
        search.current?.focus();
      } else if (e.key === 'Escape' && !typing) setSelectedId(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const toggle = (facet: Facet, value: string, on: boolean): void => {
    const now = filter[facet] ?? [];
    setFilter({ ...filter, [facet]: on ? [...new Set([...now, value])] : now.filter((v) => v !== value) });
  };
  const check = (ids: readonly string[], on: boolean): void => {
    const next = new Set(checked);
    for (const id of ids) if (on) next.add(id);
    else next.delete(id);
    setChecked(next);
  };
  const open = (id: string): void => {
    setSelectedId(id);
    setActiveIndex(view.cards.findIndex((c) => c.id === id));
  };

  /** Exports the selection, or else everything the list shows. */
  const doExport = async (format: ExportFormat): Promise<void> => {
    const ids = checked.size > 0 ? view.cards.filter((c) => checked.has(c.id)).map((c) => c.id) : view.cards.map((c) => c.id);
    setStatus(`Preparing ${ids.length} clippings…`);
    setStatus(exportClippings(format, await clippingsByIds(ids), (m) => window.confirm(m)));
  };
  const doImport = async (file: File): Promise<void> => {
    setImportError(null);
    const r = await importFile(file, setStatus).catch((e: unknown) => ({ ok: false as const, error: `Import failed, library unchanged: ${String(e)}` }));
    if (r.ok) setStatus(r.message);
    else {
      setStatus('');
      setImportError(r.error);
    }
  };
  const edit = async (id: string, e: ClippingEdit, done: string): Promise<void> => {
    try {
      setStatus((await editClipping(libraryDb(), id, e, Date.now())) ? done : 'This clipping was deleted meanwhile.');
    } catch (err) {
      setStatus(saveErrorMessage(err));
    }
  };
  const remove = async (ids: readonly string[]): Promise<void> => {
    const gone = await deleteClippings(libraryDb(), ids);
    setUndo(gone);
    check(ids, false);
    if (selectedId && ids.includes(selectedId)) setSelectedId(null);
  };
  const restore = async (): Promise<void> => {
    if (!undo) return;
    await restoreClippings(libraryDb(), undo);
    if (undo.length === 1 && undo[0]) setSelectedId(undo[0].id);
    setUndo(null);
  };

  const total = cards?.length ?? stored;
  return (
    <div class="library">
      <header>
        <h1>Threatlight library</h1>
        <input
          ref={search}
          type="search"
          data-testid="tl-search"
          placeholder="Search clippings (all words must match; press / to come here)"
          aria-label="Search clippings"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <div class="tabs" role="group" aria-label="View">
          <button type="button" aria-pressed={tab === 'list'} onClick={() => setTab('list')}>
            List
          </button>
          <button type="button" data-testid="tl-show-charts" aria-pressed={tab === 'charts'} onClick={() => setTab('charts')}>
            Charts
          </button>
        </div>
      </header>
      <ExportBar count={checked.size || view.cards.length} onExport={(f) => void doExport(f)} onImport={(f) => void doImport(f)} status={status} importError={importError} />
      {undo && (
        <p role="status" class="undo">
          Deleted {undo.length === 1 ? `“${undo[0]?.title ?? ''}”` : `${undo.length} clippings`}.{' '}
          <button type="button" data-testid="tl-undo" onClick={() => void restore()}>
            Undo
          </button>
        </p>
      )}
      {orphanCount > 0 && (
        <p class="orphans" data-testid="tl-orphans">
          {orphanCount === 1 ? '1 passage was' : `${orphanCount} passages were`} not found on their page at the last visit; they are kept.{' '}
          <label>
            <input type="checkbox" checked={orphanedOnly} onChange={(e) => setOrphanedOnly(e.currentTarget.checked)} /> Show only those
          </label>
        </p>
      )}
      {newest === null && cards === null ? (
        <main class="muted">Loading the library…</main>
      ) : total === 0 && (cards ?? newest ?? []).length === 0 ? (
        <main class="empty" data-testid="tl-empty">
          <h2>Your library is empty</h2>
          <p>On a security-news article, press Save article in the Threatlight panel (or in the toolbar popup), or select a passage and press Clip.</p>
          <p>Already have clippings from another browser or a colleague? Import a Threatlight JSON file above.</p>
        </main>
      ) : (
        <main class={`layout ${selected && tab === 'list' ? 'with-detail' : ''}`}>
          <FacetPanel
            loading={loading || counting}
            counts={view.counts}
            filter={filter}
            onToggle={toggle}
            from={from}
            to={to}
            onDates={(f, t) => {
              setFrom(f);
              setTo(t);
            }}
            onClear={() => {
              setFilter({});
              setFrom('');
              setTo('');
            }}
          />
          {tab === 'charts' ? (
            <ChartsPane cards={view.cards} onPick={(f, v) => toggle(f, v, true)} />
          ) : view.cards.length === 0 && loading ? (
            <p class="muted">Reading the whole library…</p>
          ) : view.cards.length === 0 ? (
            <p class="muted" data-testid="tl-no-results">
              No clipping matches {query ? 'these words' : ''}
              {query && Object.values(filter).some((v) => v.length) ? ' and ' : ''}
              {Object.values(filter).some((v) => v.length) ? 'these filters' : ''}.
            </p>
          ) : (
            <ListPane
              cards={view.cards}
              total={total}
              partial={loading ? 'newest' : counting ? 'matches' : null}
              words={words}
              sort={sort}
              onSort={setSort}
              selectedId={selectedId}
              activeIndex={activeIndex}
              onOpen={open}
              onMove={(i) => {
                setActiveIndex(i);
                const c = view.cards[i];
                if (c) setSelectedId(c.id);
              }}
              checked={checked}
              onCheck={check}
              onDeleteChecked={() => void remove([...checked])}
            />
          )}
          {selected && tab === 'list' && (
            <ClippingDetail
              clipping={selected}
              words={words}
              onSaveNote={(note, tags) => void edit(selected.id, { note, tags }, 'Note and tags saved.')}
              onTlp={(tlp) => void edit(selected.id, { tlp }, tlp ? `Marked TLP:${tlp.toUpperCase()}.` : 'TLP marking removed.')}
              onDelete={() => void remove([selected.id])}
              onClose={() => setSelectedId(null)}
              colors={colors}
            />
          )}
        </main>
      )}
    </div>
  );
}
