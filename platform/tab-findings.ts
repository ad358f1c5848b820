/** What the popup asks a tab's content script: the findings of its page. */
import { z } from 'zod';
import { PageFindingsSchema, type PageFindings } from '../lib/messaging/protocol';
import { toTab } from './messaging';

/** The findings of the page in `tabId`, or null when the page has no Threatlight analysis. */
export async function findingsOfTab(tabId: number): Promise<PageFindings | null> {
  try {
    const r = z.union([PageFindingsSchema, z.null()]).safeParse(await toTab(tabId, { type: 'get-findings' }));
    return r.success ? r.data : null;
  } catch {
    return null; // No content script in this tab (a browser page, a store page, a PDF).
  }
}
