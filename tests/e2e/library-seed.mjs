// A library file of fictional clippings written for the library UI tests (Chromium and Firefox):
// varied agencies, actors, threat levels, sites, tags, TLP and dates, so every facet, sort and
// chart has something to show.

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1, 9);

/** An entity mention at the first occurrence of `text` in `body`. */
function at(body, type, text, extra = {}) {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`seed: "${text}" is not in the text`);
  return { type, text, start, end: start + text.length, ...extra };
}

const ROWS = [
  ['Ransomware crew hits regional hospitals', 'wire.example', ['ransomware'], 'amber', 0, 'The NCSC said LockBit affiliates encrypted hospital systems; the threat is assessed as severe.', [['agency', 'NCSC', { id: 'ncsc-uk', name: 'NCSC' }], ['threat-actor', 'LockBit', { id: 'lockbit', name: 'LockBit' }], ['threat-level', 'severe', { system: 'qualitative', level: 'severe' }]]],
  ['MI5 warns of state-backed plots', 'daily.example', ['uk', 'state'], null, 3, 'MI5 said it had disrupted plots linked to APT28 and other hostile states.', [['agency', 'MI5', { id: 'mi5', name: 'MI5' }], ['threat-actor', 'APT28', { id: 'apt28', name: 'APT28' }]]],
  ['Threat level raised to critical after attack', 'daily.example', ['uk'], null, 10, 'The threat level was raised to critical; MI5 and Counter Terrorism Policing are working together.', [['agency', 'MI5', { id: 'mi5', name: 'MI5' }], ['threat-level', 'critical', { system: 'uk-national', level: 'critical' }]]],
  ['FBI and CISA advisory on Volt Typhoon', 'wire.example', ['us', 'state'], 'green', 20, 'The FBI and CISA said Volt Typhoon had access to water utilities for years.', [['agency', 'FBI', { id: 'fbi', name: 'FBI' }], ['agency', 'CISA', { id: 'cisa', name: 'CISA' }], ['threat-actor', 'Volt Typhoon', { id: 'volt-typhoon', name: 'Volt Typhoon' }]]],
  ['Europol takes down phishing service', 'policy.example', ['crime'], 'clear', 33, 'Europol said 37 suspects were arrested across nine countries.', [['agency', 'Europol', { id: 'europol', name: 'Europol' }]]],
  ['Sandworm blamed for grid outage', 'wire.example', ['state'], 'red', 41, 'Investigators blamed Sandworm for the outage; the threat is substantial.', [['threat-actor', 'Sandworm', { id: 'sandworm', name: 'Sandworm' }], ['threat-level', 'substantial', { system: 'qualitative', level: 'substantial' }]]],
  ['Coffee roasters of the coast', 'food.example', [], null, 44, 'A gentle feature about coffee roasters, with no security content at all.', []],
  ['APT28 phishing wave targets ministries', 'policy.example', ['state'], 'amber', 52, 'Analysts tied the phishing wave to APT28; the NCSC issued guidance.', [['threat-actor', 'APT28', { id: 'apt28', name: 'APT28' }], ['agency', 'NCSC', { id: 'ncsc-uk', name: 'NCSC' }]]],
  ['LockBit returns with new leak site', 'wire.example', ['ransomware'], null, 60, 'LockBit opened a new leak site weeks after the takedown, the FBI said.', [['threat-actor', 'LockBit', { id: 'lockbit', name: 'LockBit' }], ['agency', 'FBI', { id: 'fbi', name: 'FBI' }]]],
  ['Moderate threat to aviation, agency says', 'daily.example', [], null, 75, 'The agency said the threat to aviation remains moderate.', [['threat-level', 'moderate', { system: 'qualitative', level: 'moderate' }]]],
  ['Passage: CISA on patch deadlines', 'wire.example', ['us'], null, 80, 'CISA set a deadline of three weeks for federal agencies to patch.', [['agency', 'CISA', { id: 'cisa', name: 'CISA' }]]],
  ['Interpol operation across Africa', 'policy.example', ['crime'], null, 90, 'Interpol said the operation led to 1,006 arrests.', [['agency', 'Interpol', { id: 'interpol', name: 'Interpol' }]]],
];

/** The seed clippings (newest last), valid against ClippingSchema. */
export function seedClippings() {
  return ROWS.map(([title, site, tags, tlp, day, text, ents], i) => {
    const entities = ents.map(([type, t, extra]) => at(text, type, t, extra));
    const levels = ['low', 'moderate', 'substantial', 'severe', 'critical'];
    const best = entities.filter((e) => e.type === 'threat-level').map((e) => e.level).sort((a, b) => levels.indexOf(b) - levels.indexOf(a))[0] ?? null;
    const t = T0 + day * DAY + i * 1000;
    return {
      id: `seed-${String(i + 1).padStart(2, '0')}`,
      kind: title.startsWith('Passage') ? 'passage' : 'article',
      createdAt: t,
      updatedAt: t,
      url: `https://${site}/story/${i + 1}`,
      canonicalUrl: null,
      site,
      title,
      byline: null,
      publishedAt: null,
      lang: 'en',
      assessment: { isSecurityNews: entities.length > 0, score: entities.length ? 0.9 : 0.1, topics: entities.length ? [{ topic: tags.includes('crime') ? 'crime' : 'cyber', score: 0.8 }] : [], reasons: [] },
      text,
      entities,
      selectors: [],
      note: '',
      tags,
      tlp,
      threatLevel: best,
    };
  });
}

/** The seed as a Threatlight library file (the JSON export format). */
export function seedFile() {
  return Buffer.from(JSON.stringify({ format: 'threatlight-library', version: 1, exportedAt: new Date(T0).toISOString(), clippings: seedClippings() }));
}
