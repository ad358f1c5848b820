/**
 * Which STIX 2.1 object each recognised entity becomes, and under which stable key (the key
 * names the object across exports: the same actor, CVE or IP always gets the same id).
 */
import type { Entity, EntityOf } from '../entities/types';
import { indicatorPattern } from './stix-patterns';

/** The STIX object types entities become. */
export type EntityStixType = 'threat-actor' | 'intrusion-set' | 'malware' | 'location' | 'indicator' | 'vulnerability' | 'attack-pattern' | 'identity';

/** An entity's STIX object before the bundle adds ids, times, author and markings. */
export interface StixDraft {
  type: EntityStixType;
  /** Stable name of the object, hashed into its UUIDv5 id. */
  key: string;
  props: Record<string, unknown>;
}

/** Actor kinds that are cyber operations: STIX models them as intrusion sets, not as the people behind them. */
const CYBER_ACTOR_KINDS: ReadonlySet<string> = new Set(['apt', 'cybercrime', 'ransomware-gang', 'hacktivist']);

/** threat-actor-type-ov values for the actor kinds that have a clear one. */
const ACTOR_TYPES: Readonly<Record<string, string>> = {
  'terrorist-group': 'terrorist',
  'criminal-organisation': 'crime-syndicate',
};

/** malware-type-ov values for the knowledge base's malware kinds. */
const MALWARE_TYPES: Readonly<Record<string, string>> = {
  backdoor: 'backdoor',
  botnet: 'bot',
  infostealer: 'spyware',
  loader: 'downloader',
  miner: 'resource-exploitation',
  ransomware: 'ransomware',
  rat: 'remote-access-trojan',
  rootkit: 'rootkit',
  spyware: 'spyware',
  trojan: 'trojan',
  wiper: 'wiper',
  worm: 'worm',
};

const CVE_ID = /^CVE-\d{4}-(?:0\d{3}|[1-9]\d{3,})$/;
const TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/;

let regionNames: Intl.DisplayNames | null | undefined;

/** The English name of a country code ("FR" → "France"), or the code when unknown. */
export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** How an entity is identified across clippings: its knowledge-base id, or its text folded to lower case. */
function identity(e: Entity): string {
  return e.id ?? `name:${e.text.trim().toLowerCase()}`;
}

function named(e: Entity): string {
  return (e.name ?? e.text).trim() || e.text;
}

function actorDraft(e: EntityOf<'threat-actor'>): StixDraft {
  const name = named(e);
  const aliases = [...new Set((e.aliases ?? []).filter((a) => a && a !== name))];
  const common = { name, ...(aliases.length ? { aliases } : {}), ...(e.kind ? { labels: [e.kind] } : {}) };
  if (e.kind && CYBER_ACTOR_KINDS.has(e.kind)) return { type: 'intrusion-set', key: `intrusion-set:${identity(e)}`, props: common };
  const actorType = e.kind ? ACTOR_TYPES[e.kind] : undefined;
  return { type: 'threat-actor', key: `threat-actor:${identity(e)}`, props: { ...common, ...(actorType ? { threat_actor_types: [actorType] } : {}) } };
}

function indicatorDraft(e: EntityOf<'indicator'>): StixDraft | null {
  const value = e.value.trim();
  if (e.kind === 'cve') {
    const id = value.toUpperCase();
    if (!CVE_ID.test(id)) return null;
    return { type: 'vulnerability', key: `vulnerability:${id}`, props: { name: id, external_references: [{ source_name: 'cve', external_id: id }] } };
  }
  if (e.kind === 'attack-technique') {
    const id = value.toUpperCase();
    if (!TECHNIQUE_ID.test(id)) return null;
    const url = `https://attack.mitre.org/techniques/${id.replace('.', '/')}/`;
    return { type: 'attack-pattern', key: `attack-pattern:${id}`, props: { name: id, external_references: [{ source_name: 'mitre-attack', external_id: id, url }] } };
  }
  const pattern = indicatorPattern(e.kind, value);
  if (!pattern) return null;
  return {
    type: 'indicator',
    key: `indicator:${pattern}`,
    props: { name: value, indicator_types: ['unknown'], pattern, pattern_type: 'stix', pattern_version: '2.1' },
  };
}

/** The STIX object an entity becomes, or null for entities STIX has no object for (statistics, people, levels…). */
export function entityDraft(e: Entity): StixDraft | null {
  // A nameless object would be refused by most platforms.
  if (!named(e).trim()) return null;
  switch (e.type) {
    case 'threat-actor':
      return actorDraft(e);
    case 'malware': {
      const malwareType = e.kind ? MALWARE_TYPES[e.kind] : undefined;
      return {
        type: 'malware',
        key: `malware:${identity(e)}`,
        props: { name: named(e), is_family: true, ...(malwareType ? { malware_types: [malwareType] } : {}) },
      };
    }
    case 'location': {
      const code = e.countryCode?.toUpperCase();
      if (!code || !/^[A-Z]{2}$/.test(code)) return null;
      return { type: 'location', key: `location:country:${code}`, props: { name: countryName(code), country: code } };
    }
    case 'agency':
      return {
        type: 'identity',
        key: `identity:agency:${identity(e)}`,
        props: { name: named(e), identity_class: 'organization', ...(e.kind ? { labels: [e.kind] } : {}) },
      };
    case 'indicator':
      return indicatorDraft(e);
    default:
      return null;
  }
}
