/**
 * Where the background has a page analysed: Chrome's offscreen document (a service worker has
 * no DOM), or Firefox's background page itself. Either way the work leaves the page's thread.
 */
import { browser } from '#imports';
import type { AnalysisRequest, ToAnalysisPage } from '../lib/messaging/protocol';

const ANALYSIS_PAGE = '/analysis.html';

let creating: Promise<void> | null = null;

/** Opens Chrome's offscreen analysis document unless it is open (one may exist per extension). */
async function ensureAnalysisPage(): Promise<void> {
  if (creating) return creating;
  const url = browser.runtime.getURL(ANALYSIS_PAGE);
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (open.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url: ANALYSIS_PAGE, reasons: ['DOM_PARSER'], justification: 'Analyses articles away from the page being read, so reading never stutters.' })
    .catch((e: unknown) => {
      // Another request's creation won the race: the document is there.
      if (!String(e).includes('single offscreen')) throw e;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/**
 * Waits before each new try: a document another request just created is listed before its script
 * listens, and a message sent then finds no receiver.
 */
const RETRY_DELAYS_MS = [0, 50, 150, 400, 1000, 2000];

/** The answer to `req`, computed away from the page that asked (raw: the asker checks it). */
export async function analyseOffPage(req: AnalysisRequest): Promise<unknown> {
  if (import.meta.env.FIREFOX) {
    const { serveHere } = await import('./analysis');
    return serveHere(req);
  }
  let lastError: unknown;
  for (const delay of RETRY_DELAYS_MS) {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    await ensureAnalysisPage();
    try {
      return await browser.runtime.sendMessage({ target: 'tl-analysis', request: req } satisfies ToAnalysisPage);
    } catch (e) {
      if (!String(e).includes('Receiving end does not exist')) throw e;
      lastError = e;
    }
  }
  throw lastError;
}
