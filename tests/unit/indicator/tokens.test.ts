import { describe, expect, it } from 'vitest';
import { indicatorRecognizer } from '../../../lib/entities/recognizers/indicator';
import { normaliseIpv6 } from '../../../lib/entities/indicators/hosts';

const kv = (text: string) => indicatorRecognizer.recognize(text).map((e) => [e.kind, e.value]);

describe('CVE ids', () => {
  it('finds CVE ids with offsets and normalises case and dashes', () => {
    const text = 'Patch cve-2021-44228 and CVE–2023–4966 today.';
    const found = indicatorRecognizer.recognize(text);
    expect(found.map((e) => [e.text, e.value, e.id])).toEqual([
      ['cve-2021-44228', 'CVE-2021-44228', 'cve-2021-44228'],
      ['CVE–2023–4966', 'CVE-2023-4966', 'cve-2023-4966'],
    ]);
    expect(found[0]?.start).toBe(6);
    expect(found[0]?.end).toBe(20);
  });

  it('accepts long sequence numbers and rejects malformed ids', () => {
    expect(kv('CVE-2024-1234567 is fine; CVE-24-1234 and CVE-2024-123 are not.')).toEqual([['cve', 'CVE-2024-1234567']]);
  });
});

describe('hashes', () => {
  it('tells MD5, SHA-1 and SHA-256 apart by length and lower-cases them', () => {
    expect(
      kv(
        'Samples: D41D8CD98F00B204E9800998ECF8427E, da39a3ee5e6b4b0d3255bfef95601890afd80709 and e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.',
      ),
    ).toEqual([
      ['md5', 'd41d8cd98f00b204e9800998ecf8427e'],
      ['sha1', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
      ['sha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ]);
  });

  it('rejects other lengths, hex inside words, mixed case and digit-only runs', () => {
    const sha512ish = 'ab'.repeat(64);
    expect(kv(`x${'a1'.repeat(16)} ${'a1'.repeat(17)} ${sha512ish} ${'1'.repeat(32)} aB${'c1'.repeat(15)}`)).toEqual([]);
  });
});

describe('ATT&CK technique ids', () => {
  it('finds techniques and sub-techniques with a capital T', () => {
    expect(kv('They used T1059.001 (PowerShell) and T1566, not t1059 or T12345.')).toEqual([
      ['attack-technique', 'T1059.001'],
      ['attack-technique', 'T1566'],
    ]);
  });
});

describe('IP addresses', () => {
  it('finds IPv4 addresses, plain and defanged, refanging the value', () => {
    const text = 'C2 servers at 192.168[.]10.5 and 8.8.8.8:53 were seen.';
    const found = indicatorRecognizer.recognize(text);
    expect(found.map((e) => [e.text, e.kind, e.value])).toEqual([
      ['192.168[.]10.5', 'ipv4', '192.168.10.5'],
      ['8.8.8.8', 'ipv4', '8.8.8.8'],
    ]);
    expect(found[0]?.start).toBe(text.indexOf('192'));
  });

  it('rejects invalid octets, longer dotted numbers and versions', () => {
    expect(kv('Values 256.1.1.1, 1.2.3.4.5, version 1.2.3.4, Chrome 120.0.6099.109 and v1.2.3.4.')).toEqual([]);
  });

  it('finds IPv6 addresses and normalises them (RFC 5952)', () => {
    expect(kv('Seen from 2001:0DB8:0000:0000:0000:ff00:0042:8329 and fe80::1.')).toEqual([
      ['ipv6', '2001:db8::ff00:42:8329'],
      ['ipv6', 'fe80::1'],
    ]);
  });

  it('does not take times, MAC addresses or C++ scopes for IPv6', () => {
    expect(kv('At 12:30:45 the MAC 00:1A:2B:3C:4D:5E called std::vector and A::B.')).toEqual([]);
  });

  it('validates IPv6 strings', () => {
    expect(normaliseIpv6('1:2:3:4:5:6:7:8')).toBe('1:2:3:4:5:6:7:8');
    expect(normaliseIpv6('1:0:0:2:0:0:0:3')).toBe('1:0:0:2::3');
    expect(normaliseIpv6('1::2::3')).toBeNull();
    expect(normaliseIpv6('1:2:3')).toBeNull();
    expect(normaliseIpv6('12345::1')).toBeNull();
  });
});

describe('a report paragraph', () => {
  it('finds every indicator once, longest first, with refanged values', () => {
    const text =
      'The dropper (SHA256: 24d004a104d4d54034dbcffc2a4b19a11f39008a575aa614ea04703480b1022c) exploits CVE-2019-0708, ' +
      'mails from support@micros0ft-security[.]com link to hxxp://login-micros0ft[.]com/verify and beacon to 185.130.5.253 ' +
      'using T1566.001; see kaspersky.com for details.';
    const found = indicatorRecognizer.recognize(text);
    expect(found.map((e) => [e.kind, e.value])).toEqual([
      ['sha256', '24d004a104d4d54034dbcffc2a4b19a11f39008a575aa614ea04703480b1022c'],
      ['cve', 'CVE-2019-0708'],
      ['email', 'support@micros0ft-security.com'],
      ['url', 'http://login-micros0ft.com/verify'],
      ['ipv4', '185.130.5.253'],
      ['attack-technique', 'T1566.001'],
      ['domain', 'kaspersky.com'],
    ]);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
