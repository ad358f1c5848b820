/**
 * The messages a content script receives and the answers it parses. Apart from protocol.ts so
 * the page script builds none of the clipping and entity schemas, and written with zod/mini:
 * classic zod was two thirds of the page script's start-up, evaluated on every article.
 */
import { z } from 'zod/mini';
import { SelectorSchema } from '../clipping/selector-schema';

/** Messages a content script accepts, from the background or the popup. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-findings') }),
  z.object({ type: z.literal('save-article') }),
  z.object({ type: z.literal('save-selection') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** The background's answer to a save. */
export const SaveResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), id: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SaveResult = z.infer<typeof SaveResultSchema>;

/** The background's answer to `saved-for-page`. */
export const SavedOnPageSchema = z.array(
  z.object({ id: z.string(), kind: z.enum(['article', 'passage']), createdAt: z.number(), selectors: z.array(SelectorSchema) }),
);
