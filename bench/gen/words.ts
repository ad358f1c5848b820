/**
 * The word lists the bench's generated texts are built from. All written for this project:
 * names of real bodies and groups (facts) next to invented people, firms and places to live in.
 */

/** Security, intelligence and police bodies as a news story names them. */
export const AGENCIES = [
  'MI5', 'GCHQ', 'MI6', 'the FBI', 'CISA', 'the NCSC', 'Europol', 'Interpol', 'the NSA', 'Counter Terrorism Policing',
  'the Metropolitan Police', 'the National Crime Agency', 'the BSI', 'ANSSI', 'the Department of Homeland Security',
  'the Australian Signals Directorate', 'police',
] as const;

/** Terrorist groups and cyber threat actors. */
export const ACTORS = [
  'LockBit', 'APT28', 'Fancy Bear', 'the Lazarus Group', 'Sandworm', 'ALPHV', 'Cl0p', 'Scattered Spider', 'Islamic State',
  'al-Qaeda', 'Volt Typhoon', 'Conti', 'Black Basta', 'Kimsuky',
] as const;

/** Malware and ransomware families. */
export const MALWARE = ['Emotet', 'WannaCry', 'QakBot', 'TrickBot', 'NotPetya', 'IcedID', 'Mimikatz', 'Ryuk', 'DarkGate'] as const;

/** Places a story is set in. */
export const PLACES = [
  'London', 'Manchester', 'Paris', 'Berlin', 'Kyiv', 'Washington', 'Brussels', 'Singapore', 'Syria', 'Iraq',
  'the Netherlands', 'Australia', 'Texas', 'Ireland', 'Japan', 'Nigeria', 'Canada', 'Poland',
] as const;

/** Invented people: no one in the news has to appear in a benchmark. */
export const PEOPLE = [
  'Helen Marsh', 'Daniel Okafor', 'Priya Raman', 'Tomasz Wolski', 'Claire Dubois', 'Martin Keller', 'Aisha Bello',
  'Oliver Grant', 'Sofia Lindqvist', 'James Whitcombe', 'Ruth Abernethy', 'Kenji Sato', 'Lucia Ferraro', 'Samuel Oyelaran',
] as const;

/** Roles that follow a person's name. */
export const ROLES = [
  'a senior detective', 'the agency\'s deputy director', 'a spokesperson for the ministry', 'head of threat research at Norvane Security',
  'a former intelligence officer', 'chief information security officer at Brightwell Bank', 'an analyst at Keystone Labs',
] as const;

/** Kinds of attack as written in prose. */
export const ATTACKS = [
  'ransomware attack', 'phishing campaign', 'DDoS attack', 'data breach', 'supply-chain attack', 'zero-day exploit',
  'stabbing', 'vehicle attack', 'shooting', 'bombing', 'credential-stuffing attack',
] as const;

/** Quantities with a qualifier, as news states them. */
export const AMOUNTS = [
  'more than 400', 'about 6,000', 'nearly 12', 'tens of thousands of', 'hundreds of', '37', '2.5 million', 'at least 19',
  'up to 250', 'around 1,200', 'fewer than 50', 'roughly 80',
] as const;

/** What the quantities count. */
export const UNITS = [
  'customers', 'accounts', 'servers', 'victims', 'organisations', 'live operations', 'arrests', 'attacks', 'records',
  'hospitals', 'schools', 'devices', 'employees', 'suspects',
] as const;

/** Invented organisations that are hit by attacks. */
export const VICTIMS = [
  'Harlow Water', 'the Meridian Health Trust', 'Copperfield Logistics', 'a regional council', 'Stonebridge University',
  'Aldermoor Energy', 'a payroll provider', 'Kestrel Airlines', 'the city\'s transport network', 'Ashgrove Retail',
] as const;

/** Reporting verbs. */
export const SAID = ['said', 'warned', 'confirmed', 'told reporters', 'added', 'wrote in a statement', 'announced'] as const;

/** Days and times, for datelines. */
export const WHEN = ['on Monday', 'on Tuesday', 'last week', 'this month', 'on Friday evening', 'in March', 'earlier this year', 'overnight'] as const;

/** Threat-level sentences. */
export const LEVELS = [
  'The UK national threat level remains substantial, meaning an attack is likely.',
  'Officials raised the threat level to severe after the arrests.',
  'The flaw carries a CVSS score of 9.8 and is rated critical.',
  'Analysts described the risk as a heightened threat to critical infrastructure.',
  'The vulnerability was rated high severity by the vendor.',
] as const;

/** Everyday subjects for the parts of pages that are not security news. */
export const EVERYDAY = [
  'the weekend market', 'a new cookbook', 'the football season', 'spring gardening', 'the city marathon', 'a jazz festival',
  'electric bicycles', 'the school holidays', 'a museum exhibition', 'home insurance', 'winter coats', 'a coffee roaster',
  'the local library', 'hiking boots', 'a film premiere', 'the village fete',
] as const;

/** Everyday adjectives and nouns for product cards, teasers and comments. */
export const EVERYDAY_WORDS = [
  'bright', 'compact', 'durable', 'lightweight', 'classic', 'fresh', 'seasonal', 'handmade', 'organic', 'premium', 'cosy',
  'portable', 'practical', 'elegant', 'affordable', 'colourful', 'quiet', 'sturdy', 'modern', 'vintage',
] as const;

/** Everyday things to sell or review. */
export const THINGS = [
  'kettle', 'backpack', 'desk lamp', 'rain jacket', 'teapot', 'notebook', 'bicycle bell', 'garden chair', 'headphones',
  'blender', 'wool scarf', 'water bottle', 'picture frame', 'yoga mat', 'toaster', 'umbrella', 'alarm clock', 'sofa cushion',
] as const;

/** Syllables for invented code names: rare words for the library's search. */
export const SYLLABLES = ['ka', 'zen', 'tor', 'vel', 'mi', 'dra', 'os', 'lun', 'bex', 'ri', 'qua', 'sol', 'nyx', 'far', 'ti', 'gor'] as const;
