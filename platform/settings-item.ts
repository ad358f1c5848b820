/**
 * The raw settings item. Kept apart from the zod-parsed accessors so the always-injected gate
 * can read the one setting it needs without pulling zod into every page.
 */
import { storage } from '#imports';
import { disabledSitesOf, hostIsListed } from '../lib/settings-lite';

/** Stored raw and parsed on read, so an old or damaged value never breaks a page. */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null });

/** Whether Threatlight is off on `host`; cheap enough for the always-injected gate (no zod). */
export async function isSiteDisabled(host: string): Promise<boolean> {
  return hostIsListed(disabledSitesOf(await settingsItem.getValue()), host);
}
