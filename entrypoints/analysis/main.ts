/**
 * Chrome's offscreen document: the page pipeline runs here, in the extension's own process,
 * so the page's main thread only serialises its markup and paints the answer. The background
 * creates this document on the first request and forwards requests to it; Firefox's background
 * page serves them itself (platform/off-page.ts).
 */
import { browser } from '#imports';
import { z } from 'zod';
import { ToAnalysisPageSchema } from '../../lib/messaging/protocol';
import { trustedOrigin } from '../../lib/messaging/sender';
import { serveHere } from '../../platform/analysis';

z.config({ jitless: true });

browser.runtime.onMessage.addListener((raw: unknown, sender) => {
  const msg = ToAnalysisPageSchema.safeParse(raw);
  if (!msg.success) return undefined;
  // Only the background forwards requests; content scripts' broadcasts reach this page too.
  const origin = trustedOrigin(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (origin?.kind !== 'extension-page') return undefined;
  return serveHere(msg.data.request);
});
