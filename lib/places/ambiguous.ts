/**
 * Place names that are also everyday words or personal names, and the context they need before
 * Threatlight calls them places. Written for this project.
 */

const words = (s: string): string[] => s.split('|').filter((w) => w.length > 0);

/**
 * Places whose name is an ordinary English word ("Nice", "Reading", "Bath"): a place only after
 * a preposition of place ("in Nice") or before ", <place>" ("Bath, England"), never opening a sentence.
 */
export const COMMON_WORD_PLACES: ReadonlySet<string> = new Set(
  words('Nice|Reading|Bath|Hull|Derby|Split|Providence|Essen|Kaya|Beni|Tyre|Kut|Cork|Dori|Marka|Gao|Yala|Wau|Hama'),
);

/**
 * Places whose name is first of all a personal name ("Jordan", "Chad", "Paris", "Sydney"): not a
 * place when a surname-like capitalised word follows ("Chad Wolf", "Paris Hilton").
 */
export const PERSON_LIKE_PLACES: ReadonlySet<string> = new Set(
  words(
    'Jordan|Chad|Georgia|Virginia|Montana|Sydney|Victoria|Florence|Austin|Orlando|Charlotte|Paris|Houston|Dallas|' +
      'Denver|Phoenix|Adelaide|Darwin|Wellington|Kingston|Halle|Sofia|Preston|Bolton|Lancaster|Chester|Stirling|' +
      'Paisley|Engels|Constantine|Kobe|Mendoza|Rosario|Santiago|Regina|Madison|Raleigh|Cleveland|Columbus|Aurora|' +
      'Langley|Brittany|Guerrero|Farah|Medina|Kent|Durham|Alexandria',
  ),
);

/** Title words after which a place name is part of a peerage or royal title ("Prince of Wales"). */
export const PEERAGE_BEFORE_OF: ReadonlySet<string> = new Set(
  words('Prince|Princess|Duke|Duchess|Earl|Marquess|Countess|Baron|Baroness|Viscount|Lord'),
);

/**
 * Places whose country is ambiguous, with the possible ISO codes (the first is the default); the
 * recognizer picks the one whose country the text also names. `US:state` also changes the kind
 * (Georgia the US state rather than the country).
 */
export const ALTERNATE_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['Georgia', ['GE', 'US:state']],
  ['Tripoli', ['LY', 'LB']],
  ['Perth', ['AU', 'GB']],
  ['Hyderabad', ['IN', 'PK']],
  ['Punjab', ['IN', 'PK']],
  ['Kashmir', ['IN', 'PK']],
  ['Rafah', ['PS', 'EG']],
  ['Santiago', ['CL', 'CU', 'ES']],
  ['Valencia', ['ES', 'VE']],
  ['Brest', ['FR', 'BY']],
]);

/** Names in which a place name is part of something else (newspapers, clubs, banks, groups). */
export const NOT_PLACES: readonly string[] = words(
  'New York Times|New York Post|Washington Post|Washington Times|Washington Examiner|Los Angeles Times|' +
    'Financial Times|Jerusalem Post|Times of Israel|Tehran Times|Moscow Times|Kyiv Independent|Kyiv Post|' +
    'Hong Kong Free Press|South China Morning Post|Bangkok Post|Jakarta Post|Irish Times|Manchester United|' +
    'Manchester City|Real Madrid|Atletico Madrid|Paris Saint-Germain|Inter Milan|AC Milan|Bank of America|' +
    'Bank of England|Voice of America|Radio Free Europe|Radio Free Asia|Council of Europe|Islamic State|' +
    'Islamic State of Iraq|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|' +
    'Islamic State in Iraq and Syria|Islamic State in Iraq and the Levant|Islamic State in Syria|' +
    'Islamic State West Africa|Islamic State Khorasan|Agence France-Presse|Agence France Presse|Air France|' +
    'Air India|Air Canada|Air China|Qatar Airways|Kenya Airways|Singapore Airlines|Japan Airlines|' +
    'China Telecom|China Mobile|China Unicom|China Daily|Korea Herald|Japan Times|Kabul Times|Arab News|' +
    'Gulf News|Middle East Eye|Asia Times|Africa Confidential|France 24|Deutsche Welle|Russia Today|' +
    'American Airlines|American Express|Texas Instruments|Boston Dynamics|Boston Scientific|Arctic Wolf|' +
    'Nigeria Police Force|Georgia Tech|Virginia Tech|Ohio State|Penn State|Michigan State|Arizona State|' +
    'Washington State University|New England Patriots|Hong Kong Police|New Zealand Herald|Sydney Morning Herald',
);
