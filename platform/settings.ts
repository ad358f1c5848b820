/** The settings item in extension storage; every read is parsed (lib/settings). */
import { parseSettings, type Settings } from '../lib/settings';
import { settingsItem } from './settings-item';

/** The current settings. */
export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Replaces the settings. */
export async function setSettings(s: Settings): Promise<void> {
  await settingsItem.setValue(s);
}
