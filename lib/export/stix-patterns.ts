/**
 * STIX 2.1 patterns for the indicators Threatlight finds: one comparison per indicator, with
 * string literals escaped as the patterning grammar requires (`\'` and `\\`).
 */
import type { EntityOf } from '../entities/types';

type IndicatorKind = EntityOf<'indicator'>['kind'];

/** `value` as a STIX pattern string literal, quotes included. */
export function patternString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

// The object path each network indicator compares, and the check its value must pass first:
// a malformed value would make an invalid pattern, which is worse than no indicator.
const VALUE_PATHS: Partial<Record<IndicatorKind, { path: string; valid: RegExp }>> = {
  ipv4: { path: 'ipv4-addr:value', valid: /^(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?$/ },
  ipv6: { path: 'ipv6-addr:value', valid: /^[\da-f:.]+(?:\/\d{1,3})?$/i },
  domain: { path: 'domain-name:value', valid: /^[^\s/@.]+(?:\.[^\s/@.]+)+$/ },
  url: { path: 'url:value', valid: /^[a-z][\w+.-]*:\S+$/i },
  email: { path: 'email-addr:value', valid: /^[^\s@]+@[^\s@]+$/ },
};

// File hashes by kind: the hashing-algorithm vocabulary names (quoted where they hold a `-`).
const HASHES: Partial<Record<IndicatorKind, { path: string; valid: RegExp }>> = {
  md5: { path: 'file:hashes.MD5', valid: /^[\da-f]{32}$/i },
  sha1: { path: "file:hashes.'SHA-1'", valid: /^[\da-f]{40}$/i },
  sha256: { path: "file:hashes.'SHA-256'", valid: /^[\da-f]{64}$/i },
};

/** The STIX pattern that matches this indicator, or null for kinds that are not observables (CVEs, techniques) or malformed values. */
export function indicatorPattern(kind: IndicatorKind, value: string): string | null {
  const v = value.trim();
  const hash = HASHES[kind];
  if (hash) {
    return hash.valid.test(v) ? `[${hash.path} = ${patternString(v.toLowerCase())}]` : null;
  }
  const net = VALUE_PATHS[kind];
  if (!net || !net.valid.test(v)) return null;
  return `[${net.path} = ${patternString(v)}]`;
}
