/**
 * Where a clipping is on its page: W3C Web Annotation selectors. Apart from the clipping schema
 * so the page script can read saved selectors without building every clipping schema.
 */
// zod/mini, like every schema the page script parses with (see lib/messaging/content-protocol.ts).
import { z } from 'zod/mini';

/** W3C Web Annotation TextQuoteSelector: the exact text with some context either side. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

/** W3C Web Annotation TextPositionSelector: offsets into the page's text content. */
export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});

export const SelectorSchema = z.discriminatedUnion('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema]);
export type Selector = z.infer<typeof SelectorSchema>;
