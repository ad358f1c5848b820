/**
 * Traffic Light Protocol markings: "TLP:AMBER", "TLP: GREEN", "TLP Red", "TLP:AMBER+STRICT"
 * (TLP 2.0 renamed WHITE to CLEAR; both are recognised and kept as written).
 */
import type { EntityOf, Recognizer } from '../types';

type MarkingEntity = EntityOf<'marking'>;
type TlpLevel = MarkingEntity['level'];

// "TLP", an optional colon/dash/space, then the colour; AMBER+STRICT before AMBER so the longer wins.
const TLP = /\bTLP\s?[:-]?\s?(CLEAR|WHITE|GREEN|AMBER\s?\+\s?STRICT|AMBER|RED)\b/gi;

const LEVELS: Readonly<Record<string, TlpLevel>> = {
  clear: 'clear',
  white: 'white',
  green: 'green',
  amber: 'amber',
  red: 'red',
  'amber+strict': 'amber+strict',
};

/** Finds TLP markings. */
export const markingRecognizer: Recognizer<'marking'> = {
  type: 'marking',
  recognize(text: string): MarkingEntity[] {
    const out: MarkingEntity[] = [];
    for (const m of text.matchAll(TLP)) {
      const level = LEVELS[(m[1] ?? '').toLowerCase().replace(/\s/g, '')];
      if (!level) continue;
      const label = `TLP:${level.toUpperCase()}`;
      out.push({ type: 'marking', text: m[0], start: m.index, end: m.index + m[0].length, level, id: `tlp:${level}`, name: label });
    }
    return out;
  },
};
