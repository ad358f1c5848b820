/**
 * Options: which types to paint and in which colour, the reader's watchlist, how readily the
 * gate opens, and the sites where Threatlight stays off. Every change is saved at once; a list
 * with a bad line is not saved and the line is named.
 */
import { useEffect, useState } from 'preact/hooks';
import { TYPE_LABELS } from '../../components/type-label';
import { ENTITY_TYPES, type EntityType } from '../../lib/entities/types';
import { TYPE_COLORS } from '../../lib/paint/colors';
import { SettingsSchema, type GateSensitivity, type Settings } from '../../lib/settings';
import { getSettings, setSettings } from '../../platform/settings';

const lines = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter(Boolean);

const SENSITIVITY: readonly [GateSensitivity, string][] = [
  ['strict', 'Strict: only pages with plenty of article text (fewer pages analysed)'],
  ['normal', 'Normal'],
  ['lenient', 'Lenient: also short articles and briefs (more pages analysed)'],
];

/** The first watchlist line the settings would refuse, with why, or null. */
function badWatchTerm(terms: readonly string[]): string | null {
  if (terms.length > 500) return 'The watchlist holds at most 500 terms.';
  const bad = terms.find((t) => t.length < 2 || t.length > 100);
  return bad === undefined ? null : `“${bad.slice(0, 40)}” is not a term: a term has 2 to 100 characters.`;
}

export function OptionsApp() {
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [watchText, setWatchText] = useState('');
  const [watchError, setWatchError] = useState<string | null>(null);
  useEffect(
    () =>
      void getSettings().then((x) => {
        setS(x);
        setWatchText(x.watchlist.join('\n'));
      }),
    [],
  );
  if (!s) return <p class="muted">Loading…</p>;
  const update = (next: Settings): void => {
    setS(next);
    setStatus('');
    void setSettings(SettingsSchema.parse(next)).then(() => setStatus('Saved.'));
  };
  const saveWatchlist = (text: string): void => {
    const terms = [...new Set(lines(text))];
    const bad = badWatchTerm(terms);
    setWatchError(bad);
    if (!bad) update({ ...s, watchlist: terms });
  };
  const colorOf = (t: keyof typeof TYPE_COLORS): string => s.colors[t] ?? TYPE_COLORS[t];
  const setColor = (t: keyof typeof TYPE_COLORS, hex: string | null): void => {
    const colors = { ...s.colors };
    if (hex === null || hex.toLowerCase() === TYPE_COLORS[t].toLowerCase()) delete colors[t];
    else colors[t] = hex;
    update({ ...s, colors });
  };
  const colorRow = (t: keyof typeof TYPE_COLORS, label: string, type?: EntityType) => (
    <tr key={t}>
      <td>
        {type ? (
          <label>
            <input
              type="checkbox"
              data-testid={`tl-show-${t}`}
              checked={!s.hiddenTypes.includes(type)}
              onChange={(e) => update({ ...s, hiddenTypes: e.currentTarget.checked ? s.hiddenTypes.filter((x) => x !== type) : [...s.hiddenTypes, type] })}
            />{' '}
            {label}
          </label>
        ) : (
          label
        )}
      </td>
      <td>
        <input type="color" data-testid={`tl-color-${t}`} aria-label={`Colour of ${label}`} value={colorOf(t)} onChange={(e) => setColor(t, e.currentTarget.value)} />
        {s.colors[t] && (
          <button type="button" class="link" onClick={() => setColor(t, null)}>
            reset
          </button>
        )}
      </td>
    </tr>
  );

  return (
    <main class="options">
      <h1>Threatlight options</h1>
      <section aria-labelledby="types-h">
        <h2 id="types-h">Highlights</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Paint this type</th>
              <th scope="col">Colour</th>
            </tr>
          </thead>
          <tbody>
            {ENTITY_TYPES.map((t) => colorRow(t, TYPE_LABELS[t], t))}
            {colorRow('watch', 'Watchlist terms')}
            {colorRow('saved', 'Saved passages')}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="watch-h">
        <h2 id="watch-h">Watchlist</h2>
        <label>
          Your own terms, one per line (names, operations, places). Each is painted wherever it occurs on an analysed page and counted on
          the toolbar badge.
          <textarea
            data-testid="tl-watchlist"
            rows={6}
            value={watchText}
            aria-invalid={watchError ? 'true' : undefined}
            aria-describedby={watchError ? 'watch-error' : undefined}
            onInput={(e) => setWatchText(e.currentTarget.value)}
            onChange={(e) => saveWatchlist(e.currentTarget.value)}
          />
        </label>
        {watchError && (
          <p id="watch-error" class="error" role="alert" data-testid="tl-watchlist-error">
            Not saved: {watchError}
          </p>
        )}
      </section>
      <section aria-labelledby="gate-h">
        <h2 id="gate-h">Which pages are analysed</h2>
        <fieldset data-testid="tl-gate-sensitivity">
          <legend>Article detection</legend>
          {SENSITIVITY.map(([v, label]) => (
            <label key={v} class="block">
              <input type="radio" name="gate" value={v} checked={s.gateSensitivity === v} onChange={() => update({ ...s, gateSensitivity: v })} /> {label}
            </label>
          ))}
        </fieldset>
        <label>
          Sites where Threatlight stays off (one host per line; subdomains included)
          <textarea data-testid="tl-disabled-sites" rows={4} value={s.disabledSites.join('\n')} onChange={(e) => update({ ...s, disabledSites: lines(e.currentTarget.value) })} />
        </label>
      </section>
      <p role="status" class="muted" data-testid="tl-options-status">
        {status}
      </p>
    </main>
  );
}
