#!/usr/bin/env node
/**
 * Generates the large, derived part of the knowledge base (cyber threat actors and malware)
 * from public reference data in ../shared/knowledge, into lib/knowledge/generated/*.ts.
 *
 *   node scripts/build-knowledge.mjs [--shared ../shared/knowledge] [--words /usr/share/dict/words]
 *
 * Sources: MITRE ATT&CK enterprise groups and software (© The MITRE Corporation, ATT&CK terms
 * of use), misp-galaxy microsoft-activity-group and threat-actor clusters (CC0 / BSD-2).
 * An English word list (Debian package `wamerican`) marks names that are ordinary words, so
 * the recognizers match them only in context. The hand-written files in lib/knowledge take
 * precedence over anything generated here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const shared = path.resolve(root, opt('shared', '../shared/knowledge'));
const wordsFile = opt('words', '/usr/share/dict/words');
const outDir = path.join(root, 'lib/knowledge/generated');

if (!fs.existsSync(wordsFile)) {
  console.error(`No word list at ${wordsFile}: install it (apt-get install wamerican) or pass --words FILE.`);
  process.exit(1);
}
const WORDS = new Set(fs.readFileSync(wordsFile, 'utf8').split('\n').map((w) => w.trim().toLowerCase()).filter(Boolean));
const readJson = (p) => JSON.parse(fs.readFileSync(path.join(shared, p), 'utf8'));
const attack = readJson('mitre-attack/enterprise.json').objects;
const msGroups = readJson('misp-galaxy/microsoft-activity-group.json').values;
const mispActors = readJson('misp-galaxy/threat-actor.json').values;
const mitreNotice = fs
  .readFileSync(path.join(shared, 'mitre-attack/LICENSE.txt'), 'utf8')
  .split('\n')
  .find((l) => l.includes('©'))
  ?.trim();

/** Names never matched: operating-system commands and words too common to be worth a context rule. */
const STOP = new Set(
  `at cmd net ping arp reg ftp tor expand ruler donut empire covenant mythic meek page james kevin denis elise milan
  spark solar proton token control photo anchor agenda chaos havoc epic crimson carbon cannon explosive ferocious
  trinity aurora lucifer meteor ninja octopus pandora peppy prestige rover royal scorpion shark soldier viper samurai
  mango disco gazer apostle avenger calendar biscuit bookworm crutch mosquito nebulae skid dok orz zox yty lv abk bbk
  tvt ps1 play snake flame maze cuba medusa tick axiom inception mirage reaper machete cleaver confucius rancor
  silence newscaster lyceum buckeye elfin armageddon chimera cicada krypton monsoon mantis swallowtail webmasters
  leviathan dragonfly patchwork bitter rtm elbrus insidious alibaba google microsoft apple amazon facebook twitter
  yahoo telegram windows linux android chrome firefox office outlook zoom skype github discord`
    .split(/\s+/)
    .filter(Boolean)
    .concat(['pla navy', 'nso group', 'ipsec helper', 'subgroup: andariel', 'subgroup: bluenoroff', 'net crawler']),
);

/** Names that are words but almost always mean the actor in security text: matched in context. */
const CONTEXT_OK = new Set(['lazarus', 'sandworm', 'equation', 'turla', 'kimsuky', 'gamaredon', 'clop', 'cobalt strike']);

/** Extra names for ATT&CK groups, from the vendors' and governments' own naming. */
const EXTRA_ALIASES = {
  'Sandworm Team': ['Sandworm', 'Unit 74455', 'GRU Unit 74455', 'APT44'],
  'Lazarus Group': ['Lazarus'],
  APT28: ['Unit 26165', 'GRU Unit 26165'],
  APT29: ['Cozy Bear', 'Nobelium', 'NOBELIUM'],
  APT1: ['Unit 61398', 'PLA Unit 61398'],
  'Putter Panda': ['Unit 61486', 'PLA Unit 61486'],
  'Gamaredon Group': ['Gamaredon'],
  Equation: ['Equation Group'],
  'Indrik Spider': ['Evil Corp'],
  'Magic Hound': ['Charming Kitten', 'APT35'],
};

/** ATT&CK tools worth recognising as malware (the rest are admin utilities). */
const TOOL_WHITELIST = new Set(['Mimikatz', 'AsyncRAT', 'Sliver', 'Brute Ratel C4', 'Impacket', 'PoshC2', 'Koadic', 'QuasarRAT', 'Remcos', 'NanoCore', 'Pupy', 'BloodHound', 'CrackMapExec', 'Rubeus', 'LaZagne']);

/** Keep in step with `kebab` in lib/knowledge/rows.ts, which rebuilds omitted ids. */
const kebab = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\$/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** One line for the hover card from an ATT&CK description: first sentence, no markup or citations. */
function oneLine(text, max = 110) {
  let s = String(text ?? '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\(Citation:[^)]*\)/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const m = s.match(/^(.{30,}?[a-z0-9)]\.)\s/);
  if (m) s = m[1];
  if (s.length > max) s = `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
  return s;
}

const ORIGIN = [
  [/\bChin(a|ese)\b/, 'CN'],
  [/\bRussia(n)?\b/, 'RU'],
  [/\bNorth Korea(n)?\b|\bDPRK\b/, 'KP'],
  [/\bIran(ian)?\b/, 'IR'],
  [/\bVietnam(ese)?\b/, 'VN'],
  [/\bPakistan(i)?\b/, 'PK'],
  [/\bIndia(n)?\b/, 'IN'],
  [/\bLebanon|Lebanese\b/, 'LB'],
  [/\bSouth Korea(n)?\b/, 'KR'],
  [/\bTurk(ey|ish)\b/, 'TR'],
  [/\bBelarus(ian)?\b/, 'BY'],
  [/\bGaza|Hamas|Palestinian\b/, 'PS'],
];
function originOf(desc) {
  const m = String(desc).match(/(?:attributed to|linked to|based in|suspected|sponsored|associated with|operating (?:out of|from)|is a|is an|has been attributed)[^.]{0,80}/i);
  const scope = m ? m[0] : String(desc).slice(0, 200);
  for (const [re, cc] of ORIGIN) if (re.test(scope)) return cc;
  return '';
}

function actorKind(desc) {
  const d = String(desc).toLowerCase();
  if (/hacktivis/.test(d)) return 'hacktivist';
  if (/ransomware[- ]as[- ]a[- ]service|ransomware (?:group|gang|operation)|extortion group/.test(d)) return 'ransomware-gang';
  if (/financially[- ]motivated|cybercriminal|criminal group|criminal threat|fraud/.test(d)) return 'cybercrime';
  return 'apt';
}

function malwareKind(desc, isTool) {
  const d = String(desc).toLowerCase();
  if (isTool) return 'tool';
  for (const [re, kind] of [
    [/ransomware/, 'ransomware'],
    [/wiper|destructive/, 'wiper'],
    [/worm\b/, 'worm'],
    [/botnet/, 'botnet'],
    [/remote access (tool|trojan)|\brat\b/, 'rat'],
    [/backdoor/, 'backdoor'],
    [/(info|information|credential)[- ]?stealer|steals? (credentials|information)/, 'infostealer'],
    [/loader|downloader|dropper/, 'loader'],
    [/rootkit|bootkit/, 'rootkit'],
    [/spyware|surveillance/, 'spyware'],
    [/banking trojan|trojan/, 'trojan'],
  ]) {
    if (re.test(d)) return kind;
  }
  return 'malware';
}

/** How a name may be matched: 'safe', 'ambiguous' (case + context), 'qualified' (beside a qualifier), or 'drop'. */
function tierOf(name) {
  const n = name.trim();
  const low = n.toLowerCase();
  if (n.length < 3 || STOP.has(low) || /^\d+$/.test(n) || /^[CGS]\d{4}$/.test(n)) return 'drop';
  if (CONTEXT_OK.has(low)) return 'ambiguous';
  const words = low.split(/[\s-]+/).filter(Boolean);
  const isWord = (w) => WORDS.has(w) || /^(?:of|the|and|a|apt|team|group|\d+)$/.test(w);
  if (words.length === 1) {
    if (/\d/.test(n)) return 'safe';
    if (WORDS.has(low)) return n === n.toUpperCase() && n.length >= 4 ? 'ambiguous' : 'qualified';
    // The word list misses many words and names ("Mana"): any other single word needs context.
    return 'ambiguous';
  }
  if (words.every(isWord)) return 'ambiguous';
  return 'safe';
}

function addNames(target, names) {
  for (const raw of names) {
    const n = String(raw ?? '').trim();
    if (!n || /[\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff]/.test(n)) continue;
    if (!target.includes(n)) target.push(n);
    // Microsoft's old element names ("HAFNIUM") are usually printed in title case in the press;
    // only the -ium ones, as "Gold", "Copper" or "Mercury" are too common in title case.
    if (/^[A-Z]{2,}IUM$/.test(n)) {
      const title = n[0] + n.slice(1).toLowerCase();
      if (!target.includes(title)) target.push(title);
    }
  }
}

/** Groups: ATT&CK first, then Microsoft's and MISP's clusters merged in by shared names. */
const actors = [];
const byName = new Map();
const index = (entry) => {
  for (const n of [entry.name, ...entry.aliases]) {
    const k = n.toLowerCase();
    const list = byName.get(k) ?? [];
    if (!list.includes(entry)) list.push(entry);
    byName.set(k, list);
  }
};
for (const g of attack['intrusion-set']) {
  const name = g.name === 'Equation' ? 'Equation Group' : g.name;
  const entry = {
    id: kebab(name),
    name,
    aliases: [],
    kind: actorKind(g.description),
    country: originOf(g.description),
    description: oneLine(g.description),
    source: `MITRE ATT&CK ${g.attack_id}`,
    mitre: true,
  };
  addNames(entry.aliases, [g.name, ...g.aliases, ...(EXTRA_ALIASES[g.name] ?? [])]);
  entry.aliases = entry.aliases.filter((a) => a !== name);
  actors.push(entry);
  index(entry);
}
function mergeCluster(value, synonyms, country, description, source, createIfNew = true) {
  const names = [value, ...(synonyms ?? [])];
  const hits = new Map();
  for (const n of names) for (const e of byName.get(n.toLowerCase()) ?? []) hits.set(e, (hits.get(e) ?? 0) + 1);
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[0];
  if (best) {
    // A cluster spanning several known groups only contributes names that are unambiguous.
    const clean = names.filter((n) => (byName.get(n.toLowerCase()) ?? []).every((e) => e === best));
    addNames(best.aliases, clean.filter((n) => n.toLowerCase() !== best.name.toLowerCase()));
    if (!best.country && country) best.country = country;
    index(best);
    return;
  }
  if (!createIfNew) return;
  const entry = { id: kebab(value), name: value, aliases: [], kind: actorKind(description), country: country ?? '', description: oneLine(description), source };
  addNames(entry.aliases, (synonyms ?? []).filter((s) => s.toLowerCase() !== value.toLowerCase()));
  actors.push(entry);
  index(entry);
}
for (const v of msGroups) {
  const origin = v.meta?.['microsoft-origin-threat'];
  const desc = `Microsoft-tracked threat actor${origin ? ` (origin: ${origin})` : ''}.`;
  mergeCluster(v.value, v.meta?.synonyms, v.meta?.country, desc, 'misp-galaxy microsoft-activity-group');
}
for (const v of mispActors) {
  const m = v.meta ?? {};
  // Only state-linked or widely-named actors: the KB is loaded on article pages and must stay small.
  const notable = (m.country || m['cfr-suspected-state-sponsor']) && ((m.synonyms?.length ?? 0) > 0 || m['cfr-suspected-state-sponsor']);
  mergeCluster(v.value, m.synonyms, m.country, v.description || 'Threat actor tracked by the security community.', 'misp-galaxy threat-actor', Boolean(notable));
}

/** Malware: ATT&CK software (malware, plus a few notable offensive tools). */
const malware = [];
for (const [list, isTool] of [
  [attack.malware, false],
  [attack.tool.filter((t) => TOOL_WHITELIST.has(t.name)), true],
]) {
  for (const s of list) {
    const entry = {
      id: kebab(s.name),
      name: s.name,
      aliases: [],
      kind: malwareKind(s.description, isTool),
      country: '',
      description: oneLine(s.description, 90),
      source: `MITRE ATT&CK ${s.attack_id}`,
    };
    addNames(entry.aliases, [s.name, ...s.aliases]);
    entry.aliases = entry.aliases.filter((a) => a !== s.name);
    malware.push(entry);
  }
}

/**
 * Row: [id, name, aliases, kind, country, description, source, name mark]; marks: ~ ambiguous,
 * ^ qualified, - never. To stay small: id '' when it is the kebab-case name, country '' for
 * 'int', source 'S0066' / 'G0007' for "MITRE ATT&CK S0066".
 */
const MARK = { safe: '', ambiguous: '~', qualified: '^', drop: '-' };
function toRow(e) {
  const aliases = [];
  const all = [e.name, ...e.aliases];
  for (const n of e.aliases) {
    let t = tierOf(n);
    // "Hafnium" beside "HAFNIUM": a vendor code name, good enough in context.
    if (t === 'qualified' && n !== n.toUpperCase() && all.includes(n.toUpperCase())) t = 'ambiguous';
    if (t !== 'drop' && n !== e.name) aliases.push(`${MARK[t]}${n}`);
  }
  const source = e.source.replace(/^MITRE ATT&CK /, '');
  const row = [e.id === kebab(e.name) ? '' : e.id, e.name, aliases, e.kind, e.country === 'int' ? '' : e.country || '', e.description, source];
  const nameMark = MARK[tierOf(e.name)];
  if (nameMark) row.push(nameMark);
  return row;
}

/** `s` made safe inside a template literal: backslashes, backticks and `${` escaped. */
function templateSafe(s) {
  return s.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');
}

function write(file, constName, doc, rows) {
  const header = `/**
 * ${doc}
 * GENERATED by scripts/build-knowledge.mjs: do not edit by hand; edit the script or the
 * hand-written files (which take precedence) instead.
 *
 * Derived from MITRE ATT&CK®. ${mitreNotice ?? '© The MITRE Corporation.'}
 * ATT&CK terms of use: MITRE grants a non-exclusive, royalty-free licence to use ATT&CK for research,
 * development and commercial purposes, provided MITRE's copyright designation and licence are
 * reproduced in any copy (see ../shared/knowledge/mitre-attack/LICENSE.txt). Also derived from
 * misp-galaxy clusters (CC0 / BSD-2-Clause).
 */

/**
 * ${doc}
 * One JSON row a line, in a string: the browser scans a string literal far faster than it
 * compiles and runs an array literal of this size, and JSON.parse runs only when the knowledge
 * base is first used (see ../rows.ts).
 */
export const ${constName}_JSON = \`[
${rows.map((r) => templateSafe(JSON.stringify(r))).join(',\n')}
]\`;
`;
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, file), header);
  console.log(`${file}: ${rows.length} rows, ${header.length} bytes`);
}

const seenIds = new Set();
const uniq = (e) => {
  let id = e.id || kebab(e.name);
  while (seenIds.has(id)) id = `${id}-x`;
  seenIds.add(id);
  return { ...e, id };
};
const actorRows = actors.map(uniq).map(toRow);
write('attack-groups.ts', 'ATTACK_GROUP_ROWS', 'Cyber threat actors: ATT&CK groups merged with Microsoft and MISP names.', actorRows.filter((r) => /^G\d{4}$/.test(r[6])));
write('other-actors.ts', 'OTHER_ACTOR_ROWS', 'Cyber threat actors tracked by Microsoft and MISP that ATT&CK does not list.', actorRows.filter((r) => !/^G\d{4}$/.test(r[6])));
const malwareIds = new Set();
const malwareRows = malware
  .map((e) => {
    let id = e.id;
    if (seenIds.has(id) || malwareIds.has(id)) id = `${id}-malware`;
    malwareIds.add(id);
    return { ...e, id };
  })
  .map(toRow);
write('attack-malware.ts', 'ATTACK_MALWARE_ROWS', 'Malware families and offensive tools from ATT&CK.', malwareRows);
