/**
 * How the UI script finds the engine script's functions. Only types come from ./engine, so
 * importing this file adds none of the engine's code to the UI script.
 */
import type { Engine } from './engine';

/** The isolated-world property the engine script sets. */
export const ENGINE_KEY = '__threatlightEngine';

/** This frame's engine, once its script has run. */
export function engineOf(): Engine | undefined {
  return (globalThis as Record<string, unknown>)[ENGINE_KEY] as Engine | undefined;
}
