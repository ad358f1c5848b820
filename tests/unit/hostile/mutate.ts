/**
 * Seeded mutation of files for the fuzz tests: the same seed gives the same inputs, so a failure
 * can be replayed. Mutations work on bytes (flips, truncation, NUL, invalid UTF-8, BOMs) and on
 * markup (unclosed and deeply nested tags, giant attributes, declared charsets).
 */

/** A small seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers over one PRNG. */
export interface Dice {
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

/** Dice rolled by the PRNG of `seed`. */
export function dice(seed: number): Dice {
  const rand = prng(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  return { int, pick: <T>(list: readonly T[]): T => list[int(list.length)] as T, chance: (p) => rand() < p };
}

const enc = new TextEncoder();
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const insertAt = (b: Uint8Array, at: number, x: Uint8Array): Uint8Array => concat(b.subarray(0, at), x, b.subarray(at));

/** Byte sequences that are not valid UTF-8 (lone continuation, overlong, surrogate, truncated). */
const BAD_UTF8 = [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xff], [0xfe, 0xfe]].map((a) => Uint8Array.from(a));
const BOMS = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]].map((a) => Uint8Array.from(a));
const CHARSETS = ['latin1', 'windows-1252', 'shift_jis', 'utf-16', 'utf-16be', 'x-nonsense', 'utf-7', 'iso-2022-jp', 'koi8-r', 'gb18030', ''];
const TAGS = ['div', 'p', 'article', 'span', 'b', 'table', 'tr', 'td', 'ul', 'li', 'section', 'a', 'script', 'style', 'template', 'svg', 'math', 'iframe', 'noscript', 'textarea', 'title'];

/** The byte-level mutations (each returns new bytes). */
const BYTE_MUTATIONS: Record<string, (b: Uint8Array, d: Dice) => Uint8Array> = {
  flip: (b, d) => {
    const out = b.slice();
    for (let k = 1 + d.int(16); k > 0 && out.length > 0; k--) out[d.int(out.length)] = d.int(256);
    return out;
  },
  truncate: (b, d) => b.slice(0, d.int(b.length + 1)),
  nul: (b, d) => insertAt(b, d.int(b.length + 1), new Uint8Array(1 + d.int(3))),
  badUtf8: (b, d) => {
    let out = b;
    for (let k = 1 + d.int(4); k > 0; k--) out = insertAt(out, d.int(out.length + 1), d.pick(BAD_UTF8));
    return out;
  },
  bom: (b, d) => concat(d.pick(BOMS), b),
  splice: (b, d) => {
    const from = d.int(b.length + 1);
    const len = d.int(Math.min(4000, b.length - from + 1));
    return insertAt(b, d.int(b.length + 1), b.slice(from, from + len));
  },
  cut: (b, d) => {
    const from = d.int(b.length + 1);
    return concat(b.subarray(0, from), b.subarray(from + d.int(2000)));
  },
  latin1: (b) => Uint8Array.from(new TextDecoder().decode(b), (c) => c.charCodeAt(0) & 0xff),
};

/** Markup-level mutations for HTML (text in, text out; later byte mutations may follow). */
const HTML_MUTATIONS: Record<string, (t: string, d: Dice) => string> = {
  unclose: (t) => t.replace(/<\/(?:p|div|article|[ab]|span|section|li|ul|body|html|head|title)>/gi, ''),
  nest: (t, d) => {
    const tag = d.pick(TAGS.filter((x) => !['script', 'style', 'textarea', 'title'].includes(x)));
    const depth = 500 + d.int(4500);
    const at = t.indexOf('<p');
    const open = `<${tag}>`.repeat(depth);
    return at < 0 ? open + t : t.slice(0, at) + open + t.slice(at) + (d.chance(0.5) ? `</${tag}>`.repeat(depth) : '');
  },
  giantAttribute: (t, d) => {
    const at = t.indexOf('<p');
    const value = d.pick(['x', '"', '&amp;', 'é', ' ', '<']).repeat(50_000 + d.int(300_000));
    const attr = d.pick([`data-x="${value}"`, `title='${value}'`, `class=${value.replace(/[\s"'<>=`]/g, 'y')}`, `style="${value}`]);
    return at < 0 ? `<div ${attr}>${t}` : `${t.slice(0, at + 2)} ${attr}${t.slice(at + 2)}`;
  },
  manyAttributes: (t) => t.replace('<article', `<article ${Array.from({ length: 5000 }, (_, i) => `a${i}=${i}`).join(' ')}`),
  charset: (t, d) => {
    const meta = d.pick([`<meta charset="${d.pick(CHARSETS)}">`, `<meta http-equiv="content-type" content="text/html; charset=${d.pick(CHARSETS)}">`]);
    return t.replace(/<meta[^>]*charset[^>]*>/i, '').replace(/<head>/i, `<head>${meta}`);
  },
  randomTags: (t, d) => {
    let out = t;
    for (let k = 1 + d.int(30); k > 0; k--) {
      const at = d.int(out.length + 1);
      const tag = d.pick(TAGS);
      out = out.slice(0, at) + d.pick([`<${tag}>`, `</${tag}>`, `<${tag}/>`, `<${tag} `, '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE x>', '&', '&#x110000;', '&#0;', '&nbsp']) + out.slice(at);
    }
    return out;
  },
  entityFlood: (t, d) => t.replace('</p>', `${d.pick(['&amp;', '&#8203;', '&lt;b&gt;', '&nbsp;'])}`.repeat(20_000 + d.int(80_000)) + '</p>'),
  scriptText: (t) => t.replace(/<p>/i, '<script>var s = "</p><p>MI5 said"; /* <!-- */</script><p>'),
  controlChars: (t, d) => t.replace(/ /g, () => (d.chance(0.05) ? d.pick(['\u0000', '\u0007', '\u001b', '\u2028', '\ufeff', '\ud800', '\u202e']) : ' ')),
  empty: () => '',
};

/** The names of the mutations, for test titles and replay. */
export const MUTATION_NAMES = { bytes: Object.keys(BYTE_MUTATIONS), html: Object.keys(HTML_MUTATIONS) };

/** One mutated file made from `seedText`: one to three mutations, markup first when `html`. */
export function mutate(seedText: string, d: Dice, html: boolean): { bytes: Uint8Array; applied: string[] } {
  const applied: string[] = [];
  let text = seedText;
  if (html && d.chance(0.6)) {
    const name = d.pick(MUTATION_NAMES.html);
    applied.push(name);
    text = (HTML_MUTATIONS[name] as (t: string, d: Dice) => string)(text, d);
  } else if (!html && d.chance(0.3)) {
    applied.push('controlChars');
    text = (HTML_MUTATIONS.controlChars as (t: string, d: Dice) => string)(text, d);
  }
  let bytes: Uint8Array = enc.encode(text);
  for (let k = d.int(3); k > 0; k--) {
    const name = d.pick(MUTATION_NAMES.bytes);
    applied.push(name);
    bytes = (BYTE_MUTATIONS[name] as (b: Uint8Array, d: Dice) => Uint8Array)(bytes, d);
  }
  return { bytes, applied };
}
