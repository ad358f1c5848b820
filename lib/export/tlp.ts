/**
 * TLP as exports see it: how restrictive each level is, and which clippings need the user's
 * confirmation before they leave the library.
 */
import type { Clipping } from '../clipping/schema';
import type { z } from 'zod';
import type { TlpLevelSchema } from '../entities/types';

/** A TLP level as the clipping stores it. */
export type TlpLevel = z.infer<typeof TlpLevelSchema>;

/** How restrictive a level is: higher shares with fewer people (TLP 1.0 WHITE is TLP 2.0 CLEAR). */
export const TLP_RANK: Readonly<Record<TlpLevel, number>> = {
  clear: 0,
  white: 0,
  green: 1,
  amber: 2,
  'amber+strict': 3,
  red: 4,
};

/** The levels that restrict sharing to named people or to one organisation only. */
const CONFIRM_LEVELS: ReadonlySet<TlpLevel> = new Set<TlpLevel>(['red', 'amber+strict']);

/**
 * The clippings marked TLP:RED or TLP:AMBER+STRICT among `clippings`: the UI asks before it
 * exports them (or offers to leave them out).
 */
export function needsTlpConfirmation<C extends Pick<Clipping, 'tlp'>>(clippings: readonly C[]): C[] {
  return clippings.filter((c) => c.tlp !== null && CONFIRM_LEVELS.has(c.tlp));
}

/** The most restrictive of `levels`, or null when none is set. */
export function strictestTlp(levels: Iterable<TlpLevel | null>): TlpLevel | null {
  let best: TlpLevel | null = null;
  for (const l of levels) if (l !== null && (best === null || TLP_RANK[l] > TLP_RANK[best])) best = l;
  return best;
}
