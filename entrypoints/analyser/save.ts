/**
 * Saving from a page: the request is kept and retried until the background acknowledges it,
 * so a service worker stopped mid-save loses nothing (the clipping id makes retries idempotent).
 */
import type { Clipping } from '../../lib/clipping/schema';
import type { SaveResult } from '../../lib/messaging/protocol';
import { saveViaBackground } from '../../platform/messaging';

const DELAYS_MS = [0, 250, 500, 1000, 2000, 4000, 8000];

/** Saves `clipping` through the background, retrying while it cannot be reached. */
export async function saveClippingReliably(clipping: Clipping): Promise<SaveResult> {
  const requestId = `${clipping.id}:${clipping.updatedAt}`;
  let last: SaveResult = { ok: false, error: 'The extension did not answer. Reload the page and try again.' };
  for (const delay of DELAYS_MS) {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    try {
      last = await saveViaBackground({ type: 'save-clipping', requestId, clipping });
      // A real answer (saved, or a storage error to show the user) ends the retries.
      if (last.ok || !last.error.startsWith('The background gave no valid answer')) return last;
    } catch {
      // The worker is starting up or was stopped: try again.
    }
  }
  return last;
}
