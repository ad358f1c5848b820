/**
 * User settings, validated on every read: a bad or old stored value falls back to defaults
 * field by field instead of breaking the extension.
 */
import { z } from 'zod';
import { EntityTypeSchema } from './entities/types';

export const SettingsSchema = z.object({
  /** Entity types the reader switched off; they are found but not painted. */
  hiddenTypes: z.array(EntityTypeSchema).catch([]),
  /** Host names where Threatlight stays off entirely. */
  disabledSites: z.array(z.string()).catch([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = { hiddenTypes: [], disabledSites: [] };

/** Settings from whatever is stored (possibly nothing, possibly garbage). */
export function parseSettings(raw: unknown): Settings {
  const r = SettingsSchema.safeParse(raw ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}

