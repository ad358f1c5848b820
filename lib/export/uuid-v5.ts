/**
 * Name-based UUIDs (RFC 4122 §4.3, version 5): the same name always gives the same id, so an
 * object exported twice keeps its id and a threat-intel platform updates it instead of adding a copy.
 */
import { sha1 } from './sha1';

/**
 * Threatlight's own UUID namespace. Fixed forever: changing it would give every exported STIX
 * object a new id and duplicate it in every platform that imported an earlier export.
 */
export const THREATLIGHT_NAMESPACE = 'aef1b691-c068-4a28-87b7-64c37fde2e25';

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
// Namespaces are few: their bytes are parsed once.
const namespaceCache = new Map<string, Uint8Array>();

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** The version-5 UUID of `name` (UTF-8) in `namespace`, lower-case with hyphens. */
export function uuidV5(name: string, namespace: string = THREATLIGHT_NAMESPACE): string {
  let ns = namespaceCache.get(namespace);
  if (!ns) {
    ns = uuidBytes(namespace);
    namespaceCache.set(namespace, ns);
  }
  const nameBytes = encoder.encode(name);
  const input = new Uint8Array(ns.length + nameBytes.length);
  input.set(ns);
  input.set(nameBytes, ns.length);
  const hash = sha1(input).slice(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  let hex = '';
  for (const b of hash) hex += HEX[b] ?? '00';
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
