/** The library page: search, list and detail of saved clippings. */
import { useState } from 'preact/hooks';
import { ClippingDetail } from '../../components/clipping-detail';
import { ClippingItem } from '../../components/clipping-item';
import type { Clipping } from '../../lib/clipping/schema';
import { allClippings, orphanedClippings, searchClippings, toStored } from '../../lib/storage/clippings';
import { ExportBar } from '../../components/export-bar';
import type { ExportFormat } from '../../lib/export/index';
import { exportClippings, importFile } from './transfer';
import { libraryDb } from '../../platform/db';
import { useLiveQuery } from '../../hooks/use-live-query';

export function LibraryApp() {
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [undo, setUndo] = useState<Clipping | null>(null);
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const clippings = useLiveQuery<Clipping[] | null>(() => searchClippings(libraryDb(), query, 500), [query], null);
  const orphans = useLiveQuery<Clipping[]>(() => orphanedClippings(libraryDb()), [], []);
  const selected = clippings?.find((c) => c.id === selectedId) ?? orphans.find((c) => c.id === selectedId) ?? null;

  /** Exports what the list shows: the search results, or the whole library without a query. */
  const doExport = async (format: ExportFormat): Promise<void> => {
    const list = query.trim() ? await searchClippings(libraryDb(), query, Number.MAX_SAFE_INTEGER) : await allClippings(libraryDb());
    setStatus(exportClippings(format, list, (m) => window.confirm(m)));
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

  const saveNote = async (c: Clipping, note: string, tags: string[]): Promise<void> => {
    await libraryDb().clippings.put(toStored({ ...c, note, tags, updatedAt: Date.now() }));
    setStatus('Note and tags saved.');
  };
  const remove = async (c: Clipping): Promise<void> => {
    await libraryDb().clippings.delete(c.id);
    setUndo(c);
    setSelectedId(null);
  };
  const restore = async (): Promise<void> => {
    if (!undo) return;
    await libraryDb().clippings.put(toStored(undo));
    setSelectedId(undo.id);
    setUndo(null);
  };

  return (
    <main>
      <header>
        <h1>Threatlight library</h1>
        <input
          type="search"
          data-testid="tl-search"
          placeholder="Search clippings (all words must match)"
          aria-label="Search clippings"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </header>
      <ExportBar
        count={clippings?.length ?? 0}
        onExport={(f) => void doExport(f)}
        onImport={(f) => void doImport(f)}
        status={status}
        importError={importError}
      />
      {undo && (
        <p role="status">
          Deleted “{undo.title}”.{' '}
          <button type="button" data-testid="tl-undo" onClick={() => void restore()}>
            Undo
          </button>
        </p>
      )}
      {clippings === null ? (
        <p class="muted">Loading…</p>
      ) : clippings.length === 0 ? (
        <p class="muted">
          {query
            ? 'No clipping contains all these words.'
            : 'Your library is empty. On a security-news article, press Save article in the Threatlight panel, or select a passage and press Clip.'}
        </p>
      ) : (
        <div class="layout">
          <div>
            <ul class="plain" aria-label="Clippings">
              {clippings.map((c) => (
                <ClippingItem key={c.id} clipping={c} selected={c.id === selectedId} onOpen={(x) => setSelectedId(x.id)} />
              ))}
            </ul>
            {orphans.length > 0 && (
              <section aria-label="Orphaned passages" data-testid="tl-orphans">
                <h2>Not found on their page ({orphans.length})</h2>
                <p class="muted">These passages were missing when you last visited their page. They are kept here.</p>
                <ul class="plain">
                  {orphans.map((c) => (
                    <ClippingItem key={c.id} clipping={c} selected={c.id === selectedId} onOpen={(x) => setSelectedId(x.id)} />
                  ))}
                </ul>
              </section>
            )}
          </div>
          {selected ? (
            <ClippingDetail clipping={selected} onSaveNote={(n, t) => void saveNote(selected, n, t)} onDelete={() => void remove(selected)} />
          ) : (
            <p class="muted">Select a clipping to read it.</p>
          )}
        </div>
      )}
    </main>
  );
}
