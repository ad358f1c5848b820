/**
 * Just enough YAML to write front matter safely: every string double-quoted and escaped, so a
 * title with a colon, a quote, a `#`, a line break or `---` stays one string value.
 */

/** A value front matter may hold: scalars, lists of scalars and nested maps. */
export type YamlValue = string | number | boolean | Date | null | readonly YamlValue[] | { readonly [key: string]: YamlValue };

// Characters JSON leaves raw that YAML must not see raw: DEL, C1 controls (NEL is a line break in
// YAML 1.1), the Unicode line and paragraph separators, and the byte-order mark.
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/** `s` as a YAML double-quoted scalar (JSON escaping is a subset of YAML's). */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(YAML_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Keys are Threatlight's own names (letters, digits, `_` and `-`); anything else is quoted.
const PLAIN_KEY = /^[a-z][\w-]*$/i;

function yamlKey(k: string): string {
  return PLAIN_KEY.test(k) ? k : yamlString(k);
}

function scalar(v: string | number | boolean | Date | null): string {
  if (v === null) return 'null';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return yamlString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  return v ? 'true' : 'false';
}

function lines(value: YamlValue, indent: string, out: string[], key: string): void {
  if (Array.isArray(value)) {
    const list = value as readonly YamlValue[];
    if (list.length === 0) {
      out.push(`${indent}${key}: []`);
      return;
    }
    out.push(`${indent}${key}:`);
    for (const item of list) {
      // Lists here hold scalars only; a nested structure is written inline as JSON, which is YAML.
      out.push(`${indent}  - ${isScalar(item) ? scalar(item) : yamlString(JSON.stringify(item))}`);
    }
    return;
  }
  if (isScalar(value)) {
    out.push(`${indent}${key}: ${scalar(value)}`);
    return;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) {
    out.push(`${indent}${key}: {}`);
    return;
  }
  out.push(`${indent}${key}:`);
  for (const [k, v] of entries) lines(v, `${indent}  `, out, yamlKey(k));
}

function isScalar(v: YamlValue): v is string | number | boolean | Date | null {
  return v === null || v instanceof Date || typeof v !== 'object';
}

/** A front-matter block (`---` … `---`) for `fields`, in their order; undefined fields are left out. */
export function frontMatter(fields: Readonly<Record<string, YamlValue | undefined>>): string {
  const out = ['---'];
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) lines(v, '', out, yamlKey(k));
  out.push('---');
  return `${out.join('\n')}\n`;
}
