/**
 * "<nationality> <force>" mentions ("Iraqi security forces", "US military", "Russian Defence
 * Ministry"): generated from a table of countries and force nouns rather than written out.
 */
import { buildGazetteer } from '../text/gazetteer';
import type { Gazetteer } from '../text/gazetteer';
import type { KnowledgeEntry } from './types';

/** [ISO code, id stem, country name, names and adjectives the country is written as]. */
const COUNTRIES: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['US', 'us', 'the United States', ['US', 'U.S.', 'American', 'United States']],
  ['GB', 'british', 'the United Kingdom', ['British', 'UK', 'U.K.']],
  ['RU', 'russian', 'Russia', ['Russian', 'Russia’s', "Russia's"]],
  ['CN', 'chinese', 'China', ['Chinese', 'China’s', "China's"]],
  ['UA', 'ukrainian', 'Ukraine', ['Ukrainian', 'Ukraine’s', "Ukraine's"]],
  ['IQ', 'iraqi', 'Iraq', ['Iraqi']],
  ['SY', 'syrian', 'Syria', ['Syrian']],
  ['IR', 'iranian', 'Iran', ['Iranian', 'Iran’s', "Iran's"]],
  ['IL', 'israeli', 'Israel', ['Israeli', 'Israel’s', "Israel's"]],
  ['AF', 'afghan', 'Afghanistan', ['Afghan', 'Afghanistan’s', "Afghanistan's"]],
  ['PK', 'pakistani', 'Pakistan', ['Pakistani', 'Pakistan’s', "Pakistan's"]],
  ['IN', 'indian', 'India', ['Indian', 'India’s', "India's"]],
  ['TR', 'turkish', 'Turkey', ['Turkish', 'Turkey’s', "Turkey's"]],
  ['SA', 'saudi', 'Saudi Arabia', ['Saudi', 'Saudi Arabian']],
  ['EG', 'egyptian', 'Egypt', ['Egyptian']],
  ['LB', 'lebanese', 'Lebanon', ['Lebanese']],
  ['JO', 'jordanian', 'Jordan', ['Jordanian']],
  ['YE', 'yemeni', 'Yemen', ['Yemeni']],
  ['LY', 'libyan', 'Libya', ['Libyan']],
  ['PS', 'palestinian', 'the Palestinian territories', ['Palestinian']],
  ['AE', 'emirati', 'the United Arab Emirates', ['Emirati', 'UAE']],
  ['QA', 'qatari', 'Qatar', ['Qatari']],
  ['FR', 'french', 'France', ['French', 'France’s', "France's"]],
  ['DE', 'german', 'Germany', ['German', 'Germany’s', "Germany's"]],
  ['IT', 'italian', 'Italy', ['Italian']],
  ['ES', 'spanish', 'Spain', ['Spanish']],
  ['NL', 'dutch', 'the Netherlands', ['Dutch']],
  ['BE', 'belgian', 'Belgium', ['Belgian']],
  ['PL', 'polish', 'Poland', ['Polish']],
  ['SE', 'swedish', 'Sweden', ['Swedish']],
  ['NO', 'norwegian', 'Norway', ['Norwegian']],
  ['DK', 'danish', 'Denmark', ['Danish']],
  ['FI', 'finnish', 'Finland', ['Finnish']],
  ['IE', 'irish', 'Ireland', ['Irish']],
  ['AT', 'austrian', 'Austria', ['Austrian']],
  ['CH', 'swiss', 'Switzerland', ['Swiss']],
  ['GR', 'greek', 'Greece', ['Greek']],
  ['PT', 'portuguese', 'Portugal', ['Portuguese']],
  ['CZ', 'czech', 'the Czech Republic', ['Czech']],
  ['RO', 'romanian', 'Romania', ['Romanian']],
  ['HU', 'hungarian', 'Hungary', ['Hungarian']],
  ['RS', 'serbian', 'Serbia', ['Serbian']],
  ['BY', 'belarusian', 'Belarus', ['Belarusian', 'Belarussian']],
  ['GE', 'georgian', 'Georgia', ['Georgian']],
  ['AZ', 'azerbaijani', 'Azerbaijan', ['Azerbaijani']],
  ['AM', 'armenian', 'Armenia', ['Armenian']],
  ['EE', 'estonian', 'Estonia', ['Estonian']],
  ['LV', 'latvian', 'Latvia', ['Latvian']],
  ['LT', 'lithuanian', 'Lithuania', ['Lithuanian']],
  ['CA', 'canadian', 'Canada', ['Canadian']],
  ['AU', 'australian', 'Australia', ['Australian']],
  ['NZ', 'new-zealand', 'New Zealand', ['New Zealand']],
  ['JP', 'japanese', 'Japan', ['Japanese']],
  ['KR', 'south-korean', 'South Korea', ['South Korean']],
  ['KP', 'north-korean', 'North Korea', ['North Korean']],
  ['TW', 'taiwanese', 'Taiwan', ['Taiwanese']],
  ['PH', 'philippine', 'the Philippines', ['Philippine', 'Filipino']],
  ['ID', 'indonesian', 'Indonesia', ['Indonesian']],
  ['MY', 'malaysian', 'Malaysia', ['Malaysian']],
  ['TH', 'thai', 'Thailand', ['Thai']],
  ['MM', 'myanmar', 'Myanmar', ['Myanmar', 'Burmese']],
  ['VN', 'vietnamese', 'Vietnam', ['Vietnamese']],
  ['BD', 'bangladeshi', 'Bangladesh', ['Bangladeshi']],
  ['LK', 'sri-lankan', 'Sri Lanka', ['Sri Lankan']],
  ['NG', 'nigerian', 'Nigeria', ['Nigerian']],
  ['SO', 'somali', 'Somalia', ['Somali']],
  ['KE', 'kenyan', 'Kenya', ['Kenyan']],
  ['ET', 'ethiopian', 'Ethiopia', ['Ethiopian']],
  ['SD', 'sudanese', 'Sudan', ['Sudanese']],
  ['ML', 'malian', 'Mali', ['Malian']],
  ['NE', 'nigerien', 'Niger', ['Nigerien']],
  ['BF', 'burkinabe', 'Burkina Faso', ['Burkinabe', 'Burkinabé']],
  ['DZ', 'algerian', 'Algeria', ['Algerian']],
  ['MA', 'moroccan', 'Morocco', ['Moroccan']],
  ['TN', 'tunisian', 'Tunisia', ['Tunisian']],
  ['ZA', 'south-african', 'South Africa', ['South African']],
  ['CD', 'congolese', 'the Democratic Republic of the Congo', ['Congolese']],
  ['MZ', 'mozambican', 'Mozambique', ['Mozambican']],
  ['MX', 'mexican', 'Mexico', ['Mexican']],
  ['BR', 'brazilian', 'Brazil', ['Brazilian']],
  ['CO', 'colombian', 'Colombia', ['Colombian']],
  ['VE', 'venezuelan', 'Venezuela', ['Venezuelan']],
  ['AR', 'argentine', 'Argentina', ['Argentine', 'Argentinian']],
  ['PE', 'peruvian', 'Peru', ['Peruvian']],
  ['CL', 'chilean', 'Chile', ['Chilean']],
  ['CU', 'cuban', 'Cuba', ['Cuban']],
  ['KZ', 'kazakh', 'Kazakhstan', ['Kazakh']],
  ['UZ', 'uzbek', 'Uzbekistan', ['Uzbek']],
  ['EU', 'eu', 'the European Union', ['EU', 'European']],
];

/** [id suffix, display noun, kind, written forms (matched case-insensitively)]. */
const FORCES: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['military', 'military', 'military', ['military', 'armed forces', 'defence forces', 'defense forces']],
  ['army', 'army', 'military', ['army', 'Army']],
  ['navy', 'navy', 'military', ['navy', 'Navy']],
  ['air-force', 'air force', 'military', ['air force', 'Air Force']],
  ['special-forces', 'special forces', 'military', ['special forces']],
  ['coast-guard', 'coast guard', 'military', ['coast guard', 'Coast Guard', 'coastguard']],
  ['security-forces', 'security forces', 'military', ['security forces', 'security force']],
  ['police', 'police', 'police', ['police', 'Police', 'police force', 'national police', 'federal police']],
  ['border-guard', 'border guard', 'border', ['border guard', 'border guards', 'border police']],
  ['intelligence', 'intelligence', 'intelligence', ['intelligence', 'intelligence services', 'intelligence service', 'intelligence agency', 'intelligence agencies', 'spy agency', 'military intelligence', 'secret service', 'security services', 'security service']],
  ['defence-ministry', 'defence ministry', 'ministry', ['defence ministry', 'defense ministry', 'Defence Ministry', 'Defense Ministry', 'Ministry of Defence', 'Ministry of Defense', 'interior ministry', 'Interior Ministry']],
  ['counter-terrorism', 'counter-terrorism police', 'counter-terrorism', ['counter-terrorism police', 'counter-terrorism forces', 'anti-terrorism police']],
  ['cyber-agency', 'cyber security agency', 'cyber-defence', ['cyber agency', 'cybersecurity agency', 'cyber security agency', 'cyber-security agency', 'cyber command']],
];

/** "US" → index into COUNTRIES, for every way a country is written. */
let adjectiveGazetteer: Gazetteer | undefined;
/** Every written force form, longest first, lower-cased, with its FORCES index. */
let forms: (readonly [string, number])[] | undefined;

function prepare(): [Gazetteer, (readonly [string, number])[]] {
  adjectiveGazetteer ??= buildGazetteer(COUNTRIES.map(([, stem, , adjectives]) => ({ id: stem, names: adjectives })));
  forms ??= FORCES.flatMap(([, , , written], i) => [...new Set(written.map((w) => w.toLowerCase()))].map((w) => [w, i] as const)).sort(
    (a, b) => b[0].length - a[0].length,
  );
  return [adjectiveGazetteer, forms];
}

const countryByStem = new Map(COUNTRIES.map((c) => [c[1], c] as const));

function entryOf(country: (typeof COUNTRIES)[number], force: (typeof FORCES)[number]): KnowledgeEntry {
  const [code, stem, countryName, adjectives] = country;
  const [suffix, noun, kind, written] = force;
  return {
    id: `${stem}-${suffix}`,
    name: `${adjectives[0] ?? stem} ${noun}`,
    aliases: adjectives.flatMap((adj) => written.map((w) => `${adj} ${w}`)),
    category: 'agency',
    kind,
    country: code,
    description: `The ${noun} of ${countryName}.`,
    source: 'Threatlight (generic term)',
  };
}

/** The "<nationality> <force>" entry with this id (e.g. `iraqi-security-forces`), if the id is one. */
export function nationalForceEntry(id: string): KnowledgeEntry | undefined {
  for (const force of FORCES) {
    if (!id.endsWith(`-${force[0]}`)) continue;
    const country = countryByStem.get(id.slice(0, -force[0].length - 1));
    if (country) return entryOf(country, force);
  }
  return undefined;
}

/** A mention of a national force in a text. */
export interface NationalForceHit {
  entry: KnowledgeEntry;
  start: number;
  end: number;
  text: string;
}

const SPACE_RE = /\s/;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/**
 * "<nationality> <force>" mentions in `text` ("Iraqi security forces", "Russia's military"): a
 * nationality, whitespace, then a force noun, found without listing every combination.
 */
export function findNationalForces(text: string): NationalForceHit[] {
  const [gazetteer, written] = prepare();
  const out: NationalForceHit[] = [];
  for (const m of gazetteer.find(text)) {
    let i = m.end;
    if (!SPACE_RE.test(text.charAt(i))) continue;
    while (i < text.length && SPACE_RE.test(text.charAt(i))) i++;
    const rest = text.slice(i, i + 40).toLowerCase();
    for (const [form, index] of written) {
      if (!rest.startsWith(form) || WORD_CHAR_RE.test(rest.charAt(form.length))) continue;
      const country = countryByStem.get(m.id);
      const force = FORCES[index];
      if (!country || !force) break;
      const end = i + form.length;
      out.push({ entry: entryOf(country, force), start: m.start, end, text: text.slice(m.start, end) });
      break;
    }
  }
  return out;
}
