/**
 * The analyser, injected by the background into a frame whose gate passed:
 * extract → assess → recognize (lib/analyze) on a clone, then paint the live page, show the
 * summary panel, hover cards and the Clip button. No exception escapes to the page.
 */
import { browser, defineUnlistedScript } from '#imports';
import { z } from 'zod/mini';
import { ContentMessageSchema } from '../../lib/messaging/content-protocol';
import { registerAnalyser } from '../../platform/page-bridge';
import { settingsItem } from '../../platform/settings-item';
import { Annotator } from './annotator';

export default defineUnlistedScript(() => {
  z.config({ jitless: true });
  const annotator = new Annotator(document);
  if (!registerAnalyser({ rerun: () => annotator.schedule(0) })) return;

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = ContentMessageSchema.safeParse(raw);
    if (!msg.success) return undefined;
    switch (msg.data.type) {
      case 'get-findings':
        return Promise.resolve(annotator.findings());
      case 'save-article':
        return annotator.saveArticle();
      case 'save-selection':
        return annotator.clipSelection();
    }
  });
  // Colours, hidden types and the watchlist changed elsewhere: repaint without a reload.
  settingsItem.watch(() => {
    annotator.settingsChanged().catch((e: unknown) => console.debug('Threatlight:', e));
  });
  annotator.schedule(0);
});
