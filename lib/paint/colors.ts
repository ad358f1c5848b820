/**
 * One colour per entity type, chosen to read on light and dark pages: a translucent fill
 * (the page's own text colour shows through) and a solid underline.
 */
import type { EntityType } from '../entities/types';

/** The base colour of each type (hex), used for highlights, legend chips and charts. */
export const TYPE_COLORS: Readonly<Record<EntityType | 'saved' | 'watch', string>> = {
  agency: '#2f80ed',
  'threat-actor': '#d93f3f',
  malware: '#b23ad6',
  'threat-level': '#f2994a',
  statistic: '#27ae60',
  indicator: '#0fa3b1',
  marking: '#7d6608',
  person: '#8e6cc8',
  location: '#6d8a2c',
  'attack-type': '#c2185b',
  saved: '#f6c343',
  watch: '#ff6f00',
};

/** Colours the reader chose (settings.colors), by type; a type not listed keeps its own. */
export type ColorOverrides = Readonly<Partial<Record<string, string>>>;

const HEX = /^#[\da-f]{6}$/i;

/** Each type's colour after the reader's choices (malformed choices are ignored). */
export function typeColors(overrides: ColorOverrides = {}): Record<string, string> {
  const out: Record<string, string> = { ...TYPE_COLORS };
  for (const [type, hex] of Object.entries(overrides)) if (type in out && hex && HEX.test(hex)) out[type] = hex;
  return out;
}

/**
 * The stylesheet that gives each `tl-<type>` highlight (and fallback mark) its look, in the
 * reader's colours where they chose one.
 */
export function highlightCss(hidden: ReadonlySet<string> = new Set(), overrides: ColorOverrides = {}): string {
  const rules: string[] = [];
  for (const [type, hex] of Object.entries(typeColors(overrides))) {
    if (hidden.has(type)) continue;
    const fill = `${hex}40`;
    rules.push(
      `::highlight(tl-${type}){background-color:${fill};text-decoration:underline 2px ${hex};text-underline-offset:2px}`,
      `mark[data-tl-type="${type}"]{background-color:${fill};color:inherit;border-bottom:2px solid ${hex}}`,
    );
  }
  return rules.join('\n');
}
