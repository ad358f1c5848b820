/**
 * Typed senders over the one protocol (lib/messaging/protocol). Answers are parsed too:
 * a context that answers garbage is treated like one that did not answer.
 */
import { browser } from '#imports';
import { SaveResultSchema, type ContentMessage, type SaveResult } from '../lib/messaging/content-protocol';
import type { BackgroundMessage } from '../lib/messaging/protocol';

/** Sends a message to the background and returns its raw answer. */
export async function toBackground(msg: BackgroundMessage): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}

/** Asks the background to save; resolves with its parsed answer. */
export async function saveViaBackground(msg: Extract<BackgroundMessage, { type: 'save-clipping' }>): Promise<SaveResult> {
  const r = SaveResultSchema.safeParse(await toBackground(msg));
  return r.success ? r.data : { ok: false, error: 'The background gave no valid answer.' };
}

/** Sends a message to a tab's content script. */
export async function toTab(tabId: number, msg: ContentMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg);
}
