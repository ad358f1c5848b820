/**
 * Indicators that are single tokens: CVE ids, MD5/SHA-1/SHA-256 hashes, MITRE ATT&CK technique
 * ids, and IPv4/IPv6 addresses.
 */
import type { IndicatorCandidate, IndicatorKind } from './candidate';
import { IPV4, IPV6, isVersionAt, normaliseIpv6 } from './hosts';
import { refang } from './refang';

/** "CVE-2024-12345", "cve 2021-44228", with any dash the page used. */
const CVE = /(?<![\w-])CVE[-‑–—\s]?((?:19|20)\d{2})[-‑–—](\d{4,7})(?!\d)/gi;

/** A run of 32 to 64 hex digits standing alone; its length says which hash it is. */
const HEX = /(?<![\w$])[\da-f]{32,64}(?![\w$])/gi;
const HASH_KINDS: Readonly<Record<number, IndicatorKind>> = { 32: 'md5', 40: 'sha1', 64: 'sha256' };

/** "T1059", "T1059.001": Enterprise (T1xxx) and ICS (T0xxx) technique ids, capital T only. */
const TECHNIQUE = /(?<![\w.])T[01]\d{3}(?:\.\d{3})?(?![\w.]?\d)/g;

function findCves(text: string, out: IndicatorCandidate[]): void {
  for (const m of text.matchAll(CVE)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'cve', value: `CVE-${m[1] ?? ''}-${m[2] ?? ''}` });
  }
}

function findHashes(text: string, out: IndicatorCandidate[]): void {
  for (const m of text.matchAll(HEX)) {
    const hex = m[0];
    const kind = HASH_KINDS[hex.length];
    // Hashes are written in one case and mix digits and letters; "deadbeef..." words and long
    // numbers are not hashes.
    if (!kind || !/\d/.test(hex) || !/[a-f]/i.test(hex)) continue;
    if (/[a-f]/.test(hex) && /[A-F]/.test(hex)) continue;
    out.push({ start: m.index, end: m.index + hex.length, kind, value: hex.toLowerCase() });
  }
}

function findTechniques(text: string, out: IndicatorCandidate[]): void {
  for (const m of text.matchAll(TECHNIQUE)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'attack-technique', value: m[0] });
  }
}

function findIps(text: string, out: IndicatorCandidate[]): void {
  for (const m of text.matchAll(IPV4)) {
    if (isVersionAt(text, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ipv4', value: refang(m[0]) });
  }
  for (const m of text.matchAll(IPV6)) {
    const value = normaliseIpv6(m[0]);
    if (value) out.push({ start: m.index, end: m.index + m[0].length, kind: 'ipv6', value });
  }
}

/** CVE ids, hashes, ATT&CK technique ids and IP addresses in `text`. */
export function findTokenIndicators(text: string): IndicatorCandidate[] {
  const out: IndicatorCandidate[] = [];
  findCves(text, out);
  findHashes(text, out);
  findTechniques(text, out);
  findIps(text, out);
  return out;
}
