/**
 * The knowledge base: every agency, threat actor and malware family Threatlight knows, in one
 * place, with the source of each fact (DESIGN.md §4). Assembled lazily on first use.
 */
import { UK_AGENCIES } from './agencies-uk';
import { US_AGENCIES } from './agencies-us';
import { EU_AGENCIES, EUROPEAN_AGENCIES } from './agencies-europe';
import { ADVERSARY_STATE_AGENCIES, FIVE_EYES_AGENCIES } from './agencies-world';
import { GENERIC_AGENCIES, INTERNATIONAL_AGENCIES, REGIONAL_AGENCIES } from './agencies-intl';
import { nationalForceEntry } from './national-forces';
import { JIHADIST_GROUPS } from './groups-jihadist';
import { MIDDLE_EAST_GROUPS, OTHER_GROUPS } from './groups-other';
import { CYBERCRIME_AND_HACKTIVISTS, RANSOMWARE_GANGS } from './cyber-gangs';
import { NOTABLE_MALWARE } from './malware-notable';
import { MORE_MALWARE } from './malware-more';
import { ATTACK_GROUP_ROWS_JSON } from './generated/attack-groups';
import { OTHER_ACTOR_ROWS_JSON } from './generated/other-actors';
import { ATTACK_MALWARE_ROWS_JSON } from './generated/attack-malware';
import { entriesFromRows, parseRows } from './rows';
import type { KnowledgeCategory, KnowledgeEntry } from './types';

export type { KnowledgeCategory, KnowledgeEntry } from './types';

/** An entry with the names the recognizers should look for, split by how strictly they match. */
export interface MatchableEntry {
  entry: KnowledgeEntry;
  /** Names matched wherever they occur (under the gazetteer's default case rule unless `exactCase`). */
  names: string[];
  /** Names among `names` that must match case exactly because a generic term is spelt the same. */
  exactCase: string[];
  /** Names matched only as written and near topic words. */
  ambiguous: string[];
  /** Names matched only beside a qualifier word. */
  qualified: string[];
}

interface Assembled {
  byId: Map<string, KnowledgeEntry>;
  matchable: Map<KnowledgeCategory, MatchableEntry[]>;
}

let assembled: Assembled | undefined;

const key = (name: string): string => name.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

function assemble(): Assembled {
  const hand: KnowledgeEntry[] = [
    ...UK_AGENCIES,
    ...US_AGENCIES,
    ...EU_AGENCIES,
    ...EUROPEAN_AGENCIES,
    ...FIVE_EYES_AGENCIES,
    ...ADVERSARY_STATE_AGENCIES,
    ...INTERNATIONAL_AGENCIES,
    ...REGIONAL_AGENCIES,
    ...JIHADIST_GROUPS,
    ...MIDDLE_EAST_GROUPS,
    ...OTHER_GROUPS,
    ...RANSOMWARE_GANGS,
    ...CYBERCRIME_AND_HACKTIVISTS,
    ...NOTABLE_MALWARE,
    ...MORE_MALWARE,
  ];
  const generic: KnowledgeEntry[] = [...GENERIC_AGENCIES];
  const generated: KnowledgeEntry[] = [
    ...entriesFromRows('threat-actor', parseRows(ATTACK_GROUP_ROWS_JSON)),
    ...entriesFromRows('threat-actor', parseRows(OTHER_ACTOR_ROWS_JSON)),
    ...entriesFromRows('malware', parseRows(ATTACK_MALWARE_ROWS_JSON)),
  ];

  const byId = new Map<string, KnowledgeEntry>();
  const matchable = new Map<KnowledgeCategory, MatchableEntry[]>();
  /** Which entry first claimed a name: hand-written data wins over generated data, across categories. */
  const claimed = new Map<string, string>();
  const genericNames = new Set(generic.flatMap((e) => [e.name, ...e.aliases].map(key)));

  const add = (original: KnowledgeEntry, claims: boolean): void => {
    let entry = original;
    const existing = byId.get(entry.id);
    if (existing && existing.category === entry.category) {
      // Same thing from a second source: its extra names join the first entry.
      const known = new Set([existing.name, ...existing.aliases].map(key));
      const extra = entry.aliases.filter((a) => !known.has(key(a)) && !claimed.has(key(a)));
      const merged: KnowledgeEntry = {
        ...existing,
        aliases: [...existing.aliases, ...extra],
        ambiguous: [...(existing.ambiguous ?? []), ...(entry.ambiguous ?? []).filter((a) => extra.includes(a))],
        qualified: [...(existing.qualified ?? []), ...(entry.qualified ?? []).filter((a) => extra.includes(a))],
      };
      byId.set(merged.id, merged);
      const list = matchable.get(merged.category) ?? [];
      const i = list.findIndex((m) => m.entry.id === merged.id);
      if (i >= 0) list[i] = matchableOf(merged, claimed, genericNames, true);
      return;
    }
    if (existing) entry = { ...entry, id: `${entry.id}-${entry.category}` };
    byId.set(entry.id, entry);
    const m = matchableOf(entry, claimed, genericNames, claims);
    const list = matchable.get(entry.category) ?? [];
    list.push(m);
    matchable.set(entry.category, list);
  };
  for (const e of hand) add(e, true);
  for (const e of generic) add(e, false);
  for (const e of generated) add(e, true);
  return { byId, matchable };
}

function matchableOf(entry: KnowledgeEntry, claimed: Map<string, string>, genericNames: Set<string>, claims: boolean): MatchableEntry {
  const ambiguous = new Set((entry.ambiguous ?? []).map(key));
  const qualified = new Set((entry.qualified ?? []).map(key));
  const out: MatchableEntry = { entry, names: [], exactCase: [], ambiguous: [], qualified: [] };
  const candidates = entry.name.includes('(') ? entry.aliases : [entry.name, ...entry.aliases];
  const seen = new Set<string>();
  for (const name of candidates) {
    const k = key(name);
    if (claims) {
      // Generic terms ("security service") never claim and are never blocked: case tells them apart.
      const owner = claimed.get(k);
      if (owner !== undefined && owner !== entry.id) continue;
      claimed.set(k, entry.id);
    }
    if (seen.has(name)) continue;
    seen.add(name);
    if (qualified.has(k)) out.qualified.push(name);
    else if (ambiguous.has(k)) out.ambiguous.push(name);
    else {
      out.names.push(name);
      if (claims && genericNames.has(k)) out.exactCase.push(name);
    }
  }
  return out;
}

function kb(): Assembled {
  assembled ??= assemble();
  return assembled;
}

/** The knowledge entry with this id (for the hover card), if there is one. */
export function lookupKnowledge(id: string): KnowledgeEntry | undefined {
  return kb().byId.get(id) ?? nationalForceEntry(id);
}

/** Every entry of one category, with the names to match it by, in precedence order. */
export function matchableEntries(category: KnowledgeCategory): readonly MatchableEntry[] {
  return kb().matchable.get(category) ?? [];
}

/** Every knowledge entry (all categories). */
export function allKnowledge(): KnowledgeEntry[] {
  return [...kb().byId.values()];
}
