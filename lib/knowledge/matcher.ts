/**
 * Finds knowledge-base names in text, with the context rules that keep names which are also
 * ordinary words ("Play", "Equation", "IS", "The Base") from matching everyday prose.
 */
import { buildGazetteer } from '../text/gazetteer';
import type { Gazetteer, GazetteerEntry } from '../text/gazetteer';
import { matchableEntries } from './index';
import type { KnowledgeCategory, KnowledgeEntry } from './types';

/** One mention of a knowledge-base entry. */
export interface KnowledgeHit {
  entry: KnowledgeEntry;
  start: number;
  end: number;
  text: string;
}

/** s: anywhere; u: anywhere but starting with a capital as written; a: ambiguous; q: qualified. */
type Tier = 's' | 'u' | 'a' | 'q';
type Domain = 'agency' | 'cyber' | 'terror';

/** Words that show a passage is about cyber security (everyday words like "attack" are left out). */
const CYBER_WORDS = [
  'hacker', 'hackers', 'hacking', 'hacked', 'malware', 'ransomware', 'cyber', 'cyberattack', 'cyberattacks',
  'cyber-attack', 'cyber attack', 'cyber attacks', 'cybersecurity', 'cyber security', 'cyber-security', 'cybercrime',
  'cybercriminal', 'cybercriminals', 'APT', 'threat actor', 'threat actors', 'threat group', 'espionage',
  'cyber-espionage', 'cyberespionage', 'backdoor', 'backdoors', 'phishing', 'spear-phishing', 'spearphishing',
  'vulnerabilities', 'trojan', 'botnet', 'spyware', 'C2', 'command-and-control', 'command and control', 'intrusion',
  'intrusions', 'attackers', 'state-sponsored', 'nation-state', 'infostealer', 'wiper', 'RAT', 'ransom', 'extortion',
  'leak site', 'dark web', 'threat intelligence', 'Mandiant', 'CrowdStrike', 'Kaspersky', 'ESET', 'Symantec',
  'Unit 42', 'Recorded Future', 'Proofpoint', 'Check Point', 'Trend Micro', 'Secureworks', 'Talos', 'Sophos',
  'SentinelOne', 'CISA', 'NCSC', 'IOC', 'IOCs', 'indicators of compromise', 'TTPs', 'ATT&CK', 'zero-day', 'zero-days',
  '0-day', 'CVE', 'DDoS', 'hacktivist', 'hacktivists', 'data breach', 'security researchers', 'infosec', 'exploit kit',
  'threat hunters', 'incident response', 'encrypting', 'decryptor', 'decryption key',
];

/** Words that show a passage is about terrorism or armed conflict (everyday words left out). */
const TERROR_WORDS = [
  'terror', 'terrorism', 'terrorist', 'terrorists', 'jihad', 'jihadist', 'jihadists', 'jihadi', 'jihadis', 'militant',
  'militants', 'militia', 'militias', 'extremist', 'extremists', 'extremism', 'insurgent', 'insurgents', 'insurgency',
  'fighters', 'caliphate', 'bombing', 'bombings', 'suicide bomber', 'suicide bombers', 'proscribed', 'proscription',
  'radicalised', 'radicalized', 'radicalisation', 'radicalization', 'Islamist', 'Islamists', 'neo-Nazi', 'neo-Nazis',
  'far-right', 'white supremacist', 'counter-terrorism', 'counterterrorism', 'beheading', 'beheaded', 'hostages',
  'gunmen', 'massacre', 'airstrike', 'airstrikes', 'air strikes', 'paramilitary', 'paramilitaries', 'Syria', 'Iraq',
  'Mosul', 'Raqqa', 'Sahel', 'accelerationist', 'ISIS', 'ISIL', 'Daesh', 'Islamic State', 'al-Qaeda', 'Taliban',
  'armed group', 'guerrilla', 'guerrillas', 'sectarian', 'ceasefire', 'kidnapped', 'abducted', 'explosives',
];

/** Words that show a passage is about security, policing, intelligence or defence. */
const AGENCY_WORDS = [
  'intelligence', 'police', 'spy', 'spies', 'espionage', 'terror', 'terrorism', 'terrorist', 'terrorists', 'cyber',
  'military', 'defence', 'defense', 'army', 'investigation', 'investigators', 'arrested', 'national security',
  'surveillance', 'counter-terrorism', 'counterterrorism', 'troops', 'law enforcement', 'criminal', 'criminals',
  'officers', 'agents', 'classified', 'covert', 'counterintelligence', 'counter-intelligence', 'soldiers', 'weapons',
  'nuclear', 'firearms', 'guns', 'explosives', 'prosecutors', 'sanctions', 'war', 'hackers', 'security services',
  'intelligence agency', 'security agency', 'homeland security', 'border', 'smuggling', 'trafficking',
];

/** Words beside a name that show it is used as a group or malware name ("Play ransomware", "the Hive gang"). */
const QUALIFIERS = new Set([
  'ransomware', 'gang', 'gangs', 'group', 'groups', 'crew', 'team', 'apt', 'actor', 'actors', 'hackers', 'hacking',
  'operators', 'operator', 'affiliates', 'affiliate', 'malware', 'trojan', 'botnet', 'backdoor', 'rat', 'loader',
  'stealer', 'infostealer', 'wiper', 'worm', 'spyware', 'variant', 'variants', 'strain', 'payload', 'implant',
  'family', 'encryptor', 'locker', 'raas', 'cybergang', 'syndicate', 'cartel', 'hacktivists', 'hacktivist',
  'extortion', 'leak', 'attack', 'attacks', 'campaign', 'intrusion', 'intrusions', 'toolkit', 'framework',
  'collective', 'hacktivism', 'ddos', 'cyberattack', 'cyberattacks',
]);

/** Lower-case words just before a name that show it is a group or malware name ("ransomware gang Akira"). */
const QUALIFIERS_BEFORE = new Set([
  'ransomware', 'malware', 'gang', 'group', 'actor', 'actors', 'apt', 'crew', 'botnet', 'trojan', 'spyware', 'stealer',
  'infostealer', 'loader', 'hacktivist', 'hacktivists', 'collective', 'operation', 'wiper', 'backdoor', 'variant',
]);

/** Words before a name that introduce it as a name ("a group dubbed X", "tracked as X"). */
const NAMING_CUES = new Set(['dubbed', 'called', 'named', 'aka', 'as', 'alias', 'by', 'from', 'and', 'or', 'of', 'like']);

/** How far (UTF-16 units) around a mention topic words are looked for. */
const WINDOW = 300;

const CYBER_KINDS = new Set(['apt', 'cybercrime', 'ransomware-gang', 'hacktivist']);
function domainOf(entry: KnowledgeEntry): Domain {
  if (entry.category === 'agency') return 'agency';
  if (entry.category === 'malware' || CYBER_KINDS.has(entry.kind)) return 'cyber';
  return 'terror';
}

interface Compiled {
  gazetteer: Gazetteer;
  entries: Map<string, KnowledgeEntry>;
}
const compiled = new Map<KnowledgeCategory, Compiled>();

function compile(category: KnowledgeCategory): Compiled {
  const found = compiled.get(category);
  if (found) return found;
  const entries = new Map<string, KnowledgeEntry>();
  const gaz: GazetteerEntry[] = [];
  for (const m of matchableEntries(category)) {
    const id = m.entry.id;
    entries.set(id, m.entry);
    const exact = new Set(m.exactCase);
    const loose = m.names.filter((n) => !exact.has(n));
    // A capitalised name ("Home Office", "Metropolitan Police") must start with a capital in the
    // text too, unless the entry also has a lower-case spelling of it ("al-Qaeda").
    const lowerKeys = new Set(loose.filter((n) => !UPPER_START_RE.test(n)).map((n) => n.toLowerCase()));
    const upper = loose.filter((n) => UPPER_START_RE.test(n) && !lowerKeys.has(n.toLowerCase()));
    const rest = loose.filter((n) => !upper.includes(n));
    // Separate gazetteer entries per tier; the tier travels in the id after a control character.
    if (rest.length) gaz.push({ id: `${id}\u0001s`, names: rest });
    if (upper.length) gaz.push({ id: `${id}\u0001u`, names: upper });
    if (exact.size) gaz.push({ id: `${id}\u0001s`, names: [...exact], caseSensitive: true });
    if (m.ambiguous.length) gaz.push({ id: `${id}\u0001a`, names: m.ambiguous, caseSensitive: true });
    if (m.qualified.length) gaz.push({ id: `${id}\u0001q`, names: m.qualified, caseSensitive: true });
  }
  const c = { gazetteer: buildGazetteer(gaz), entries };
  compiled.set(category, c);
  return c;
}

/**
 * Builds the matcher of one category ahead of its first use: a caller that spreads start-up work
 * over several steps (the in-page analyser) calls this once per category, each in its own step.
 */
export function prepareKnowledge(category: KnowledgeCategory): void {
  compile(category);
}

let topicGazetteer: Gazetteer | undefined;
let memo: { text: string; positions: Record<Domain, number[]> } | undefined;

/** Sorted positions of topic words of each domain in `text` (cached for the last text). */
function topicPositions(text: string): Record<Domain, number[]> {
  if (memo && memo.text === text) return memo.positions;
  // Each word is registered once; membership in the lists below decides which domains it counts for.
  topicGazetteer ??= buildGazetteer([
    { id: 'cyber', names: CYBER_WORDS.filter((w) => !AGENCY_WORDS.includes(w) && !TERROR_WORDS.includes(w)) },
    { id: 'terror', names: TERROR_WORDS.filter((w) => !AGENCY_WORDS.includes(w)) },
    { id: 'agency', names: AGENCY_WORDS },
  ]);
  const positions: Record<Domain, number[]> = { agency: [], cyber: [], terror: [] };
  const cyber = new Set(CYBER_WORDS.map((w) => w.toLowerCase()));
  const terror = new Set(TERROR_WORDS.map((w) => w.toLowerCase()));
  const agency = new Set(AGENCY_WORDS.map((w) => w.toLowerCase()));
  for (const m of topicGazetteer.find(text)) {
    const w = m.text.toLowerCase().replace(/\s+/g, ' ');
    if (cyber.has(w)) positions.cyber.push(m.start);
    if (terror.has(w)) positions.terror.push(m.start);
    if (agency.has(w)) positions.agency.push(m.start);
  }
  memo = { text, positions };
  return positions;
}

/** Whether a sorted list has a value within [lo, hi]. */
function anyWithin(sorted: readonly number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((sorted[mid] ?? 0) < lo) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && (sorted[a] ?? Infinity) <= hi;
}

const WORD_AFTER_RE = /^[\s–-]*([\p{L}\p{N}]+)/u;
const WORD_BEFORE_RE = /([\p{L}\p{N}.]+)[\s–-]*$/u;
const TWO_BEFORE_RE = /([\p{L}\p{N}]+)[\s–-]+[\p{L}\p{N}]+[\s–-]*$/u;
const CAPS_WORD_RE = /^\p{Lu}{2,}$/u;
const UPPER_START_RE = /^\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;

const NEXT_ON_LINE_RE = /^[ \t\u00a0]+([\p{L}\p{N}]+)/u;

/** The word right after `end` on the same line, if any: a capitalised one continues a proper name. */
function nextOnLine(text: string, end: number): string {
  return NEXT_ON_LINE_RE.exec(text.slice(end, end + 40))?.[1] ?? '';
}

function wordAfter(text: string, end: number): string {
  return WORD_AFTER_RE.exec(text.slice(end, end + 40))?.[1] ?? '';
}
function wordBefore(text: string, start: number): string {
  return WORD_BEFORE_RE.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
}

/** An all-caps name inside an all-caps run is a shouted headline, not a name. */
function inCapsRun(text: string, hit: { start: number; end: number; text: string }): boolean {
  if (HAS_LOWER_RE.test(hit.text)) return false;
  return CAPS_WORD_RE.test(wordBefore(text, hit.start)) || CAPS_WORD_RE.test(wordAfter(text, hit.end));
}

/** Whether topic words of `domain` occur near [start, end), not counting the mention itself. */
function hasContext(text: string, domain: Domain, start: number, end: number): boolean {
  const p = topicPositions(text)[domain];
  return anyWithin(p, start - WINDOW, start - 1) || anyWithin(p, end, end + WINDOW);
}

function isQualified(text: string, start: number, end: number, domain: Domain): boolean {
  const after = wordAfter(text, end);
  if (QUALIFIERS.has(after.toLowerCase())) return true;
  // "Royal Road": part of a longer proper name, not the gang.
  if (UPPER_START_RE.test(nextOnLine(text, end))) return false;
  const before = wordBefore(text, start);
  if (QUALIFIERS_BEFORE.has(before)) return true;
  const twoBefore = TWO_BEFORE_RE.exec(text.slice(Math.max(0, start - 60), start))?.[1] ?? '';
  if (QUALIFIERS_BEFORE.has(twoBefore) && hasContext(text, domain, start, end)) return true;
  return NAMING_CUES.has(before) && hasContext(text, domain, start, end);
}

const TIME_BEFORE_RE = /(?:\d:\d{2}|(?:\b|\d)[ap]\.?m\.?)\s?$/i;

/** "11:00 PM PST", "3pm EST": a short all-caps name right after a time is a time zone. */
function afterTime(text: string, start: number): boolean {
  return TIME_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * Mentions of knowledge-base entries of one category in `text`, leftmost-longest and
 * non-overlapping, after the context rules for ambiguous names.
 */
export function findKnowledge(category: KnowledgeCategory, text: string): KnowledgeHit[] {
  const { gazetteer, entries } = compile(category);
  const raw: { entry: KnowledgeEntry; tier: Tier; start: number; end: number; text: string }[] = [];
  for (const m of gazetteer.find(text)) {
    const sep = m.id.lastIndexOf('\u0001');
    const entry = entries.get(m.id.slice(0, sep));
    if (!entry) continue;
    const tier = m.id.slice(sep + 1) as Tier;
    if (tier === 'u' && !UPPER_START_RE.test(m.text)) continue;
    raw.push({ entry, tier, start: m.start, end: m.end, text: m.text });
  }
  // Unambiguous mentions ("Emotet") are context for ambiguous ones of the same domain nearby ("IcedID").
  const anchors: Record<Domain, number[]> = { agency: [], cyber: [], terror: [] };
  for (const h of raw) if (h.tier === 's' || h.tier === 'u') anchors[domainOf(h.entry)].push(h.start);
  const out: KnowledgeHit[] = [];
  for (const h of raw) {
    if (h.tier === 'a' || h.tier === 'q') {
      const domain = domainOf(h.entry);
      if (inCapsRun(text, h) || afterTime(text, h.start)) continue;
      const near = (): boolean =>
        hasContext(text, domain, h.start, h.end) ||
        anyWithin(anchors[domain], h.start - WINDOW, h.start - 1) ||
        anyWithin(anchors[domain], h.end, h.end + WINDOW);
      // "Silicon Valley", "Castle Rock": a one-word name followed by a capitalised word is part of another name.
      const next = nextOnLine(text, h.end);
      if (h.tier === 'a' && !h.text.includes(' ') && UPPER_START_RE.test(next) && !QUALIFIERS.has(next.toLowerCase())) continue;
      if (h.tier === 'a' && !near()) continue;
      if (h.tier === 'q' && !isQualified(text, h.start, h.end, domain)) continue;
    }
    out.push({ entry: h.entry, start: h.start, end: h.end, text: h.text });
  }
  return out;
}
