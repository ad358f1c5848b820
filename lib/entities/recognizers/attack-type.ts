/**
 * Attack-type recognizer: the modus operandi a text names, physical ("stabbings", "car bomb",
 * "vehicle terrorism", "lone wolf attacks") and cyber ("ransomware", "spear-phishing",
 * "distributed denial-of-service", "SQL injection"). Generic words ("attack", "breach",
 * "cyberattack") are not attack types. Lexicon written for this project.
 */
import { buildGazetteer, type Gazetteer } from '../../text/gazetteer';
import type { EntityOf, Recognizer } from '../types';

/**
 * `id|display name|phrase;phrase;...`. In a phrase, `(s)`/`(es)` marks an optional plural and a
 * hyphen also matches a space ("spear-phishing", "spear phishing"). Acronyms and names of three
 * letters or fewer match their case exactly ("DoS", "XSS"); other phrases match any case.
 */
const LEXICON: readonly string[] = [
  'stabbing|stabbing|stabbing(s);knife attack(s);knife crime;knife rampage(s);stabbing spree(s);machete attack(s)',
  'shooting|shooting|shooting(s);mass shooting(s);school shooting(s);gun attack(s);shooting spree(s);drive-by shooting(s);gun rampage(s);sniper attack(s)',
  'bombing|bombing|bombing(s);bomb attack(s);bomb blast(s);car bomb(s);car bombing(s);truck bomb(s);pipe bomb(s);nail bomb(s);letter bomb(s);parcel bomb(s);dirty bomb(s);roadside bomb(s);barrel bomb(s);IED;IEDs;improvised explosive device(s);VBIED;VBIEDs;explosive attack(s);grenade attack(s)',
  'suicide-bombing|suicide bombing|suicide bombing(s);suicide bomber(s);suicide attack(s);suicide vest(s);suicide car bomb(s);suicide-bombing(s)',
  'vehicle-ramming|vehicle ramming|vehicle attack(s);vehicle-ramming attack(s);vehicle ramming(s);ramming attack(s);vehicle terrorism;truck attack(s);car-ramming attack(s);car ramming(s)',
  'lone-actor|lone-actor attack|lone-wolf attack(s);lone wolf;lone wolves;lone-wolf terrorism;lone-actor(s);lone-actor attack(s);lone-actor terrorism;lone terrorist attack(s)',
  'hostage-taking|hostage-taking|hostage-taking;hostage crisis;hostage siege(s);hostage situation(s)',
  'kidnapping|kidnapping|kidnapping(s);abduction(s);kidnap plot(s)',
  'arson|arson|arson;arson attack(s);firebombing(s);firebomb attack(s);petrol bomb(s);Molotov cocktail(s);incendiary attack(s)',
  'hijacking|hijacking|hijacking(s);skyjacking(s);plane hijacking(s)',
  'airstrike|airstrike|airstrike(s);air strike(s);air-strike(s);air raid(s);drone strike(s);drone attack(s);missile strike(s);missile attack(s);rocket attack(s);mortar attack(s);bombing raid(s);shelling;artillery strike(s)',
  'assassination|assassination|assassination(s);assassination attempt(s);assassination plot(s);targeted killing(s)',
  'chemical-attack|chemical attack|chemical attack(s);chemical weapons attack(s);nerve agent attack(s);nerve-agent attack(s);poison gas attack(s);sarin attack(s);acid attack(s)',
  'beheading|beheading|beheading(s)',
  'ambush|ambush|ambush(es)',
  'sabotage|sabotage|sabotage;cyber sabotage',
  'piracy|maritime piracy|maritime piracy;pirate attack(s)',
  'ransomware|ransomware|ransomware;ransomware attack(s);ransomware-as-a-service;RaaS;double extortion;triple extortion;data extortion',
  'phishing|phishing|phishing;spear-phishing;spearphishing;smishing;vishing;quishing;phishing attack(s);phishing campaign(s);callback phishing',
  'ddos|distributed denial of service|DDoS;DDoS attack(s);distributed denial-of-service;distributed-denial-of-service;distributed denial-of-service attack(s)',
  'dos|denial of service|DoS;DoS attack(s);denial-of-service;denial-of-service attack(s)',
  'data-breach|data breach|data breach(es);data leak(s);data theft',
  'supply-chain|supply-chain attack|supply-chain attack(s);software supply-chain attack(s);supply-chain compromise(s)',
  'zero-day|zero-day|zero-day(s);0-day(s);0day(s);zero-day exploit(s);zero-day vulnerability;zero-day vulnerabilities;zero-day attack(s)',
  'sql-injection|SQL injection|SQL injection(s);SQL-injection;SQLi',
  'xss|cross-site scripting|cross-site scripting;XSS',
  'csrf|cross-site request forgery|cross-site request forgery;CSRF;XSRF',
  'ssrf|server-side request forgery|server-side request forgery;SSRF',
  'credential-stuffing|credential stuffing|credential stuffing;credential-stuffing attack(s)',
  'brute-force|brute-force attack|brute-force attack(s);brute-forcing;dictionary attack(s)',
  'password-spraying|password spraying|password spraying;password-spray attack(s)',
  'man-in-the-middle|man-in-the-middle|man-in-the-middle;man-in-the-middle attack(s);MitM;adversary-in-the-middle;AitM',
  'remote-code-execution|remote code execution|remote code execution;RCE;arbitrary code execution',
  'command-injection|command injection|command injection;OS command injection;code injection',
  'path-traversal|path traversal|path traversal;directory traversal',
  'privilege-escalation|privilege escalation|privilege escalation;elevation of privilege',
  'buffer-overflow|buffer overflow|buffer overflow(s);heap overflow(s);use-after-free',
  'cryptojacking|cryptojacking|cryptojacking;crypto-jacking',
  'bec|business email compromise|business email compromise;business e-mail compromise;BEC;CEO fraud',
  'watering-hole|watering-hole attack|watering-hole attack(s);watering-hole',
  'drive-by-download|drive-by download|drive-by download(s);drive-by compromise',
  'malvertising|malvertising|malvertising',
  'sim-swapping|SIM swapping|SIM swapping;SIM-swap(s);SIM-swap attack(s);SIM hijacking',
  'social-engineering|social engineering|social engineering',
  'typosquatting|typosquatting|typosquatting;typo-squatting;cybersquatting',
  'dns-hijacking|DNS hijacking|DNS hijacking;DNS hijack(s)',
  'session-hijacking|session hijacking|session hijacking',
  'bgp-hijacking|BGP hijacking|BGP hijacking;BGP hijack(s)',
  'clickjacking|clickjacking|clickjacking',
  'formjacking|formjacking|formjacking;web skimming;e-skimming;card skimming',
  'defacement|website defacement|defacement(s);website defacement(s);web defacement(s)',
  'account-takeover|account takeover|account takeover(s);account-takeover attack(s);account hijacking',
  'sextortion|sextortion|sextortion',
  'doxxing|doxxing|doxxing;doxing',
  'wiper|wiper attack|wiper attack(s)',
  'cyber-espionage|cyber espionage|cyber espionage;cyber-espionage;cyberespionage',
  'hack-and-leak|hack-and-leak|hack-and-leak;hack-and-leak operation(s)',
];

/** Weapons named alone: an attack type only in a list of them ("such as knife or vehicle terrorism"). */
const WEAPON_WORDS: ReadonlyMap<string, string> = new Map([
  ['knife', 'stabbing'],
  ['knives', 'stabbing'],
  ['gun', 'shooting'],
  ['guns', 'shooting'],
  ['firearms', 'shooting'],
  ['bomb', 'bombing'],
  ['bombs', 'bombing'],
  ['explosives', 'bombing'],
]);

const WEAPON_PREFIX = 'weapon:';

/** Every written form of a lexicon phrase. */
function forms(phrase: string): string[] {
  const bases = phrase.endsWith('(es)')
    ? [phrase.slice(0, -4), `${phrase.slice(0, -4)}es`]
    : phrase.endsWith('(s)')
      ? [phrase.slice(0, -3), `${phrase.slice(0, -3)}s`]
      : [phrase];
  return bases.flatMap((b) => (b.includes('-') ? [b, b.replaceAll('-', ' ')] : [b]));
}

interface AttackIndex {
  gazetteer: Gazetteer;
  names: Map<string, string>;
}

let index: AttackIndex | undefined;

function build(): AttackIndex {
  const names = new Map<string, string>();
  const entries = LEXICON.map((row) => {
    const [id = '', name = '', phrases = ''] = row.split('|');
    names.set(id, name);
    return { id, names: phrases.split(';').flatMap(forms) };
  });
  for (const [word, id] of WEAPON_WORDS) entries.push({ id: `${WEAPON_PREFIX}${id}`, names: [word] });
  return { gazetteer: buildGazetteer(entries), names };
}

/** Whether a bare weapon word at [start, end) is listed among attack types ("such as knife or vehicle terrorism"). */
function weaponInList(text: string, start: number, end: number, nextAttackStart: number | undefined): boolean {
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  if (/(?:such as|including|like) $/u.test(before)) return true;
  if (nextAttackStart === undefined) return false;
  return /^(?:,| or| and|, and|, or) [\p{L}\s-]{0,25}$/u.test(text.slice(end, nextAttackStart));
}

/** Words that can also be verbs ("shooting for", "kidnapping the girl"). */
const GERUNDS = new Set(['shooting', 'bombing', 'stabbing', 'kidnapping', 'hijacking', 'shelling', 'firebombing']);
const OBJECT_AFTER = /^ (?:for|down|at|up|a|an|the|him|her|them|it|his|their|its|people|civilians|someone)\b/u;
const NOUN_BEFORE = /\b(?:the|a|an|this|that|deadly|mass|fatal|another|latest|recent|alleged|suspected|school|terrorist|terror|knife|gun|of the|'s|’s)\s$/iu;

/** Whether a gerund is used as a verb here ("were shooting at"), not as the name of an attack ("the shooting at"). */
function usedAsVerb(text: string, start: number, end: number): boolean {
  if (!GERUNDS.has(text.slice(start, end).toLowerCase())) return false;
  if (!OBJECT_AFTER.test(text.slice(end, end + 12))) return false;
  return !NOUN_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** The attack types named in `text`. */
export function findAttackTypes(text: string): EntityOf<'attack-type'>[] {
  index ??= build();
  const matches = index.gazetteer.find(text);
  const out: EntityOf<'attack-type'>[] = [];
  // Walk backwards so the next real attack type after each weapon word is known in one pass.
  let nextAttackStart: number | undefined;
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i];
    if (!m) continue;
    let id = m.id;
    if (id.startsWith(WEAPON_PREFIX)) {
      if (!weaponInList(text, m.start, m.end, nextAttackStart)) continue;
      id = id.slice(WEAPON_PREFIX.length);
    } else {
      if (usedAsVerb(text, m.start, m.end)) continue;
      nextAttackStart = m.start;
    }
    out.push({ type: 'attack-type', text: m.text, start: m.start, end: m.end, id, name: index.names.get(id) ?? id });
  }
  return out.reverse();
}

/** Finds attack types (modus operandi). */
export const attackTypeRecognizer: Recognizer<'attack-type'> = {
  type: 'attack-type',
  recognize: findAttackTypes,
};
