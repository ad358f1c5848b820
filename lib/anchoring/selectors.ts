/**
 * W3C Web Annotation selectors for a span of a text: a TextQuote (exact text with context)
 * and a TextPosition (offsets), so a clipping can be found again on its page.
 */
import type { Selector } from '../clipping/schema';

/** How much context either side a TextQuote keeps: enough to tell repeated phrases apart. */
export const CONTEXT_CHARS = 32;

/** The selectors that describe `text[start, end)`. */
export function describeSpan(text: string, start: number, end: number): Selector[] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
