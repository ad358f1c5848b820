/**
 * Late content on an analysed page (DESIGN.md §3 step 7): text injected after load, infinite
 * scroll, a single-page app swapping its article. The MutationObserver callback only queues a
 * check — nothing is done inside it — and a queued check runs once, a while later, when the
 * browser is idle. Only a real change in the amount of text asks for a new analysis, and never
 * more often than every `minGapMs`, so a page that mutates all the time (a ticking clock, ads)
 * costs one cheap text count a second and no re-analysis.
 */

/** Timings of the watch (tests shorten nothing: these are the shipped values). */
const CHECK_AFTER_MS = 1000;
const MIN_GAP_MS = 3000;

type IdleWindow = { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

/** The length of the page's text, read from its text nodes (no string of the whole page is built). */
export function pageTextLength(doc: Document): number {
  if (!doc.body) return 0;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) n += (t as Text).data.length;
  return n;
}

/** Whether text grew or shrank enough to be new content rather than a counter ticking. */
export function changedEnough(before: number, after: number): boolean {
  return Math.abs(after - before) > Math.max(200, before * 0.1);
}

/** Watches one document's body; calls `onChange` when its text changed enough to analyse again. */
export class PageWatch {
  private observer: MutationObserver | null = null;
  private queued: ReturnType<typeof setTimeout> | undefined;
  private baseline = 0;
  private lastChangeAt = -Infinity;

  constructor(
    private readonly doc: Document,
    private readonly onChange: () => void,
  ) {}

  /** Starts watching (once), taking the text as it is now as analysed. */
  start(): void {
    this.baseline = pageTextLength(this.doc);
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver(() => this.queue());
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  /** Marks the page's current text as analysed (after a run). */
  settle(): void {
    this.baseline = pageTextLength(this.doc);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.queued);
    this.queued = undefined;
  }

  private queue(delay = CHECK_AFTER_MS): void {
    if (this.queued !== undefined) return;
    this.queued = setTimeout(() => {
      // Called as a method: Firefox refuses a window function called on no window.
      const win = globalThis as IdleWindow;
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => this.check(), { timeout: 1000 });
      else this.check();
    }, delay);
  }

  private check(): void {
    this.queued = undefined;
    if (!this.observer) return;
    const length = pageTextLength(this.doc);
    if (!changedEnough(this.baseline, length)) return;
    const wait = this.lastChangeAt + MIN_GAP_MS - Date.now();
    if (wait > 0) {
      this.queue(wait);
      return;
    }
    this.lastChangeAt = Date.now();
    this.baseline = length;
    this.onChange();
  }
}
