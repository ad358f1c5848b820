/**
 * Who may talk to the background. Pages never can: there is no externally_connectable and no
 * DOM channel, and this check refuses anything that is not one of the extension's own contexts.
 */

/** The parts of a runtime.MessageSender this check needs. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Where a trusted message came from: one of our content scripts (in a tab) or one of our pages. */
export type TrustedOrigin = { kind: 'content'; tabId: number } | { kind: 'extension-page' };

/**
 * The trusted origin of a message, or null when it must be ignored. `extensionId` is our
 * runtime id and `extensionBaseUrl` our root URL (chrome-extension://id/ or moz-extension://uuid/).
 */
export function trustedOrigin(sender: SenderInfo, extensionId: string, extensionBaseUrl: string): TrustedOrigin | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionBaseUrl)) return { kind: 'extension-page' };
  if (sender.tab?.id !== undefined && sender.tab.id >= 0) return { kind: 'content', tabId: sender.tab.id };
  return null;
}
