/**
 * Host names and IP addresses as they appear in threat reports, validated so ordinary prose
 * ("report.pdf", "U.S.", "e.g.", "Node.js", "version 1.2.3.4") is not taken for an indicator.
 * Domains must end in an ICANN public suffix (tldts, public-suffix list).
 */
import { parse } from 'tldts';
import { DOT, isDefanged, refang } from './refang';

/** One DNS label: letters, digits and inner hyphens, at most 63 characters. */
export const LABEL = String.raw`[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?`;
/** A dotted host name (plain or defanged dots), two to thirteen labels. */
export const HOST = String.raw`${LABEL}(?:${DOT}${LABEL}){1,12}`;

/**
 * Suffixes that are real TLDs but far more often file extensions in prose ("payload.zip",
 * "run.sh", "README.md", "libc.so"); accepted only when the writer defanged them.
 */
const FILE_LIKE_TLDS = new Set(['zip', 'mov', 'py', 'sh', 'md', 'so', 'rs', 'cab', 'run', 'exe', 'doc', 'bat']);

/** Product names that look like domains. */
const NOT_DOMAINS = new Set(['asp.net', 'vb.net', 'ado.net']);

/**
 * The lower-cased host name of `written` when it is a registrable domain (or a subdomain of one)
 * under an ICANN public suffix, else null. A capitalised final label ("attacks.It") only counts in
 * an all-capitals host, since it is usually two sentences run together.
 */
export function validDomain(written: string, strictCase = true): string | null {
  // Cheap rejection first: most candidates in prose end in a one-letter or numeric label.
  if (!/[a-z]{2}$/i.test(written)) return null;
  const plain = refang(written);
  const host = plain.toLowerCase();
  if (host.length > 253 || NOT_DOMAINS.has(host)) return null;
  const lastDot = plain.lastIndexOf('.');
  const tldWritten = plain.slice(lastDot + 1);
  const tld = tldWritten.toLowerCase();
  if (!/^(?:[a-z]{2,63}|xn--[a-z\d-]{1,59})$/.test(tld)) return null;
  if (strictCase && tldWritten !== tld && plain !== plain.toUpperCase()) return null;
  if (FILE_LIKE_TLDS.has(tld) && !isDefanged(written)) return null;
  const info = parse(host, { allowPrivateDomains: false });
  if (!info.isIcann || !info.domain || info.isIp) return null;
  return host;
}

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;

/** A dotted-quad IPv4 address, plain or defanged, not inside a longer dotted number. */
export const IPV4 = new RegExp(
  String.raw`(?<![\w.\]-])${OCTET}${DOT}${OCTET}${DOT}${OCTET}${DOT}${OCTET}(?![\w-]|${DOT}\d)`,
  'gi',
);

/** Words before a dotted number that make it a version, not an address. */
const VERSION_BEFORE = /(?:\bversions?|\bver\.?|\bv\.?|\bbuild|\brelease|\bfirmware|\bupdate|\bpatch|\bkernel|\bchrome|\bfirefox|\bwindows|\bios|\bandroid)\s?$/i;

/** Whether the dotted number at `start` reads as a software version ("version 1.2.3.4"). */
export function isVersionAt(text: string, start: number): boolean {
  return VERSION_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** A run of colon-separated hex groups: an IPv6 address candidate, validated by `normaliseIpv6`. */
export const IPV6 = /(?<![\w:.])[\da-f]{0,4}(?::[\da-f]{0,4}){2,7}(?![\w:]|\.\d)/gi;

const HEX_GROUP = /^[\da-f]{1,4}$/i;

/**
 * The RFC 5952 form of an IPv6 address (lower case, leading zeros dropped, the longest zero run
 * compressed to "::"), or null if `s` is not a valid address. Requires a digit, so C++-style
 * "A::B" is not an address.
 */
export function normaliseIpv6(s: string): string | null {
  if (!/\d/.test(s) || s.includes(':::')) return null;
  const halves = s.split('::');
  let groups: string[];
  if (halves.length === 2) {
    const head = halves[0] ? halves[0].split(':') : [];
    const tail = halves[1] ? halves[1].split(':') : [];
    if (head.length + tail.length > 7) return null;
    groups = [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail];
  } else if (halves.length === 1) {
    groups = s.split(':');
    if (groups.length !== 8) return null;
  } else {
    return null;
  }
  if (!groups.every((g) => HEX_GROUP.test(g))) return null;
  const words = groups.map((g) => parseInt(g, 16).toString(16));
  // Longest run of two or more zero groups, the first one on a tie.
  let bestAt = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (words[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === '0') j++;
    if (j - i > bestLen) {
      bestAt = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestAt < 0) return words.join(':');
  return `${words.slice(0, bestAt).join(':')}::${words.slice(bestAt + bestLen).join(':')}`;
}
