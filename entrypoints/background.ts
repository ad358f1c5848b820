/**
 * The background: the library's only writer, the analyser's injector and its way to the
 * off-page analysis, the badge, the context menu and the keyboard command. Every message is
 * parsed and its sender checked first.
 */
import { browser, defineBackground } from '#imports';
import { z } from 'zod';
import { BackgroundMessageSchema, type ContentMessage, type SaveResult } from '../lib/messaging/protocol';
import { trustedOrigin } from '../lib/messaging/sender';
import { clippingsForPage } from '../lib/storage/clippings';
import { saveErrorMessage } from '../lib/storage/save-errors';
import { recordAnchoring, saveClipping } from '../lib/storage/writes';
import { libraryDb } from '../platform/db';
import { analyseOffPage } from '../platform/off-page';

z.config({ jitless: true });

/**
 * The analyser's page script: painting, hover cards and the page UI. The analysis itself runs
 * away from the page (platform/off-page.ts), so this script stays small.
 */
const ANALYSER_FILE = '/analyser.js';

/** Injects the analyser into a frame whose gate passed. */
async function injectAnalyser(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANALYSER_FILE] });
  } else {
    // Firefox MV2 without the scripting namespace.
    await browser.tabs.executeScript(tabId, { file: ANALYSER_FILE, frameId });
  }
}

async function handle(raw: unknown, sender: Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1]): Promise<unknown> {
  const origin = trustedOrigin(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (!origin) return undefined;
  const parsed = BackgroundMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  switch (msg.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version };
    case 'gate-passed':
      if (origin.kind === 'content') await injectAnalyser(origin.tabId, sender.frameId ?? 0);
      return { ok: true };
    case 'page-analysed':
      if (origin.kind === 'content') {
        const text = msg.entityCount > 0 ? String(Math.min(msg.entityCount, 999)) : '';
        // MV2 Firefox has browserAction where MV3 has action.
        const action = browser.action ?? browser.browserAction;
        await action.setBadgeText({ tabId: origin.tabId, text });
        await action.setBadgeBackgroundColor({ tabId: origin.tabId, color: msg.isSecurityNews ? '#c0392b' : '#7f8c8d' });
      }
      return { ok: true };
    case 'saved-for-page':
      return clippingsForPage(libraryDb(), msg.urls);
    case 'anchor-report':
      await recordAnchoring(libraryDb(), msg.results, Date.now());
      return { ok: true };
    case 'analyse-page':
    case 'recognize-passage':
      // Only a page's own analyser asks; extension pages have nothing to analyse.
      return origin.kind === 'content' ? analyseOffPage(msg) : undefined;
    case 'save-clipping': {
      try {
        const id = await saveClipping(libraryDb(), msg.clipping);
        return { ok: true, id } satisfies SaveResult;
      } catch (e) {
        // Nothing was written (one transaction); the page keeps the clipping and can save again.
        console.warn('Threatlight: save failed', e);
        return { ok: false, error: saveErrorMessage(e) } satisfies SaveResult;
      }
    }
  }
}

async function sendToTab(tabId: number | undefined, msg: ContentMessage): Promise<void> {
  if (tabId === undefined) return;
  await browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => handle(raw, sender));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'tl-save-article', title: 'Save article to Threatlight', contexts: ['page'] });
    browser.contextMenus.create({ id: 'tl-clip-selection', title: 'Clip selection to Threatlight', contexts: ['selection'] });
    void navigator.storage?.persist?.().catch(() => false);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const type = info.menuItemId === 'tl-clip-selection' ? 'save-selection' : 'save-article';
    void sendToTab(tab?.id, { type });
  });
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'save-article') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => sendToTab(tab?.id, { type: 'save-article' }));
  });
});
