import { describe, expect, it } from 'vitest';
import { buildStixBundle, exportStix, stixId, THREATLIGHT_IDENTITY_ID, type StixObject } from '../../../lib/export/stix';
import { TLP2_EXTENSION_ID, TLP2_MARKING_IDS } from '../../../lib/export/stix-markings';
import { indicatorPattern, patternString } from '../../../lib/export/stix-patterns';
import { richClippings } from './fixtures';
import { COMPLETE_BUNDLE, OMITTED_FROM_BUNDLE_SCHEMA, SCHEMA_DIR, SCHEMAS_PRESENT, schemaFor, validator, validatorById } from './stix-validator';

function byType(objects: readonly StixObject[], type: string): StixObject[] {
  return objects.filter((o) => o.type === type);
}

function named(objects: readonly StixObject[], type: string, name: string): StixObject {
  const o = objects.find((x) => x.type === type && x.name === name);
  if (!o) throw new Error(`no ${type} named ${name}`);
  return o;
}

// A string literal as the STIX patterning grammar defines it: quotes, with \' and \\ escapes.
const LITERAL = String.raw`'(?:[^'\\]|\\['\\])*'`;
const VALID_PATTERN = new RegExp(
  String.raw`^\[(?:(?:ipv4-addr|ipv6-addr|domain-name|url|email-addr):value|file:hashes\.(?:MD5|'SHA-1'|'SHA-256')) = ${LITERAL}\]$`,
);

describe('STIX patterns', () => {
  it('writes one valid comparison per indicator kind, escaping quotes and backslashes', () => {
    expect(indicatorPattern('ipv4', '1.2.3.4')).toBe("[ipv4-addr:value = '1.2.3.4']");
    expect(indicatorPattern('ipv6', '2001:db8::1')).toBe("[ipv6-addr:value = '2001:db8::1']");
    expect(indicatorPattern('domain', 'evil.example')).toBe("[domain-name:value = 'evil.example']");
    expect(indicatorPattern('email', 'a@b.example')).toBe("[email-addr:value = 'a@b.example']");
    expect(indicatorPattern('md5', 'D41D8CD98F00B204E9800998ECF8427E')).toBe("[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']");
    expect(indicatorPattern('sha1', 'da39a3ee5e6b4b0d3255bfef95601890afd80709')).toBe("[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']");
    expect(indicatorPattern('sha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toBe(
      "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']",
    );
    expect(indicatorPattern('url', "http://x.example/it's/a\\b")).toBe(String.raw`[url:value = 'http://x.example/it\'s/a\\b']`);
    expect(patternString(String.raw`\'`)).toBe(String.raw`'\\\''`);
  });

  it('refuses values that would make an invalid pattern, and kinds that are not observables', () => {
    expect(indicatorPattern('md5', 'xyz')).toBeNull();
    expect(indicatorPattern('ipv4', 'not an ip')).toBeNull();
    expect(indicatorPattern('domain', 'a..b')).toBeNull();
    expect(indicatorPattern('cve', 'CVE-2024-1234')).toBeNull();
    expect(indicatorPattern('attack-technique', 'T1059')).toBeNull();
  });
});

describe('STIX bundle', () => {
  const clippings = richClippings();
  const bundle = buildStixBundle(clippings);
  const objects = bundle.objects;

  it('has the identity, a report per clipping and a note per non-empty note', () => {
    expect(objects[0]?.id).toBe(THREATLIGHT_IDENTITY_ID);
    expect(byType(objects, 'report')).toHaveLength(5);
    expect(byType(objects, 'note')).toHaveLength(3);
    const report = objects.find((o) => o.id === stixId('report', 'report:article-cyber'));
    expect(report).toMatchObject({
      name: 'LockBit: councils hit, "again"\n---\nsecond line',
      published: '2026-01-02T07:30:00.000Z',
      created: '2025-12-29T09:20:00.000Z',
      modified: '2025-12-30T13:06:40.000Z',
      external_references: [{ source_name: 'news.example', url: 'https://news.example/cyber/lockbit-councils?x=1&y=2' }],
      object_marking_refs: [TLP2_MARKING_IDS.amber],
      labels: ['ransomware', 'q3 review', '=SUM(A1)', 'topic:cyber', 'threat-level:severe'],
    });
    const note = objects.find((o) => o.id === stixId('note', 'note:article-cyber'));
    expect(note?.object_refs).toEqual([report?.id]);
    expect(note?.content).toContain('Check with the SOC');
  });

  it('makes cyber actors intrusion sets and terrorist or extremist groups threat actors', () => {
    expect(named(objects, 'intrusion-set', 'LockBit').aliases).toEqual(['LockBit 3.0']);
    expect(named(objects, 'intrusion-set', 'APT29').aliases).toEqual(['Cozy Bear']);
    expect(named(objects, 'threat-actor', 'Islamic State (ISIS)').threat_actor_types).toEqual(['terrorist']);
    expect(named(objects, 'threat-actor', 'National Action').labels).toEqual(['extremist-group']);
    expect(named(objects, 'malware', 'QakBot')).toMatchObject({ is_family: true, malware_types: ['downloader'] });
    expect(named(objects, 'identity', 'National Cyber Security Centre').identity_class).toBe('organization');
  });

  it('has locations by country code, CVEs as vulnerabilities and techniques as attack patterns', () => {
    expect(byType(objects, 'location').map((l) => [l.country, l.name])).toEqual([
      ['FR', 'France'],
      ['GB', 'United Kingdom'],
      ['SY', 'Syria'],
      ['DE', 'Germany'],
    ]);
    expect(named(objects, 'vulnerability', 'CVE-2024-12345').external_references).toEqual([{ source_name: 'cve', external_id: 'CVE-2024-12345' }]);
    expect(named(objects, 'attack-pattern', 'T1566.001').external_references).toEqual([
      { source_name: 'mitre-attack', external_id: 'T1566.001', url: 'https://attack.mitre.org/techniques/T1566/001/' },
    ]);
  });

  it('writes a valid pattern for every indicator', () => {
    const patterns = byType(objects, 'indicator').map((i) => i.pattern as string);
    expect(patterns).toHaveLength(9);
    for (const p of patterns) expect(p).toMatch(VALID_PATTERN);
    expect(patterns).toContain(String.raw`[url:value = 'http://evil-updates.example/it\'s/a\\path']`);
    expect(patterns).toContain("[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']");
    for (const i of byType(objects, 'indicator')) expect(i).toMatchObject({ pattern_type: 'stix', pattern_version: '2.1', valid_from: i.created });
  });

  it('includes the OASIS TLP 2.0 markings it uses, and marks shared objects with the strictest TLP', () => {
    const markings = byType(objects, 'marking-definition');
    expect(markings.map((m) => m.name).sort()).toEqual(['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:CLEAR', 'TLP:RED']);
    expect(markings.find((m) => m.name === 'TLP:RED')).toEqual({
      type: 'marking-definition',
      spec_version: '2.1',
      id: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
      created: '2022-10-01T00:00:00.000Z',
      name: 'TLP:RED',
      extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'red' } },
    });
    // LockBit is in an AMBER and an AMBER+STRICT clipping.
    expect(named(objects, 'intrusion-set', 'LockBit').object_marking_refs).toEqual([TLP2_MARKING_IDS['amber+strict']]);
    const bare = objects.find((o) => o.id === stixId('report', 'report:article-bare'));
    expect(bare?.object_marking_refs).toBeUndefined();
    expect(bare?.object_refs).toEqual([THREATLIGHT_IDENTITY_ID]);
    // Every referenced marking travels with the bundle.
    const ids = new Set(objects.map((o) => o.id));
    for (const o of objects) for (const m of (o.object_marking_refs as string[] | undefined) ?? []) expect(ids.has(m)).toBe(true);
    for (const o of objects) for (const r of (o.object_refs as string[] | undefined) ?? []) expect(ids.has(r)).toBe(true);
  });

  it('gives every object one deterministic id, the same in the next export', () => {
    const ids = objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(exportStix(clippings)).toBe(exportStix(richClippings()));
    // An edited clipping keeps its report id; only `modified` moves on.
    const edited = richClippings().map((c) => (c.id === 'article-cyber' ? { ...c, updatedAt: c.updatedAt + 1000, note: 'new' } : c));
    const again = buildStixBundle(edited).objects;
    const r1 = objects.find((o) => o.id === stixId('report', 'report:article-cyber'));
    const r2 = again.find((o) => o.id === stixId('report', 'report:article-cyber'));
    expect(r2?.modified).not.toBe(r1?.modified);
    expect(again.filter((o) => o.type !== 'bundle').map((o) => o.id).sort()).toEqual([...ids].sort());
  });

  it('writes timestamps with milliseconds and Z', () => {
    for (const o of objects) {
      for (const k of ['created', 'modified', 'published', 'valid_from']) if (k in o) expect(o[k]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it('exports an empty library as a bundle with only the identity', () => {
    const empty = buildStixBundle([]);
    expect(empty.objects.map((o) => o.type)).toEqual(['identity']);
  });
});

if (!SCHEMAS_PRESENT) console.warn(`STIX schema validation skipped: no OASIS schemas at ${SCHEMA_DIR}`);

describe.skipIf(!SCHEMAS_PRESENT)('STIX bundle against the OASIS STIX 2.1 JSON schemas', () => {
  const bundles = {
    rich: buildStixBundle(richClippings()),
    empty: buildStixBundle([]),
    single: buildStixBundle(richClippings().slice(2, 3)),
  };

  it.each(Object.entries(bundles))('every object of the %s bundle is valid against its own type schema', (_name, bundle) => {
    for (const o of bundle.objects) {
      const v = validator(schemaFor(o.type));
      expect(v(o), `${o.id}: ${JSON.stringify(v.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it.each(Object.entries(bundles))('the %s bundle is valid against bundle.json (with the SDOs it omits listed)', (_name, bundle) => {
    const v = validatorById(COMPLETE_BUNDLE);
    expect(v(bundle), JSON.stringify(v.errors?.slice(0, 3))).toBe(true);
  });

  it('catches broken objects (the validation is not vacuous)', () => {
    const good = bundles.rich;
    const broken = (patch: (o: StixObject) => StixObject): unknown => ({ ...good, objects: good.objects.map((o) => (o.type === 'report' ? patch(o) : o)) });
    const v = validatorById(COMPLETE_BUNDLE);
    expect(v(broken((o) => ({ ...o, published: '2026-01-02' })))).toBe(false);
    expect(v(broken((o) => ({ ...o, object_refs: [] })))).toBe(false);
    expect(v(broken((o) => ({ ...o, created: '2026-01-02T00:00:00Z' })))).toBe(false);
    expect(v(broken((o) => ({ ...o, id: 'report--not-a-uuid' })))).toBe(false);
  });

  it('passes the published bundle.json unchanged once the types it omits are set aside', () => {
    const bundle = bundles.rich;
    const listed = { ...bundle, objects: bundle.objects.filter((o) => !OMITTED_FROM_BUNDLE_SCHEMA.includes(o.type)) };
    expect(listed.objects.length).toBeGreaterThan(20);
    const v = validator('common/bundle.json');
    expect(v(listed), JSON.stringify(v.errors?.slice(0, 3))).toBe(true);
  });
});
