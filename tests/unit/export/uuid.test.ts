import { describe, expect, it } from 'vitest';
import { sha1 } from '../../../lib/export/sha1';
import { THREATLIGHT_NAMESPACE, uuidV5 } from '../../../lib/export/uuid-v5';

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['The quick brown fox jumps over the lazy dog', '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12'],
    ['ü€😀', '5b7343c76249f53dc57932af771508f7e109f137'],
    ['a'.repeat(55), 'c1c8bbdc22796e28c0e15163d20899b65621d65a'],
    ['a'.repeat(56), 'c2db330f6083854c99d4b5bfb6e8f29f201be699'],
    ['a'.repeat(64), '0098ba824b5c16427bd7a1122a5a442a25ec644d'],
    ['a'.repeat(1000), '291e9a6c66994949b57ba5e650361e98fc36b1ba'],
  ])('hashes %j like FIPS 180-4', (input, digest) => {
    expect(hex(sha1(utf8(input)))).toBe(digest);
  });
});

describe('uuidV5', () => {
  it('matches RFC 4122 v5 (Python uuid.uuid5) for the DNS and URL namespaces', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('https://threatlight.invalid/ü', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe('2364161c-788f-53b7-add2-01e1d5598cd0');
  });

  it('is stable in the Threatlight namespace and has version 5 and the RFC variant', () => {
    expect(uuidV5('malware:qakbot')).toBe('8afe2f93-8ee2-5665-b58c-4ad9580e3574');
    expect(uuidV5('malware:qakbot', THREATLIGHT_NAMESPACE)).toBe(uuidV5('malware:qakbot'));
    expect(uuidV5('malware:qakbot')).not.toBe(uuidV5('malware:qakbot2'));
    for (const name of ['a', 'report:article-1', '']) expect(uuidV5(name)).toMatch(/^[\da-f]{8}-[\da-f]{4}-5[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
  });

  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/not a UUID/);
  });
});
