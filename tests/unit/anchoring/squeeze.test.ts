/**
 * `squeeze` (the alignment's whitespace-free text) against the per-character implementation it
 * replaced: the same characters and positions on random strings of every whitespace it drops,
 * whitespace it keeps, surrogate pairs and lone surrogates.
 */
import { describe, expect, it } from 'vitest';
import { alignTexts, squeeze } from '../../../lib/anchoring/align';
import { prng } from '../hostile/mutate';

/** The implementation before: one string pushed per kept character. */
function squeezeBefore(s: string): { chars: string; pos: Int32Array } {
  const pos = new Int32Array(s.length);
  let out = '';
  let n = 0;
  const chunk: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x200b || c === 0xfeff || c === 0x2028 || c === 0x2029) continue;
    chunk.push(s[i] ?? '');
    pos[n++] = i;
    if (chunk.length >= 4096) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  out += chunk.join('');
  return { chars: out, pos: pos.subarray(0, n) };
}

// Dropped: space, \t \n \v \f \r, NBSP, ZWSP, BOM, LS, PS. Kept: other Unicode spaces (NEL,
// ogham, en/em spaces, ideographic), surrogates whole and alone, letters and punctuation.
const DROPPED = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u200b', '\ufeff', '\u2028', '\u2029'];
const KEPT = ['\u0085', '\u1680', '\u2002', '\u2003', '\u3000', '\u{1f512}', '\ud800', '\udfff', 'é', 'M', 'I', '5', '.', '-'];

function randomText(rand: () => number, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = rand();
    const from = r < 0.3 ? DROPPED : r < 0.45 ? KEPT : null;
    parts.push(from ? (from[Math.floor(rand() * from.length)] ?? ' ') : String.fromCharCode(97 + Math.floor(rand() * 26)));
  }
  return parts.join('');
}

describe('squeeze', () => {
  it('gives the same characters and positions as the per-character implementation', () => {
    const rand = prng(20240611);
    // Up to the length of a long article page.
    for (const length of [0, 1, 2, 7, 100, 5_000, 20_000, 40_000]) {
      for (let k = 0; k < 5; k++) {
        const s = randomText(rand, length);
        const got = squeeze(s);
        const want = squeezeBefore(s);
        expect(got.chars).toBe(want.chars);
        expect([...got.pos]).toEqual([...want.pos]);
      }
    }
  });

  it('drops only the alignment whitespace', () => {
    expect(squeeze(DROPPED.join('')).chars).toBe('');
    expect(squeeze(KEPT.join('')).chars).toBe(KEPT.join(''));
  });

  it('maps random texts onto the same characters of the page', () => {
    const rand = prng(7);
    const article = randomText(rand, 3_000);
    // The page: the article with its whitespace re-flowed and text around it.
    const page = `${randomText(rand, 500)} ${article.replace(/[ \n]+/g, '\u00a0\t')} ${randomText(rand, 500)}`;
    const al = alignTexts(article, page);
    let mapped = 0;
    for (let i = 0; i < article.length; i++) {
      const j = al.toPage(i);
      if (j < 0) continue;
      mapped++;
      expect(page[j]).toBe(article[i]);
    }
    expect(mapped).toBe(squeeze(article).chars.length);
  });
});
