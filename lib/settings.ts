/**
 * User settings, validated on every read: a bad or old stored value falls back to defaults
 * field by field instead of breaking the extension.
 */
// zod/mini: the page script parses settings on every article, and classic zod is two thirds of
// that script's start-up (its schemas work inside classic ones all the same).
import { z } from 'zod/mini';
import { ENTITY_TYPES } from './entities/names';

/** An entity type (built here from the names: importing entities/types would build every entity schema). */
const EntityTypeSchema = z.enum(ENTITY_TYPES);

/** How readily the gate lets a page through to analysis (DESIGN.md §3 step 1). */
export const GateSensitivitySchema = z.enum(['strict', 'normal', 'lenient']);
export type GateSensitivity = z.infer<typeof GateSensitivitySchema>;

const HexColor = z.string().check(z.regex(/^#[\da-f]{6}$/i));
/** A type's colour chosen by the reader; types not listed keep their built-in colour. */
const ColorsSchema = z.partialRecord(z.union([EntityTypeSchema, z.literal('watch'), z.literal('saved')]), HexColor);

/** A watched term: at least two visible characters, at most 100 (a phrase, not a paragraph). */
const WatchTerm = z.string().check(z.trim(), z.minLength(2), z.maxLength(100));

export const SettingsSchema = z.object({
  /** Entity types the reader switched off; they are found but not painted. */
  hiddenTypes: z.catch(z.array(EntityTypeSchema), []),
  /** Host names where Threatlight stays off entirely. */
  disabledSites: z.catch(z.array(z.string()), []),
  /** The reader's own terms, painted as `tl-watch` wherever they occur and counted in the badge. */
  watchlist: z.catch(z.array(WatchTerm).check(z.maxLength(500)), []),
  /** Colours the reader chose per type (hex), overriding TYPE_COLORS. */
  colors: z.catch(ColorsSchema, {}),
  /** How much article-like text the gate asks for before the analyser runs. */
  gateSensitivity: z.catch(GateSensitivitySchema, 'normal'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = {
  hiddenTypes: [],
  disabledSites: [],
  watchlist: [],
  colors: {},
  gateSensitivity: 'normal',
};

/** Settings from whatever is stored (possibly nothing, possibly garbage). */
export function parseSettings(raw: unknown): Settings {
  const r = SettingsSchema.safeParse(raw ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}
