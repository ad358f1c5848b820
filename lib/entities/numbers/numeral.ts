/**
 * Reads one number at a token: a numeral with its scale ("9.4 million", "3bn", "$600k" after
 * the symbol) or number words ("twenty-three", "four hundred and fifty", "a dozen", "half a million").
 */
import { GLUED_SCALES, SCALES, SMALL_NUMBERS, TENS } from './lexicon';
import { NUM, NUM_COMMA, NUM_DECIMAL, NUM_ODD, WORD, glued, isSym, tokLower, tokText, type TokenStream } from './tokenize';

/** One number read from the text. */
export interface Numeral {
  readonly value: number;
  /** Token index just after the number. */
  readonly next: number;
  /** Index of the numeral token, or -1 when the number is spelled in words. */
  readonly digitToken: number;
  /** Written with a decimal point ("8.1"). */
  readonly decimal: boolean;
  /** Has a scale word or suffix ("million", "bn", "k"). */
  readonly scaled: boolean;
  /** The scale factor applied (1 when none), so "3 to 5 million" can share it. */
  readonly factor: number;
  /** Just "one", "a" or "an": a count only in a few constructions. */
  readonly bareOne: boolean;
  /** The first word of a spelled number is capitalised. */
  readonly capitalised: boolean;
}

const lw = (ts: TokenStream, i: number): string => (i < ts.count && ts.kind[i] === WORD ? tokLower(ts, i) : '');

/** Scale words after a number: "million", "hundred thousand"; returns the factor and where they end. */
function readScales(ts: TokenStream, i: number): { factor: number; next: number } {
  let factor = 1;
  let last = 0;
  let j = i;
  while (j < ts.count) {
    const s = SCALES.get(lw(ts, j));
    if (s === undefined || s <= last) break;
    factor *= s;
    last = s;
    j++;
  }
  return { factor, next: j };
}

/** The longest spelled number read ("nine hundred and ninety-nine thousand nine hundred and ninety-nine" is 12 tokens). */
const MAX_NUMBER_WORDS = 16;

/** Words after "10m" that show it means metres, not millions. */
const METRE_CUES: ReadonlySet<string> = new Set([
  'high', 'tall', 'long', 'wide', 'deep', 'away', 'across', 'from', 'above', 'below', 'underground', 'off', 'in',
]);

/** The value of a digits token ("6,000" → 6000, "9.4" → 9.4), or NaN when it is no plain quantity. */
export function numeralValue(ts: TokenStream, i: number): number {
  if (ts.kind[i] !== NUM || ((ts.numFlags[i] ?? 0) & NUM_ODD)) return Number.NaN;
  const t = tokText(ts, i);
  return Number((ts.numFlags[i] ?? 0) & NUM_COMMA ? t.replace(/,/g, '') : t);
}

/** Reads a numeral (digits) with any glued or following scale at token `i`; `money`: a currency came before. */
export function readDigits(ts: TokenStream, i: number, money = false): Numeral | null {
  const v = numeralValue(ts, i);
  if (!Number.isFinite(v)) return null;
  let value = v;
  let next = i + 1;
  let scaled = false;
  let f = 1;
  const suffix = glued(ts, next) ? lw(ts, next) : '';
  // "4K", "8k" are screen resolutions; thousands are "$600k", "40k"
  const gs = suffix === 'k' && !money && (tokText(ts, next) === 'K' || v < 10) ? undefined : GLUED_SCALES.get(suffix);
  if (gs !== undefined && !(suffix === 'm' && METRE_CUES.has(lw(ts, next + 1)))) {
    value *= gs;
    f = gs;
    next++;
    scaled = true;
  } else if (suffix === '') {
    const { factor, next: after } = readScales(ts, next);
    if (factor > 1) { value *= factor; f = factor; next = after; scaled = true; }
  }
  return {
    value: scaled ? Number(value.toPrecision(12)) : value, next, digitToken: i, decimal: ((ts.numFlags[i] ?? 0) & NUM_DECIMAL) !== 0, scaled, factor: f,
    bareOne: false, capitalised: false,
  };
}

/** Reads spelled-out number words at token `i` ("two", "twenty-three", "a hundred", "half a million"). */
export function readNumberWords(ts: TokenStream, i: number): Numeral | null {
  const first = lw(ts, i);
  if (first === '') return null;
  const capitalised = tokText(ts, i) !== first;
  if (first === 'half' && (lw(ts, i + 1) === 'a' || lw(ts, i + 1) === 'an')) {
    const s = SCALES.get(lw(ts, i + 2)) ?? (lw(ts, i + 2) === 'dozen' ? 12 : undefined);
    if (s === undefined) return null;
    return { value: s / 2, next: i + 3, digitToken: -1, decimal: false, scaled: true, factor: 1, bareOne: false, capitalised };
  }
  let total = 0;
  let current = 0;
  let j = i;
  let last: 'none' | 'small' | 'tens' | 'hundred' | 'scale' | 'and' = 'none';
  let words = 0;
  let scaled = false;
  let tailScale = 1;
  if (first === 'a' || first === 'an') {
    const nx = lw(ts, i + 1);
    if (nx === 'hundred' || nx === 'thousand' || nx === 'million' || nx === 'billion' || nx === 'trillion' || nx === 'dozen') {
      current = 1;
      last = 'small';
      j = i + 1;
    } else {
      return { value: 1, next: i + 1, digitToken: -1, decimal: false, scaled: false, factor: 1, bareOne: true, capitalised };
    }
  }
  while (j < ts.count && words < MAX_NUMBER_WORDS) {
    const w = lw(ts, j);
    const small = SMALL_NUMBERS.get(w);
    const tens = TENS.get(w);
    if (small !== undefined && w !== 'zero') {
      if (last !== 'none' && last !== 'hundred' && last !== 'scale' && last !== 'and' && !(last === 'tens' && small < 10)) break;
      current += small;
      last = 'small';
    } else if (tens !== undefined) {
      if (last !== 'none' && last !== 'hundred' && last !== 'scale' && last !== 'and') break;
      current += tens;
      last = 'tens';
      // "twenty-three"
      if (isSym(ts, j + 1, '-') && glued(ts, j + 1) && glued(ts, j + 2)) {
        const unit = SMALL_NUMBERS.get(lw(ts, j + 2));
        if (unit !== undefined && unit > 0 && unit < 10) { current += unit; j += 2; last = 'small'; }
      }
    } else if (w === 'hundred') {
      if (current >= 100 || last === 'and' || last === 'hundred') break;
      current = (current || 1) * 100;
      last = 'hundred';
      scaled = true;
    } else if (w === 'dozen') {
      if (last !== 'small' && last !== 'none') break;
      current = (current || 1) * 12;
      last = 'hundred';
    } else if (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') {
      if (last === 'and' || last === 'none') break;
      tailScale = SCALES.get(w) ?? 1;
      total += current * tailScale;
      current = 0;
      last = 'scale';
      scaled = true;
    } else if (w === 'and' && (last === 'hundred' || last === 'scale')) {
      const nx = lw(ts, j + 1);
      if (!SMALL_NUMBERS.has(nx) && !TENS.has(nx)) break;
      last = 'and';
    } else break;
    j++;
    words++;
  }
  if (words === 0 && current === 0) return null;
  if (last === 'and') j--;
  const value = total + current;
  if (value <= 0) return null;
  const bareOne = value === 1 && j === i + 1;
  const factor = last === 'scale' && current === 0 ? tailScale : 1;
  return { value, next: j, digitToken: -1, decimal: false, scaled, factor, bareOne, capitalised };
}

/** Reads a number at `i`, digits or words; `money`: a currency came before. */
export function readNumeral(ts: TokenStream, i: number, money = false): Numeral | null {
  if (i >= ts.count) return null;
  if (ts.kind[i] === NUM) return readDigits(ts, i, money);
  if (ts.kind[i] === WORD) return readNumberWords(ts, i);
  return null;
}
