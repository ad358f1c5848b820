/**
 * The OASIS STIX 2.1 JSON schemas (draft 2020-12) loaded into ajv, when ../shared is present.
 * Every schema file is added so the relative $refs resolve against their $ids.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/** Where the schemas live: the shared folder beside the project, or `STIX_SCHEMA_DIR`. */
export const SCHEMA_DIR = process.env.STIX_SCHEMA_DIR ?? resolve(import.meta.dirname, '../../../../shared/schemas/stix2.1');

/** Whether the schemas are available (they are not shipped with the project). */
export const SCHEMAS_PRESENT = existsSync(join(SCHEMA_DIR, 'common', 'bundle.json'));

const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/**
 * STIX 2.1 object types the published bundle.json leaves out of its list. They then fall to its
 * custom-object branch, whose `oneOf` [core, cyber-observable-core] both match any SDO, so a
 * bundle holding a location or note can never pass it (the same class of omission as upstream
 * issue oasis-open/cti-stix2-json-schemas#133, fixed there for infrastructure only).
 */
export const OMITTED_FROM_BUNDLE_SCHEMA = ['grouping', 'incident', 'location', 'note', 'opinion'];

/** The id of bundle.json with the omitted types added to its list (built in memory, nothing on disk changes). */
export const COMPLETE_BUNDLE = `${BASE}common/bundle-complete.json`;

interface BundleSchema {
  $id: string;
  properties: { objects: { items: { anyOf: [{ oneOf: { $ref: string }[] }, unknown] } } };
}

let ajv: Ajv2020 | null = null;

function load(): Ajv2020 {
  if (ajv) return ajv;
  const a = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(a);
  // ajv-formats has no idn-hostname; only observables (not exported) use it.
  a.addFormat('idn-hostname', true);
  for (const f of files(SCHEMA_DIR)) {
    const schema = JSON.parse(readFileSync(f, 'utf8')) as object;
    a.addSchema(schema);
    if (f.endsWith(join('common', 'bundle.json'))) {
      const complete = structuredClone(schema) as BundleSchema;
      complete.$id = COMPLETE_BUNDLE;
      complete.properties.objects.items.anyOf[0].oneOf.push(...OMITTED_FROM_BUNDLE_SCHEMA.map((t) => ({ $ref: `../sdos/${t}.json` })));
      a.addSchema(complete);
    }
  }
  ajv = a;
  return a;
}

/** The validator of a schema by its full $id. */
export function validatorById(id: string): ValidateFunction {
  const v = load().getSchema(id);
  if (!v) throw new Error(`schema not loaded: ${id}`);
  return v;
}

/** The validator of one schema, by its path under the schema folder (e.g. `common/bundle.json`). */
export function validator(relative: string): ValidateFunction {
  const v = load().getSchema(BASE + relative);
  if (!v) throw new Error(`schema not loaded: ${relative}`);
  return v;
}

/** The schema file each STIX object type is checked against. */
export function schemaFor(type: string): string {
  if (type === 'marking-definition') return 'common/marking-definition.json';
  if (type === 'relationship' || type === 'sighting') return `sros/${type}.json`;
  return `sdos/${type}.json`;
}
