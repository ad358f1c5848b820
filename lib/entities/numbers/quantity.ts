/**
 * The quantity at the heart of a statistic, without its qualifier or counted noun:
 * "$17.5 million", "3,000 to 5,000", "tens of thousands", "a few", "25%", "7 months", "18-year", "45km".
 */
import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_NATIONS, DOLLAR_PREFIXES } from './currency';
import { SCALES, VAGUE_PLURALS } from './lexicon';
import { readNumeral, type Numeral } from './numeral';
import { MEASURE_UNITS, TIME_UNITS } from './units';
import { NUM, SYM, WORD, glued, isSym, tokLower, tokText, type TokenStream } from './tokenize';

/** What a quantity measures before any counted noun is attached. */
export type QuantityKind = 'count' | 'money' | 'percent' | 'duration' | 'measure';

/** A parsed quantity: tokens [start, next), inclusive bounds. */
export interface Quantity {
  readonly start: number;
  readonly next: number;
  readonly min: number;
  readonly max: number;
  /** A vague quantity ("hundreds", "a few"): approximate by nature. */
  readonly vague: boolean;
  /** Stated with "a few" / "a couple": a small vague quantity whose approx flag stays off. */
  readonly few: boolean;
  /** Ends with a plural quantity noun ("hundreds"), so a counted noun can only follow with "of". */
  readonly needsOf: boolean;
  readonly kind: QuantityKind;
  /** Currency code, singular time unit, or measurement unit. */
  readonly unit?: string;
  /** The first number read (null for a vague quantity). */
  readonly first: Numeral | null;
  /** A range ("3,000 to 5,000"). */
  readonly range: boolean;
  /** Token just after the last numeral (before any unit word). */
  readonly numberEnd: number;
}

const lw = (ts: TokenStream, i: number): string => (i >= 0 && i < ts.count && ts.kind[i] === WORD ? tokLower(ts, i) : '');
const isDash = (ts: TokenStream, i: number): boolean => isSym(ts, i, '-') || isSym(ts, i, '–') || isSym(ts, i, '—');

/** A currency written before an amount at token `i`: its code and the token after it. */
export function currencyBefore(ts: TokenStream, i: number): { code: string; next: number } | null {
  if (i >= ts.count) return null;
  const t = tokText(ts, i);
  if (ts.kind[i] === SYM) {
    const code = CURRENCY_SYMBOLS.get(t);
    return code !== undefined && ts.kind[i + 1] === NUM ? { code, next: i + 1 } : null;
  }
  if (ts.kind[i] !== WORD) return null;
  if (isSym(ts, i + 1, '$') && glued(ts, i + 1) && ts.kind[i + 2] === NUM) {
    const code = DOLLAR_PREFIXES.get(t.toLowerCase());
    return code !== undefined ? { code, next: i + 2 } : null;
  }
  if (CURRENCY_CODES.has(t) && ts.kind[i + 1] === NUM) return { code: t, next: i + 1 };
  const abbr = CURRENCY_ABBREVIATIONS.get(t.toLowerCase());
  if (abbr !== undefined) {
    const k = isSym(ts, i + 1, '.') && glued(ts, i + 1) ? i + 2 : i + 1;
    if (ts.kind[k] === NUM) return { code: abbr, next: k };
  }
  return null;
}

/** A currency written after an amount at token `i` ("dollars", "US dollars", "EUR"). */
function currencyAfter(ts: TokenStream, i: number): { code: string; next: number } | null {
  if (i >= ts.count || ts.kind[i] !== WORD) return null;
  const w = tokLower(ts, i);
  if (w.length === 3) {
    const t = tokText(ts, i);
    if (CURRENCY_CODES.has(t)) return { code: t, next: i + 1 };
  }
  const direct = CURRENCY_WORDS.get(w);
  if (direct !== undefined) return { code: direct, next: i + 1 };
  const nationAt = w === 'hong' || w === 'new' ? i + 1 : i;
  const nation = DOLLAR_NATIONS.get(lw(ts, nationAt));
  if (nation !== undefined && (lw(ts, nationAt + 1) === 'dollars' || lw(ts, nationAt + 1) === 'dollar')) {
    return { code: nation, next: nationAt + 2 };
  }
  return null;
}

/** A vague quantity at `i`: "hundreds (of thousands)", "tens of thousands", "a few", "several hundred". */
function vague(ts: TokenStream, i: number): { min: number; max: number; next: number; few: boolean; plural: boolean } | null {
  let j = i;
  if (lw(ts, j) === 'many') j++;
  const v = VAGUE_PLURALS.get(lw(ts, j));
  if (v) {
    let size = v.size;
    let k = j + 1;
    // "tens of thousands", "hundreds of millions"
    while (lw(ts, k) === 'of') {
      const more = VAGUE_PLURALS.get(lw(ts, k + 1));
      if (!more || more.size <= size || more.needsOf) break;
      size *= more.size;
      k += 2;
    }
    if (v.needsOf && k === j + 1 && lw(ts, k) !== 'of') return null;
    return { min: 2 * size, max: 10 * size - 1, next: k, few: false, plural: true };
  }
  let lo = 0;
  let hi = 0;
  let k = i;
  if (lw(ts, i) === 'a' && lw(ts, i + 1) === 'few') { lo = 2; hi = 4; k = i + 2; }
  else if (lw(ts, i) === 'a' && lw(ts, i + 1) === 'couple') { lo = 2; hi = 2; k = lw(ts, i + 2) === 'of' ? i + 3 : i + 2; }
  else if (lw(ts, i) === 'several') { lo = 3; hi = 9; k = i + 1; }
  else return null;
  // "a few hundred", "several thousand", "a few dozen"
  let size = 1;
  while (SCALES.has(lw(ts, k)) || lw(ts, k) === 'dozen') {
    size *= SCALES.get(lw(ts, k)) ?? 12;
    k++;
  }
  if (size === 1 && !TIME_UNITS.has(lw(ts, k))) return null; // "a few attacks", "several days" stay vague words
  if (size === 1 && lw(ts, i) === 'several') return null;
  return { min: lo * size, max: hi * size, next: k, few: size === 1, plural: false };
}

/** Reads the second number of a range after token `k` (the connector); null when there is none. */
function rangeEnd(ts: TokenStream, k: number, first: Numeral, between: boolean, fromBefore: boolean): { second: Numeral; next: number } | null {
  const w = lw(ts, k);
  const dash = isDash(ts, k);
  if (!(dash || (w === 'to' && !fromBefore) || (w === 'and' && between) || w === 'or')) return null;
  let j = k + 1;
  const money = isSym(ts, j, '$') || isSym(ts, j, '£') || isSym(ts, j, '€');
  if (money) j++;
  if (w === 'or' && (first.digitToken >= 0) !== (ts.kind[j] === NUM)) return null;
  const second = readNumeral(ts, j, money || isSym(ts, k - 1 - (first.scaled ? 1 : 0), '$'));
  if (!second || second.bareOne) return null;
  if (dash && (first.digitToken >= 0) !== (second.digitToken >= 0)) return null;
  // "555-123-4567", "2019-11-19"
  if (dash && isDash(ts, second.next) && ts.kind[second.next + 1] === NUM) return null;
  let next = second.next;
  if (isSym(ts, next, '%') && isSym(ts, k - 1, '%')) next++;
  return { second, next };
}

/** Reads the quantity starting at token `i`. `between`: "between" came before; `fromBefore`: "from" did. */
export function readQuantity(ts: TokenStream, i: number, between: boolean, fromBefore: boolean): Quantity | null {
  const cur = currencyBefore(ts, i);
  const j = cur ? cur.next : i;
  let min: number;
  let max: number;
  let first: Numeral | null = null;
  let isVague = false;
  let few = false;
  let needsOf = false;
  let range = false;
  let k: number;
  const vq = cur ? null : vague(ts, j);
  if (vq) {
    ({ min, max } = vq);
    k = vq.next;
    isVague = true;
    few = vq.few;
    needsOf = vq.plural;
  } else {
    first = readNumeral(ts, j, cur !== null);
    if (!first) return null;
    min = max = first.value;
    k = first.next;
    const pct = isSym(ts, k, '%') ? 1 : 0;
    const r = rangeEnd(ts, k + pct, first, between, fromBefore);
    if (r && (pct === 0 || isSym(ts, r.next - 1, '%'))) {
      let lo = first.value;
      const hi = r.second.value;
      if (!first.scaled && r.second.scaled && lo * r.second.factor < hi) lo *= r.second.factor;
      if (hi > lo) {
        min = lo;
        max = hi;
        range = true;
        k = pct ? r.next - 1 : r.next;
      } else if (between) return null;
    } else if (between) return null;
  }
  const numberEnd = k;
  let kind: QuantityKind = cur ? 'money' : 'count';
  let unit = cur?.code;
  const w = lw(ts, k);
  const symbolAfter = ts.kind[k] === SYM && glued(ts, k) ? CURRENCY_SYMBOLS.get(tokText(ts, k)) : undefined;
  if (isSym(ts, k, '%')) { kind = 'percent'; k++; }
  else if (symbolAfter !== undefined && !cur && !isVague) { kind = 'money'; unit = symbolAfter; k++; }
  else if (w === 'percent' || w === 'pc') { kind = 'percent'; k++; }
  else if ((w === 'per' && lw(ts, k + 1) === 'cent') || (w === 'percentage' && lw(ts, k + 1).startsWith('point'))) { kind = 'percent'; k += 2; }
  else if (w === 'per' && isDash(ts, k + 1) && lw(ts, k + 2) === 'cent') { kind = 'percent'; k += 3; }
  else if (!cur) {
    const after = currencyAfter(ts, k);
    const hyphen = isDash(ts, k) && glued(ts, k) && glued(ts, k + 1);
    const tu = TIME_UNITS.get(hyphen ? lw(ts, k + 1) : w);
    // "5,200 pounds of water" is a weight
    const weight = after !== null && w === 'pounds' && lw(ts, k + 1) === 'of';
    if (weight) { kind = 'measure'; unit = 'pounds'; k++; }
    else if (after && !isVague) { kind = 'money'; unit = after.code; k = after.next; }
    else if (tu !== undefined && !(hyphen && lw(ts, k + 1).endsWith('s'))) {
      kind = 'duration';
      unit = tu;
      k += hyphen ? 2 : 1;
      // ages: "25-year-old", "25 years old", "aged 25 years"
      if (isDash(ts, k) && glued(ts, k) && (lw(ts, k + 1) === 'old' || lw(ts, k + 1) === 'olds')) return null;
      if (lw(ts, k) === 'old' || lw(ts, k) === 'olds' || (lw(ts, k) === 'of' && lw(ts, k + 1) === 'age')) return null;
      if (hyphen && (lw(ts, k) === 'period' || lw(ts, k) === 'span' || lw(ts, k) === 'window' || lw(ts, k) === 'stint')) k++;
    } else if (!isVague && MEASURE_UNITS.has(w) && (glued(ts, k) || w.length > 1)) {
      kind = 'measure';
      unit = tokText(ts, k);
      k++;
    }
  }
  if (isVague && kind === 'count' && few) return null; // "a few" needs a time unit
  if (first === null && !isVague) return null;
  return { start: i, next: k, min, max, vague: isVague, few, needsOf, kind, unit, first, range, numberEnd };
}
