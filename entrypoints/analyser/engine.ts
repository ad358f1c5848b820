/**
 * The analysis engine: the pure lib/ pipeline, shipped as its own script (`/analyser-engine.js`)
 * and injected before the page UI (`/analyser.js`). The browser compiles and runs each injected
 * script in one task; split in two, neither is a long task (DESIGN.md §9). The UI reaches the
 * engine through a property of this frame's isolated world, never visible to the page.
 */
import { analyzeDocumentInSteps } from '../../lib/analyze';
import { recognize } from '../../lib/entities/recognize';
import { lookupKnowledge } from '../../lib/knowledge/index';
import { ENGINE_KEY } from './engine-handle';

const ENGINE = { analyzeDocumentInSteps, recognize, lookupKnowledge };

/** What the engine script offers the UI script. */
export type Engine = typeof ENGINE;

/** Makes the engine available to this frame's UI script (a second injection changes nothing). */
export function registerEngine(): void {
  const g = globalThis as Record<string, unknown>;
  g[ENGINE_KEY] ??= ENGINE;
}
