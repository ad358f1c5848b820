/** The popup: this page's findings and Save, the five latest clippings, search, Open library. */
import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { ClippingItem } from '../../components/clipping-item';
import { FindingsView } from '../../components/findings-view';
import type { Clipping } from '../../lib/clipping/schema';
import { SaveResultSchema, type PageFindings } from '../../lib/messaging/protocol';
import { toCard } from '../../lib/library/card';
import { recentClippings, searchClippings } from '../../lib/storage/clippings';
import { queryWords } from '../../lib/text/fold';
import { libraryDb } from '../../platform/db';
import { toTab } from '../../platform/messaging';
import { findingsOfTab } from '../../platform/tab-findings';
import { useLiveQuery } from '../../hooks/use-live-query';

/**
 * The tab the popup is about: the active tab of its window, or `?tab=<id>` when the popup is
 * opened as a page (tests, and the library's "findings of a tab" link). Only the extension can
 * open its own popup page, so the parameter is not a way in for web pages.
 */
async function activeTabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function PopupApp() {
  const [findings, setFindings] = useState<PageFindings | null | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');
  const clippings = useLiveQuery<Clipping[]>(
    () => (query.trim() ? searchClippings(libraryDb(), query, 5) : recentClippings(libraryDb(), 5)),
    [query],
    [],
  );

  useEffect(() => {
    void activeTabId()
      .then((id) => (id === undefined ? null : findingsOfTab(id)))
      .then(setFindings);
  }, []);

  const save = async (): Promise<void> => {
    const id = await activeTabId();
    if (id === undefined) return;
    setStatus('Saving…');
    const r = SaveResultSchema.safeParse(await toTab(id, { type: 'save-article' }).catch(() => null));
    setStatus(r.success ? (r.data.ok ? 'Saved to the library.' : r.data.error) : 'This page cannot be saved.');
  };

  /** Opens the library, at one clipping when `id` is given. */
  const openLibrary = (id?: string): void => {
    const url = browser.runtime.getURL('/library.html') + (id ? `?open=${encodeURIComponent(id)}` : '');
    void browser.tabs.create({ url }).then(() => window.close());
  };

  return (
    <main>
      <h1>Threatlight</h1>
      {findings === undefined ? (
        <p class="muted">Looking at this page…</p>
      ) : findings === null ? (
        <p class="muted" data-testid="tl-popup-findings">
          No analysis for this page: it is not an article, or Threatlight is off here.
        </p>
      ) : (
        <FindingsView findings={findings} testId="tl-popup-findings" />
      )}
      <div class="row">
        <button type="button" class="primary" data-testid="tl-popup-save" disabled={!findings} onClick={() => void save()}>
          Save article
        </button>
        <button type="button" data-testid="tl-open-library" onClick={() => openLibrary()}>
          Open library
        </button>
      </div>
      {status && <p role="status">{status}</p>}
      <h2>Latest clippings</h2>
      <input type="search" placeholder="Search the library" aria-label="Search the library" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {clippings.length === 0 ? (
        <p class="muted">{query ? 'No clipping matches.' : 'Nothing saved yet. Save an article or select a passage and clip it.'}</p>
      ) : (
        <ul class="plain">
          {clippings.map((c) => (
            <li key={c.id}>
              <ClippingItem card={toCard(c)} words={queryWords(query)} onOpen={openLibrary} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
