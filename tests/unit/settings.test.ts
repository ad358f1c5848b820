import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings';
import { gateSensitivityOf } from '../../lib/settings-lite';

describe('settings', () => {
  it('fills every field of a fresh install', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps good fields and resets bad ones one by one', () => {
    const s = parseSettings({
      hiddenTypes: ['person'],
      watchlist: ['  Volt Typhoon ', 'x'],
      colors: { agency: '#112233', person: 'red' },
      gateSensitivity: 'loud',
    });
    expect(s.hiddenTypes).toEqual(['person']);
    // One bad term (too short) resets the list: a half-applied watchlist would hide the error.
    expect(s.watchlist).toEqual([]);
    expect(s.colors).toEqual({});
    expect(s.gateSensitivity).toBe('normal');
  });

  it('trims watched terms and accepts hex colours for types, watch and saved', () => {
    const s = parseSettings({ watchlist: [' Volt Typhoon '], colors: { watch: '#ABCDEF', agency: '#000000' }, gateSensitivity: 'lenient' });
    expect(s.watchlist).toEqual(['Volt Typhoon']);
    expect(s.colors).toEqual({ watch: '#ABCDEF', agency: '#000000' });
    expect(s.gateSensitivity).toBe('lenient');
  });

  it('reads the gate sensitivity without the schema', () => {
    expect(gateSensitivityOf({ gateSensitivity: 'strict' })).toBe('strict');
    expect(gateSensitivityOf({ gateSensitivity: 5 })).toBe('normal');
    expect(gateSensitivityOf(null)).toBe('normal');
  });
});
