/**
 * The gate script and the injected analyser run in the same isolated world of a page; this
 * is how the gate finds the analyser (never visible to the page itself).
 */

/** What the analyser exposes to the gate script of its frame. */
export interface AnalyserHandle {
  /** Analyse again (after an in-page navigation or late content). */
  rerun(): void;
}

const KEY = '__threatlightAnalyser';

/** The analyser of this frame, when it has been injected. */
export function analyserHandle(): AnalyserHandle | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as AnalyserHandle | undefined;
}

/** Registers this frame's analyser; returns false when one already runs (a double injection). */
export function registerAnalyser(h: AnalyserHandle): boolean {
  const g = globalThis as Record<string, unknown>;
  if (g[KEY]) return false;
  g[KEY] = h;
  return true;
}
