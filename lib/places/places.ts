/**
 * The place gazetteer: every country, region, sub-national unit and city Threatlight knows,
 * compiled once into one matcher, with what each id stands for.
 */
import { buildGazetteer, type Gazetteer, type GazetteerMatch } from '../text/gazetteer';
import { COMMON_WORD_PLACES, NOT_PLACES, PERSON_LIKE_PLACES } from './ambiguous';
import { AFRICA_AMERICAS_CITY_ROWS } from './cities-africa-americas';
import { EUROPE_CITY_ROWS } from './cities-europe';
import { MIDEAST_ASIA_CITY_ROWS } from './cities-mideast-asia';
import { COUNTRY_ROWS } from './countries';
import { REGION_ROWS } from './regions';
import { SUBNATIONAL_ROWS } from './subnational';

/** What a place id stands for. */
export interface PlaceInfo {
  id: string;
  /** Canonical display name. */
  name: string;
  /** ISO 3166-1 alpha-2 code of the country it is (in), when there is one. */
  countryCode: string | undefined;
  /** country, region, nation, state, province, sea or city. */
  kind: string;
  /** Every spelling, as written. */
  spellings: readonly string[];
}

/** The id the gazetteer gives names that contain a place but are something else ("Washington Post"). */
export const NOT_A_PLACE_ID = '!not-a-place';

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Parses `CODE|a=b|c` (countries) or `CODE:kind|a=b|c` rows into places. */
function parseRows(rows: readonly string[], defaultKind: string, oneEntryPerRow: boolean): PlaceInfo[] {
  const out: PlaceInfo[] = [];
  for (const row of rows) {
    const [head = '', ...groups] = row.split('|');
    const [code = '', kind = defaultKind] = head.split(':');
    const countryCode = code === '-' ? undefined : code;
    // A country row lists one place under several names; other rows list several places.
    const places = oneEntryPerRow ? [groups.join('=')] : groups;
    for (const group of places) {
      const spellings = group.split('=').filter((s) => s.length > 0);
      const name = spellings[0];
      if (name === undefined) continue;
      const id =
        kind === 'country'
          ? `country-${code.toLowerCase()}`
          : `${kind}-${countryCode ? `${countryCode.toLowerCase()}-` : ''}${slug(name)}`;
      out.push({ id, name, countryCode, kind, spellings });
    }
  }
  return out;
}

/** Spellings the matcher looks for: as written, in capitals for datelines ("HONG KONG"), "the Hague". */
function variants(spelling: string): string[] {
  const out = [spelling];
  const letters = spelling.replace(/\P{L}/gu, '');
  if (letters.length >= 4 && !COMMON_WORD_PLACES.has(spelling) && !PERSON_LIKE_PLACES.has(spelling)) {
    const upper = spelling.toUpperCase();
    if (upper !== spelling) out.push(upper);
  }
  if (spelling.startsWith('The ')) out.push(`the ${spelling.slice(4)}`);
  return out;
}

interface PlaceIndex {
  gazetteer: Gazetteer;
  byId: Map<string, PlaceInfo>;
  /** One-word spellings, for telling whether a capitalised word is a place. */
  singleWords: Set<string>;
}

let index: PlaceIndex | undefined;

function build(): PlaceIndex {
  const places = [
    ...parseRows(COUNTRY_ROWS, 'country', true),
    ...parseRows(REGION_ROWS, 'region', false),
    ...parseRows(SUBNATIONAL_ROWS, 'state', false),
    ...parseRows(EUROPE_CITY_ROWS, 'city', false),
    ...parseRows(MIDEAST_ASIA_CITY_ROWS, 'city', false),
    ...parseRows(AFRICA_AMERICAS_CITY_ROWS, 'city', false),
  ];
  const byId = new Map<string, PlaceInfo>();
  const singleWords = new Set<string>();
  const entries = [{ id: NOT_A_PLACE_ID, names: NOT_PLACES, caseSensitive: true }];
  for (const p of places) {
    if (byId.has(p.id)) continue;
    byId.set(p.id, p);
    for (const s of p.spellings) if (!/\s/.test(s)) singleWords.add(s);
    entries.push({ id: p.id, names: p.spellings.flatMap(variants), caseSensitive: true });
  }
  return { gazetteer: buildGazetteer(entries), byId, singleWords };
}

function getIndex(): PlaceIndex {
  index ??= build();
  return index;
}

let lastText: string | undefined;
let lastMatches: GazetteerMatch[] = [];

/**
 * Every known place name in `text` (leftmost-longest, case-sensitive), including matches of
 * {@link NOT_A_PLACE_ID}. The last result is kept, since the person and location recognizers
 * both ask about the same text.
 */
export function findPlaceNames(text: string): readonly GazetteerMatch[] {
  if (text !== lastText) {
    lastMatches = getIndex().gazetteer.find(text);
    lastText = text;
  }
  return lastMatches;
}

/** What the place id stands for. */
export function placeInfo(id: string): PlaceInfo | undefined {
  return getIndex().byId.get(id);
}

/** Whether `word` (one word, as written) is the whole name of a known place ("Kabul", "Iraq"). */
export function isPlaceWord(word: string): boolean {
  return getIndex().singleWords.has(word);
}

/** Every known place, for tests and tooling. */
export function allPlaces(): PlaceInfo[] {
  return [...getIndex().byId.values()];
}
