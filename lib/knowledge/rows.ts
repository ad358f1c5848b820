/**
 * The compact row format of the generated knowledge files, and its conversion to entries.
 */
import type { KnowledgeCategory, KnowledgeEntry } from './types';

/**
 * [id, name, aliases, kind, country, description, source, name mark?]. An alias or the name mark
 * starting with `~` is ambiguous (matched in context), `^` qualified (beside a qualifier word);
 * a name mark `-` (a stop-listed word) is treated like `^`. To keep the data small an empty id
 * means the kebab-case name, an empty country `int`, and a bare `S0066`/`G0007` source an
 * ATT&CK id.
 */
export type GeneratedRow =
  | readonly [string, string, readonly string[], string, string, string, string]
  | readonly [string, string, readonly string[], string, string, string, string, string];

/** The kebab-case id of a name, as scripts/build-knowledge.mjs makes it. */
export function kebabId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\$/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The rows of a generated file, which ships them as one JSON string (far cheaper for a browser to
 * load than the same array written as code). A malformed string is a build bug: it throws.
 */
export function parseRows(json: string): GeneratedRow[] {
  return JSON.parse(json) as GeneratedRow[];
}

const ATTACK_ID_RE = /^[CGS]\d{4}$/;

/** Generated rows as knowledge entries of one category. */
export function entriesFromRows(category: KnowledgeCategory, rows: readonly GeneratedRow[]): KnowledgeEntry[] {
  return rows.map((r) => {
    const aliases: string[] = [];
    const ambiguous: string[] = [];
    const qualified: string[] = [];
    const sort = (marked: string, plain: string): void => {
      if (marked.startsWith('~')) ambiguous.push(plain);
      else if (marked.startsWith('^')) qualified.push(plain);
    };
    for (const a of r[2]) {
      const plain = a.replace(/^[~^]/, '');
      aliases.push(plain);
      sort(a, plain);
    }
    const mark = r.length === 8 ? r[7] : '';
    sort(mark === '-' ? '^' : mark, r[1]);
    const entry: KnowledgeEntry = {
      id: r[0] || kebabId(r[1]),
      name: r[1],
      aliases,
      category,
      kind: r[3],
      country: r[4] || 'int',
      description: r[5],
      source: ATTACK_ID_RE.test(r[6]) ? `MITRE ATT&CK ${r[6]}` : r[6],
    };
    if (ambiguous.length) entry.ambiguous = ambiguous;
    if (qualified.length) entry.qualified = qualified;
    return entry;
  });
}
