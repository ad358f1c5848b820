/**
 * The analysis engine's script, injected by the background just before `/analyser.js` into a
 * frame whose gate passed (see analyser/engine.ts for why the two are apart).
 */
import { defineUnlistedScript } from '#imports';
import { registerEngine } from './analyser/engine';

export default defineUnlistedScript(() => {
  registerEngine();
});
