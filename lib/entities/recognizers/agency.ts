/**
 * Agencies: security, intelligence, police, military and cyber-defence bodies (MI5, FBI,
 * Europol, "Iraqi security forces", generic "police"), from the knowledge base, plus named
 * local forces that no list can hold ("Kent Police", "Hong Kong Police Force").
 */
import { findKnowledge } from '../../knowledge/matcher';
import { findNationalForces } from '../../knowledge/national-forces';
import type { EntityOf, Recognizer } from '../types';

type AgencyEntity = EntityOf<'agency'>;

// "Police"/"Constabulary" as a capitalised noun, optionally followed by the rest of a force name.
const FORCE_NOUN_RE = /\b(?:Police(?: Department| Service| Force| Dept\.?)?|Constabulary|Gendarmerie|Sheriff['’]s (?:Office|Department))\b/g;
const CAP_WORD_RE = /^\p{Lu}[\p{L}'’.-]*$/u;
const JOINERS = new Set(['of', 'and', 'de', 'du', '&']);
/** Capitalised words that start sentences or describe rather than name a force. */
const NOT_A_PLACE = new Set([
  'The', 'A', 'An', 'Local', 'Armed', 'Riot', 'Secret', 'Traffic', 'When', 'While', 'After', 'Before', 'If', 'But',
  'And', 'Or', 'As', 'At', 'In', 'On', 'By', 'For', 'From', 'With', 'Our', 'Their', 'His', 'Her', 'Its', 'That',
  'This', 'These', 'Those', 'Some', 'Many', 'Other', 'Senior', 'Former', 'Off-Duty', 'Plainclothes', 'Undercover',
  'Updated', 'Update', 'Yesterday', 'Today', 'Tonight', 'Meanwhile', 'However', 'Also', 'Then', 'Now', 'Later', 'Earlier',
  'Breaking', 'Until', 'Unless', 'Since', 'Watch', 'Read', 'Photo', 'Video', 'Interim', 'Acting', 'Says', 'Said', 'Where', 'Why', 'How', 'What',
]);
/** Generic terms, which inside a longer capitalised name ("Network Security Services") are not agencies. */
const GENERIC_IDS = new Set(['police', 'counter-terrorism-police', 'security-services', 'intelligence-agencies', 'law-enforcement', 'security-forces', 'cert-generic']);
const CAPITALISED_BEFORE_RE = /\p{Lu}[\p{L}'’-]*[ \t]+$/u;
const UPPER_START_RE = /^\p{Lu}/u;

/** Words after a force name showing it is something else ("Swiss Army knife"). */
const NOT_AFTER_RE = /^[\s-]*(?:knife|knives|surplus|boots|jacket|style)\b/i;

const kebab = (s: string): string =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/** "Kent Police", "Greater Manchester Police", "City of London Police", "Cook County Sheriff's Office". */
function namedForces(text: string): AgencyEntity[] {
  const out: AgencyEntity[] = [];
  for (const m of text.matchAll(FORCE_NOUN_RE)) {
    const nounStart = m.index;
    let start = nounStart;
    let words = 0;
    let cursor = nounStart;
    // Walk back over up to four capitalised words (and joiners between them) before the noun.
    while (words < 4) {
      const before = text.slice(Math.max(0, cursor - 40), cursor);
      const wm = /([\p{L}'’.&-]+)[ \t]+$/u.exec(before);
      if (!wm?.[1]) break;
      const w = wm[1];
      const wStart = cursor - wm[0].length;
      if (JOINERS.has(w) && words > 0) {
        cursor = wStart;
        continue;
      }
      if (!CAP_WORD_RE.test(w) || NOT_A_PLACE.has(w)) break;
      start = wStart;
      cursor = wStart;
      words++;
    }
    if (words === 0) continue;
    const end = nounStart + m[0].length;
    const name = text.slice(start, end);
    out.push({ type: 'agency', text: name, start, end, id: kebab(name), name, kind: 'police' });
  }
  return out;
}

/** Finds agencies. */
export const agencyRecognizer: Recognizer<'agency'> = {
  type: 'agency',
  recognize(text: string): AgencyEntity[] {
    const hits = findKnowledge('agency', text).filter((h) => {
      const insideName =
        GENERIC_IDS.has(h.entry.id) && UPPER_START_RE.test(h.text) && CAPITALISED_BEFORE_RE.test(text.slice(Math.max(0, h.start - 30), h.start));
      return !insideName;
    });
    const found: AgencyEntity[] = [...hits, ...findNationalForces(text)].map((h) => ({
      type: 'agency',
      text: h.text,
      start: h.start,
      end: h.end,
      id: h.entry.id,
      name: h.entry.name,
      country: h.entry.country,
      kind: h.entry.kind,
    }));
    for (const f of namedForces(text)) found.push(f);
    // One mention per span: a longer mention swallows what it contains ("Iraqi security forces"
    // over "security forces"), and on equal spans the knowledge-base entry, listed first, wins
    // ("US Army" as the named service rather than a "<nationality> <force>" reading).
    const order = found.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => a.start - b.start || b.end - a.end || i - j);
    const out: AgencyEntity[] = [];
    let maxEnd = -1;
    for (const [e] of order) {
      if (e.end <= maxEnd) continue;
      if (NOT_AFTER_RE.test(text.slice(e.end, e.end + 12))) continue;
      out.push(e);
      maxEnd = e.end;
    }
    return out;
  },
};
