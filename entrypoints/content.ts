/**
 * The always-injected content script: the gate, and nothing else. It must cost almost nothing
 * on the 95% of pages that are not articles; when the gate passes, the background injects the
 * analyser (entrypoints/analyser) into this frame.
 */
import { browser, defineContentScript } from '#imports';
import { gate } from '../lib/page/gate';
import { analyserHandle } from '../platform/page-bridge';
import { settingsItem } from '../platform/settings-item';
import { disabledSitesOf, gateSensitivityOf, hostIsListed } from '../lib/settings-lite';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's start-up postMessage would tell every page our extension id (and that Threatlight is there).
  noScriptStartedPostMessage: true,
  main(ctx) {
    let requested = false;

    const check = async (): Promise<void> => {
      if (requested || ctx.isInvalid) return;
      if (!(document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml')) return;
      const settings = await settingsItem.getValue();
      if (hostIsListed(disabledSitesOf(settings), location.hostname)) return;
      if (!gate(document, { sensitivity: gateSensitivityOf(settings) }).pass) return;
      requested = true;
      late.disconnect();
      // The background may still be starting (just installed, or a worker waking up): retry.
      for (const delay of [0, 300, 1000, 3000]) {
        if (delay) await new Promise<void>((r) => ctx.setTimeout(() => r(), delay));
        try {
          await browser.runtime.sendMessage({ type: 'gate-passed' });
          return;
        } catch {
          if (ctx.isInvalid) return;
        }
      }
      requested = false;
    };
    const safeCheck = (): void => {
      check().catch((e: unknown) => console.debug('Threatlight gate:', e));
    };

    // Until the analyser is here, the popup hears "no analysis" from the gate script.
    // The only message handled here has no payload, so checking its type is the whole parse.
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const isGetFindings = typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'get-findings';
      return isGetFindings && !analyserHandle() ? Promise.resolve(null) : undefined;
    });

    // Single-page apps: a new URL may be a new article.
    let lastHref = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // The page can dispatch this event too: only a real change of address counts. WXT fires it
      // from the Navigation API's navigate event, before the address changes, so look a moment later.
      ctx.setTimeout(() => {
        if (location.href === lastHref) return;
        lastHref = location.href;
        const a = analyserHandle();
        if (a) a.rerun();
        else ctx.setTimeout(safeCheck, 800);
      }, 100);
    });
    // Late content: a page that renders its article after load gets another look when its DOM
    // changes. The callback only queues; at most one look every 2 s, for the page's first minute.
    let queued = false;
    const late = new MutationObserver(() => {
      if (requested || queued) return;
      queued = true;
      ctx.setTimeout(() => {
        queued = false;
        if (!requested) safeCheck();
      }, 2000);
    });
    late.observe(document.documentElement, { childList: true, subtree: true });
    ctx.setTimeout(() => late.disconnect(), 60_000);
    ctx.onInvalidated(() => late.disconnect());
    safeCheck();
  },
});
