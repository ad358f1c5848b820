/**
 * A flat, allocation-light token stream over a text, for the statistic grammar.
 * One linear pass; tokens are words, numerals and single symbols, each knowing whether
 * whitespace (or a line break) separates it from the token before.
 */

/** Token kinds. */
export const NUM = 1;
export const WORD = 2;
export const SYM = 3;

/** Flag: whitespace precedes this token. */
export const SPACE_BEFORE = 1;
/** Flag: a line break (or the start of the text) precedes this token. */
export const LINE_BEFORE = 2;

/** Numeral flags: thousands separators seen. */
export const NUM_COMMA = 1;
/** Numeral flags: a decimal point seen. */
export const NUM_DECIMAL = 2;
/** Numeral flags: not a plain quantity (several dots, odd grouping, leading zero): an IP, version, code... */
export const NUM_ODD = 4;

/** The token stream of one text; arrays are indexed by token number. */
export interface TokenStream {
  readonly text: string;
  readonly count: number;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
  readonly numFlags: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Lower-case forms, filled on first use (see `tokLower`). */
  readonly lower: (string | undefined)[];
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const LETTER_RE = /\p{L}|\p{M}/u;

function isLetter(c: number, text: string, at: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xad) return true; // soft hyphen: invisible, glued into words
  if (c === 0xd7 || c === 0xf7) return false;
  return LETTER_RE.test(text.charAt(at));
}

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Splits `text` into tokens in one pass (linear in its length). */
export function tokenize(text: string): TokenStream {
  const n = text.length;
  let cap = Math.max(16, n >> 2);
  let kind = new Uint8Array(cap);
  let flags = new Uint8Array(cap);
  let numFlags = new Uint8Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let count = 0;
  let pending = SPACE_BEFORE | LINE_BEFORE;

  const push = (k: number, s: number, e: number, nf: number): void => {
    if (count === cap) {
      cap *= 2;
      const grow8 = (a: Uint8Array): Uint8Array<ArrayBuffer> => { const b = new Uint8Array(cap); b.set(a); return b; };
      const grow32 = (a: Int32Array): Int32Array<ArrayBuffer> => { const b = new Int32Array(cap); b.set(a); return b; };
      kind = grow8(kind); flags = grow8(flags); numFlags = grow8(numFlags);
      start = grow32(start); end = grow32(end);
    }
    kind[count] = k; flags[count] = pending; numFlags[count] = nf;
    start[count] = s; end[count] = e;
    count++;
    pending = 0;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      pending |= SPACE_BEFORE;
      if (isLineBreak(c)) pending |= LINE_BEFORE;
      i++;
    } else if (isDigit(c)) {
      const s = i;
      let nf = 0;
      let dots = 0;
      let group = 0; // digits in the current comma group
      let lead = true; // still in the first group
      let firstLen = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) { group++; i++; continue; }
        if ((d === 44 || d === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          if (d === 44) {
            if (dots > 0 || (!lead && group !== 3) || (lead && group > 3)) nf |= NUM_ODD;
            nf |= NUM_COMMA;
          } else {
            dots++;
            if (dots > 1 || (!lead && group !== 3)) nf |= NUM_ODD;
            nf |= NUM_DECIMAL;
          }
          if (lead) firstLen = group;
          lead = false;
          group = 0;
          i++;
          continue;
        }
        break;
      }
      if (lead) firstLen = group;
      if ((nf & NUM_COMMA) && dots === 0 && group !== 3) nf |= NUM_ODD;
      if (text.charCodeAt(s) === 48 && firstLen > 1) nf |= NUM_ODD; // "020", "007"
      push(NUM, s, i, nf);
    } else if (isLetter(c, text, i)) {
      const s = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetter(d, text, i)) { i++; continue; }
        // keep "world's" and "don't" whole
        if (isApostrophe(d) && i + 1 < n && isLetter(text.charCodeAt(i + 1), text, i + 1)) { i += 2; continue; }
        break;
      }
      push(WORD, s, i, 0);
    } else {
      // one symbol; a surrogate pair stays whole
      const s = i;
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      push(SYM, s, i, 0);
    }
  }
  return { text, count, kind, flags, numFlags, start, end, lower: new Array<string | undefined>(count).fill(undefined) };
}

/** The token's own text. */
export function tokText(ts: TokenStream, i: number): string {
  return ts.text.slice(ts.start[i] ?? 0, ts.end[i] ?? 0);
}

/** The token's text in lower case, without soft hyphens and with straight apostrophes. */
export function tokLower(ts: TokenStream, i: number): string {
  const cached = ts.lower[i];
  if (cached !== undefined) return cached;
  let t = tokText(ts, i).toLowerCase();
  if (t.includes('\u00ad') || t.includes('\u2019')) t = t.replace(/\u00ad/g, '').replace(/\u2019/g, "'");
  ts.lower[i] = t;
  return t;
}

/** True when token `i` exists and touches the token before it (no whitespace between). */
export function glued(ts: TokenStream, i: number): boolean {
  return i > 0 && i < ts.count && ((ts.flags[i] ?? SPACE_BEFORE) & SPACE_BEFORE) === 0;
}

/** True when token `i` is a symbol with exactly this text. */
export function isSym(ts: TokenStream, i: number, s: string): boolean {
  return i >= 0 && i < ts.count && ts.kind[i] === SYM && ts.text.startsWith(s, ts.start[i] ?? 0) && (ts.end[i] ?? 0) - (ts.start[i] ?? 0) === s.length;
}

/** True when token `i` is a word whose lower-case form is `w`. */
export function isWord(ts: TokenStream, i: number, w: string): boolean {
  return i >= 0 && i < ts.count && ts.kind[i] === WORD && tokLower(ts, i) === w;
}

/** True when token `i` is a word starting with an upper-case letter. */
export function isCapitalised(ts: TokenStream, i: number): boolean {
  if (i < 0 || i >= ts.count || ts.kind[i] !== WORD) return false;
  let ch = ts.text.charAt(ts.start[i] ?? 0);
  if (ch === '\u00ad') ch = ts.text.charAt((ts.start[i] ?? 0) + 1);
  return ch !== ch.toLowerCase();
}

/** True when token `i` contains an upper-case letter anywhere ("iOS", "MS"). */
export function hasUpper(ts: TokenStream, i: number): boolean {
  if (i < 0 || i >= ts.count || ts.kind[i] !== WORD) return false;
  const t = tokText(ts, i);
  return t !== t.toLowerCase();
}
