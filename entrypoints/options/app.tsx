/** Options: which types to paint and the sites where Threatlight stays off. */
import { useEffect, useState } from 'preact/hooks';
import { TYPE_LABELS } from '../../components/type-label';
import { ENTITY_TYPES } from '../../lib/entities/types';
import { TYPE_COLORS } from '../../lib/paint/colors';
import type { Settings } from '../../lib/settings';
import { getSettings, setSettings } from '../../platform/settings';

const lines = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter(Boolean);

export function OptionsApp() {
  const [s, setS] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void getSettings().then(setS), []);
  if (!s) return <p class="muted">Loading…</p>;
  const update = (next: Settings): void => {
    setS(next);
    setSaved(false);
    void setSettings(next).then(() => setSaved(true));
  };
  return (
    <main style={{ padding: '16px 24px', maxWidth: '640px' }}>
      <h1>Threatlight options</h1>
      <fieldset>
        <legend>Highlight these types</legend>
        {ENTITY_TYPES.map((t) => (
          <label key={t} style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={!s.hiddenTypes.includes(t)}
              onChange={(e) => update({ ...s, hiddenTypes: e.currentTarget.checked ? s.hiddenTypes.filter((x) => x !== t) : [...s.hiddenTypes, t] })}
            />
            <span class="tl-swatch" style={{ background: TYPE_COLORS[t] }} aria-hidden="true" /> {TYPE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <p>
        <label>
          Sites where Threatlight stays off (one host per line)
          <textarea rows={4} value={s.disabledSites.join('\n')} onChange={(e) => update({ ...s, disabledSites: lines(e.currentTarget.value) })} />
        </label>
      </p>
      {saved && <p role="status" class="muted">Saved.</p>}
    </main>
  );
}
