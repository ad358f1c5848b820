/**
 * URLs, email addresses and bare domains, plain or defanged, with refanged normalised values.
 */
import type { IndicatorCandidate } from './candidate';
import { HOST, IPV4, normaliseIpv6, validDomain } from './hosts';
import { AT, refang } from './refang';

const SCHEME = String.raw`(?:h(?:tt|xx)ps?|ftps?|fxp|sftp)`;
const SCHEME_SEP = String.raw`(?::\/\/|\[:\]\/\/|\[:\/\/\]|\(:\)\/\/)`;
/** A URL with a (possibly defanged) scheme; the end is trimmed of trailing punctuation in code. */
const URL_RE = new RegExp(String.raw`\b${SCHEME}${SCHEME_SEP}[^\s<>"'\x60{}|\\^“”‘’«»]{1,2048}`, 'gi');

/** An email address; "[@]", "[at]" and defanged dots allowed. */
const EMAIL_RE = new RegExp(String.raw`(?<![\w.+-])([\w.+-]{1,64})${AT}(${HOST})`, 'gi');

/** A bare host name not inside a longer token, an email or a URL. */
const DOMAIN_RE = new RegExp(String.raw`(?<![\w.@/%-]|[^\x00-\x7F])${HOST}`, 'gi');

/** Code, not prose: "this.name = name", "expect(cow.name).to", "json.photos;". */
const CODE_AFTER = /^\s?(?:=(?!=)|;|\)\.)/;
const CODE_RECEIVERS = new Set(['this', 'self', 'window', 'document', 'json', 'obj', 'req', 'res', 'props', 'state', 'options', 'config', 'module', 'exports', 'console', 'math']);

/** Whether a host found in prose is really code or a stock ticker ("0700.HK"). */
function looksLikeNonDomain(written: string, after: string): boolean {
  const firstDot = written.search(/[.[({]/);
  if (CODE_RECEIVERS.has(written.slice(0, firstDot).toLowerCase()) || CODE_AFTER.test(after)) return true;
  return /^\d+\.[A-Z]{2,3}$/.test(written);
}

/** A path right after a bare domain ("evil.com/login.php") makes it a URL. */
const PATH_AFTER = /\/[^\s<>"'`{}|\\^“”‘’«»]{0,2048}/y;

const TRAILING = /[.,;:!?'"*]$/;

/** Every dot of a host name as written, plain or defanged. */
const ANY_DOT = /\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}/gi;

/** A whole string that is an IPv4 address. */
const IPV4_ONLY = new RegExp(`^${IPV4.source}$`, 'i');

/** `url` without trailing sentence punctuation and unbalanced closing brackets. */
function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    if (TRAILING.test(u)) {
      u = u.slice(0, -1);
      continue;
    }
    const last = u.at(-1);
    if (last === ')' && u.split('(').length < u.split(')').length) {
      u = u.slice(0, -1);
      continue;
    }
    if (last === ']' && !u.endsWith('[.]') && u.split('[').length < u.split(']').length) {
      u = u.slice(0, -1);
      continue;
    }
    return u;
  }
}

/** The normalised form of a refanged URL (scheme and host lower-cased), or null if it has no usable host. */
export function normaliseUrl(refanged: string): string | null {
  const sep = refanged.indexOf('://');
  if (sep < 1) return null;
  const scheme = refanged.slice(0, sep).toLowerCase();
  const afterScheme = refanged.slice(sep + 3);
  const authorityEnd = afterScheme.search(/[/?#]/);
  const authority = authorityEnd < 0 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const rest = afterScheme.slice(authority.length);
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = hostPort.startsWith('[') ? hostPort.slice(1, hostPort.indexOf(']')) : hostPort.replace(/:\d{1,5}$/, '');
  const ok =
    host.toLowerCase() === 'localhost' ||
    (host.includes(':') ? normaliseIpv6(host) !== null : IPV4_ONLY.test(host) || validDomain(host, false) !== null);
  if (!ok) return null;
  const lowerAuthority = authority.slice(0, authority.length - hostPort.length) + hostPort.toLowerCase();
  return `${scheme}://${lowerAuthority}${rest}`;
}

function findUrls(text: string, out: IndicatorCandidate[]): void {
  for (const m of text.matchAll(URL_RE)) {
    const written = trimUrl(m[0]);
    const value = normaliseUrl(refang(written));
    if (value) out.push({ start: m.index, end: m.index + written.length, kind: 'url', value });
  }
}

function findEmails(text: string, out: IndicatorCandidate[]): void {
  for (const m of text.matchAll(EMAIL_RE)) {
    const written = m[0];
    const local = refang(m[1] ?? '');
    if (!local || local.startsWith('.') || local.endsWith('.') || local.includes('..')) continue;
    const host = validDomain(m[2] ?? '', false);
    if (!host) continue;
    out.push({ start: m.index, end: m.index + written.length, kind: 'email', value: `${local}@${host}` });
  }
}

/**
 * The longest valid domain at the start of `written`: "evil.com.The" → "evil.com" (a sentence run
 * on without a space).
 */
function longestDomainPrefix(written: string): { length: number; host: string } | null {
  const ends: number[] = [written.length];
  const dotStarts = [...written.matchAll(ANY_DOT)].map((d) => d.index);
  // Run-on sentences add one word ("evil.com.The"), rarely more: try dropping at most two labels.
  for (let i = dotStarts.length - 1; i >= Math.max(1, dotStarts.length - 2); i--) ends.push(dotStarts[i] ?? 0);
  for (const end of ends) {
    const host = validDomain(written.slice(0, end));
    if (host) return { length: end, host };
  }
  return null;
}

function findDomains(text: string, out: IndicatorCandidate[]): void {
  for (const m of text.matchAll(DOMAIN_RE)) {
    const next = text.charAt(m.index + m[0].length);
    if (next === '@' || next === '(') continue;
    const found = longestDomainPrefix(m[0]);
    if (!found || looksLikeNonDomain(m[0].slice(0, found.length), text.slice(m.index + found.length, m.index + found.length + 4))) continue;
    let end = m.index + found.length;
    let value = found.host;
    let kind: IndicatorCandidate['kind'] = 'domain';
    if (found.length === m[0].length) {
      PATH_AFTER.lastIndex = end;
      const path = PATH_AFTER.exec(text);
      const trimmed = path ? trimUrl(path[0]) : '';
      if (trimmed.length > 1) {
        kind = 'url';
        value = `${found.host}${refang(trimmed)}`;
        end += trimmed.length;
      }
    }
    out.push({ start: m.index, end, kind, value });
  }
}

/** URLs, emails and domains in `text`. Candidates may overlap (a domain inside a URL). */
export function findWebIndicators(text: string): IndicatorCandidate[] {
  const out: IndicatorCandidate[] = [];
  findUrls(text, out);
  findEmails(text, out);
  findDomains(text, out);
  return out;
}
