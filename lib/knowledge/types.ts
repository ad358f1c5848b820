/**
 * The shape of the knowledge base: what Threatlight knows about agencies, threat actors and
 * malware, with where each fact comes from (DESIGN.md §4).
 */

/** Which entity type an entry is recognised as. */
export type KnowledgeCategory = 'agency' | 'threat-actor' | 'malware';

/** One known body, group or malware family. */
export interface KnowledgeEntry {
  /** Stable kebab-case id, used as the entity id and to look the entry up for the hover card. */
  id: string;
  /** Display name for the hover card. */
  name: string;
  /** Other names and abbreviations it is written as. */
  aliases: readonly string[];
  category: KnowledgeCategory;
  /**
   * What sort of thing it is: agencies `intelligence`, `security-service`, `police`, `military`,
   * `ministry`, `cyber-defence`, `cert`, `border`, `counter-terrorism`, `law-enforcement`,
   * `international`, `generic`...; actors `terrorist-group`, `extremist-group`, `militant-group`,
   * `apt`, `cybercrime`, `ransomware-gang`, `hacktivist`; malware `ransomware`, `trojan`, `wiper`...
   */
  kind: string;
  /** ISO 3166-1 alpha-2 code (upper case) of the country it belongs to or is attributed to, `EU`, or `int`. */
  country: string;
  /** One line for the hover card. */
  description: string;
  /** Where the facts come from, e.g. `wikipedia`, `gov.uk proscribed list`, `MITRE ATT&CK G0007`. */
  source: string;
  /** Governments that list a terrorist group: `GB` (proscribed), `US` (FTO), `EU` (EU terrorist list), `UN`. */
  proscribed?: readonly string[];
  /** Names that are also ordinary words: matched only as written (case) and near topic words. */
  ambiguous?: readonly string[];
  /** Names that are very common words: matched only right beside a qualifier ("Play ransomware", "the Hive gang"). */
  qualified?: readonly string[];
}

/** Optional facts that only some rows have. */
export type RowExtra = Partial<Pick<KnowledgeEntry, 'proscribed' | 'ambiguous' | 'qualified' | 'source' | 'country'>>;

/** A compact row for hand-written data: [id, name, aliases, kind, description, extra facts]. */
export type Row = readonly [
  id: string,
  name: string,
  aliases: readonly string[],
  kind: string,
  description: string,
  extra?: RowExtra,
];

/** Hand-written rows of one country (or `int`/`EU`) and one source, turned into entries. */
export function defineEntries(
  category: KnowledgeCategory,
  country: string,
  source: string,
  rows: readonly Row[],
): KnowledgeEntry[] {
  return rows.map(([id, name, aliases, kind, description, extra]) => ({
    id,
    name,
    aliases,
    category,
    kind,
    country,
    description,
    source,
    ...extra,
  }));
}
