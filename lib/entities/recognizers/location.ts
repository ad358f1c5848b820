/**
 * Location recognizer: countries, regions, sub-national units and cities from the place
 * gazetteer, filtered by context (a place inside a newspaper's or a person's name is not a
 * place), plus unknown places the text itself introduces ("the village of Safina").
 */
import { opensName } from '../people/given-names';
import { ORG_WORDS } from '../people/stop-words';
import { HONORIFICS, TITLE_WORDS } from '../people/titles';
import { ALTERNATE_COUNTRIES, COMMON_WORD_PLACES, PEERAGE_BEFORE_OF, PERSON_LIKE_PLACES } from '../../places/ambiguous';
import { findContextPlaces } from '../../places/context-places';
import { findPlaceNames, isPlaceWord, NOT_A_PLACE_ID, placeInfo, type PlaceInfo } from '../../places/places';
import { isCapitalisedWord, isNameLikeWord, opensSentence, singleSpaceBetween, wordAfter, wordBefore } from '../../places/words';
import type { EntityOf, Recognizer } from '../types';

type Location = EntityOf<'location'>;

/** Capitalised words after a place that make the whole an organisation ("Hong Kong Police", "Leicester City"). */
const ORG_AFTER_PLACE = new Set(
  (
    'Times Post Journal Herald Tribune Telegraph Gazette Chronicle Observer Examiner Press University College ' +
    'Institute Airlines Airways Telecom Group Ltd Inc Corp Corporation FC United City Police Constabulary ' +
    'Football Rugby Cricket Club Bank Stock Exchange Holdings Capital Partners Securities Energy Electric Power ' +
    'Daily Evening Morning Standard Mail Echo Record Independent Globe Review Magazine Broadcasting Radio TV ' +
    'Reporter Hospital Clinic High School Hotspur Wanderers Rovers Athletic Networks Systems Technologies ' +
    'Software Labs Telekom Telecoms Communications Authority'
  ).split(' '),
);

/** Capitalised words directly before a place that make it part of a name ("Air France", "FC Porto"). */
const ORG_BEFORE_PLACE = new Set(['Air', 'FC', 'AC', 'Real', 'Inter', 'Bank', 'Radio', 'Radio-Canada']);

/** Words before "of <place>" that make it part of an organisation's name ("University of Kabul"). */
const ORG_BEFORE_OF = new Set(
  'University College Bank Voice Council Times Museum Institute School Church Diocese Academy Archdiocese Patriarch'.split(' '),
);

/** Compass words that, capitalised, become part of the place's name ("Northern Iraq", "East London"). */
const DIRECTIONS = new Set(
  (
    'Northern Southern Eastern Western Central North South East West Upper Lower Greater North-East North-West ' +
    'South-East South-West Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern'
  ).split(' '),
);

/** Prepositions after which an ordinary word is read as a place ("in Nice", "from Reading"). */
const PLACE_PREPOSITIONS = new Set('in at from to near outside around into towards toward via through across of'.split(' '));

/** Whether the match at [start, end) reads as a place here, not as part of another name. */
function isPlaceHere(text: string, start: number, end: number, info: PlaceInfo): boolean {
  const name = text.slice(start, end);
  const before = wordBefore(text, start, 1);
  const after = wordAfter(text, end, 1);
  const adjacentBefore = before && singleSpaceBetween(text, before.end, start) ? before : undefined;
  const adjacentAfter = after && singleSpaceBetween(text, end, after.start) ? after : undefined;

  // "France-Presse": a place joined to a capitalised non-place is part of a name.
  if (text[end] === '-' && after && after.start === end + 1 && isCapitalisedWord(after.text) && !isPlaceWord(after.text)) {
    return false;
  }
  if (adjacentAfter && ORG_AFTER_PLACE.has(adjacentAfter.text)) return false;
  if (adjacentBefore) {
    const w = adjacentBefore.text;
    // "Michael Jordan", "Mr Kent", "Air France": the place is a surname or a brand here.
    if (opensName(w) || HONORIFICS.has(w) || ORG_BEFORE_PLACE.has(w)) return false;
    if (w === 'of') {
      const owner = wordBefore(text, adjacentBefore.start, 1);
      if (owner && (ORG_BEFORE_OF.has(owner.text) || PEERAGE_BEFORE_OF.has(owner.text))) return false;
    }
  }
  // "Rep. Alexandria Ocasio-Cortez", "Gen. Jordan": a title's abbreviation before the name.
  if (/\b(?:Rep|Sen|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Rev|Lt|Col|Capt|Sgt)\. $/u.test(text.slice(Math.max(0, start - 6), start))) return false;
  if (PERSON_LIKE_PLACES.has(name) || info.kind === 'region' || info.kind === 'sea') {
    // "Chad Wolf", "Paris Hilton", "Arctic Wolf": followed by a surname-like word.
    if (adjacentAfter && isNameLikeWord(adjacentAfter.text) && !isPlaceWord(adjacentAfter.text)) return false;
  }
  if (COMMON_WORD_PLACES.has(name)) {
    if (opensSentence(text, start)) return false;
    const prepositionBefore = before !== undefined && PLACE_PREPOSITIONS.has(before.text);
    const placeAfter = text[end] === ',' && after !== undefined && isPlaceWord(after.text);
    if (!prepositionBefore && !placeAfter) return false;
  }
  return true;
}

/** The start of a capitalised compass word directly before `start` ("Northern Iraq"), else `start`. */
function directionStart(text: string, start: number): number {
  const before = wordBefore(text, start, 1);
  if (before && singleSpaceBetween(text, before.end, start) && DIRECTIONS.has(before.text)) return before.start;
  return start;
}

/** How many places below country level each country has in the text, as evidence for same-named places. */
function countryEvidence(matches: readonly { id: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of matches) {
    const info = placeInfo(m.id);
    if (info?.countryCode && info.kind !== 'country') counts.set(info.countryCode, (counts.get(info.countryCode) ?? 0) + 1);
  }
  return counts;
}

/** The country (and, for a US state named like a country, the kind) of `info` as mentioned here. */
function countryFor(info: PlaceInfo, name: string, evidence: Map<string, number>): { code?: string; kind?: string } {
  const options = ALTERNATE_COUNTRIES.get(name);
  if (!options) return { code: info.countryCode };
  let best = options[0] ?? '';
  let bestCount = 0;
  for (const option of options) {
    const n = evidence.get(option.split(':')[0] ?? '') ?? 0;
    if (n > bestCount) {
      best = option;
      bestCount = n;
    }
  }
  const [code, kind] = best.split(':');
  return { code, kind };
}

/**
 * The state written after a city ("North Manchester, Indiana"), whose country the city is in.
 * Only states: after a country the comma more often continues a list ("Kabul, Iraq and Syria").
 */
function qualifiedBy(text: string, end: number, next: { id: string; start: number } | undefined): PlaceInfo | undefined {
  if (!next || next.start !== end + 2 || text.slice(end, end + 2) !== ', ') return undefined;
  const info = placeInfo(next.id);
  return info?.countryCode && info.kind === 'state' ? info : undefined;
}

/** Keeps the context places that overlap neither a gazetteer span nor an earlier kept one (both sorted by start). */
function freeSpans<T extends { start: number; end: number }>(spans: readonly T[], taken: readonly [number, number][]): T[] {
  const out: T[] = [];
  let j = 0;
  let lastEnd = -1;
  for (const p of spans) {
    while (j < taken.length && (taken[j]?.[1] ?? 0) <= p.start) j++;
    const t = taken[j];
    if (t && t[0] < p.end) continue;
    if (p.start < lastEnd) continue;
    out.push(p);
    lastEnd = p.end;
  }
  return out;
}

const UNKNOWN_BEFORE_COMMA = /\b(?:in|at|from|near|outside|village of|town of)\s(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?)$/u;

/** Unknown places named just before a known one ("from a school in Kuriga, Kaduna state"). */
function placesBeforeKnown(text: string, known: readonly Location[]) {
  const out: { start: number; end: number; text: string; kind: string; countryCode?: string }[] = [];
  for (const k of known) {
    if (text.slice(k.start - 2, k.start) !== ', ' || !k.kind || !['country', 'state', 'province', 'nation', 'region', 'city'].includes(k.kind)) continue;
    const name = UNKNOWN_BEFORE_COMMA.exec(text.slice(Math.max(0, k.start - 42), k.start - 2))?.[1];
    if (!name || !name.split(' ').every(isNameLikeWord)) continue;
    const start = k.start - 2 - name.length;
    out.push({ start, end: k.start - 2, text: name, kind: 'place', ...(k.countryCode ? { countryCode: k.countryCode } : {}) });
  }
  return out;
}

/** The locations mentioned in `text`. */
export function findLocations(text: string): Location[] {
  const matches = findPlaceNames(text);
  const out: Location[] = [];
  const taken: [number, number][] = [];
  const evidence = countryEvidence(matches);
  for (const [i, m] of matches.entries()) {
    if (m.id === NOT_A_PLACE_ID) {
      taken.push([m.start, m.end]);
      continue;
    }
    const info = placeInfo(m.id);
    if (!info || !isPlaceHere(text, m.start, m.end, info)) continue;
    const start = info.kind === 'sea' ? m.start : directionStart(text, m.start);
    const spanText = text.slice(start, m.end);
    const qualifier = info.kind === 'city' ? qualifiedBy(text, m.end, matches[i + 1]) : undefined;
    const alternative = countryFor(info, m.text, evidence);
    const kind = alternative.kind ?? info.kind;
    out.push({
      type: 'location',
      text: spanText,
      start,
      end: m.end,
      id: kind === info.kind ? info.id : `${kind}-${(alternative.code ?? '').toLowerCase()}-${info.name.toLowerCase()}`,
      name: start === m.start ? info.name : `${text.slice(start, m.start)}${info.name}`,
      countryCode: qualifier?.countryCode ?? alternative.code,
      kind,
    });
    taken.push([start, m.end]);
  }
  const context = [...findContextPlaces(text), ...placesBeforeKnown(text, out)].sort((a, b) => a.start - b.start);
  for (const p of freeSpans(context, taken)) {
    // A context name right after a title or a given name is a person ("General Sinjar" is not a place).
    const before = wordBefore(text, p.start, 1);
    if (before && singleSpaceBetween(text, before.end, p.start) && (TITLE_WORDS.has(before.text) || opensName(before.text))) {
      continue;
    }
    if (ORG_WORDS.has(p.text)) continue;
    out.push({ type: 'location', text: p.text, start: p.start, end: p.end, name: p.text, kind: p.kind, countryCode: p.countryCode });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Finds countries, regions and cities. */
export const locationRecognizer: Recognizer<'location'> = {
  type: 'location',
  recognize: findLocations,
};
