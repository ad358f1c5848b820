/** Small DOM helpers of the analyser, written once for both browsers. */

type Scheduler = { yield?: () => Promise<void> };

/**
 * Lets the page's own work (input, rendering) run before our next step, so no task of ours runs
 * long: `scheduler.yield()` where the browser has it (the continuation keeps its priority), else a
 * message to ourselves, which unlike `setTimeout(0)` is neither clamped nor throttled.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

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
