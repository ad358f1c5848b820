/** Small DOM helpers of the analyser, written once for both browsers. */

/** Lets the page's own work run before the next step: no task of ours runs long. */
export const yieldToMain = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Runs `fn`, logging instead of throwing: nothing Threatlight does may break the page. */
export function guard<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    console.debug('Threatlight:', e);
    return undefined;
  }
}

/** A fresh passage id; getRandomValues works on plain-http pages too, unlike randomUUID. */
export function passageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `passage-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The text position under a point, in either browser's API. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
