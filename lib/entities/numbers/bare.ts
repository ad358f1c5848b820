/**
 * When a number stands alone, without a counted noun, it is more often a name, a reference or
 * an age than a statistic: "Type 1", "(3)", "Smith, 42,", "the 777 programme", "Windows 7, 8.1 and 10".
 */
import { rejectedBefore } from './context';
import { nounPhrase, partitive } from './noun-phrase';
import type { Numeral } from './numeral';
import type { Quantity } from './quantity';
import { NUM, WORD, isSym, tokLower, tokText, type TokenStream } from './tokenize';
import { FUNCTION_WORDS } from './units';

const lw = (ts: TokenStream, i: number): string => (i >= 0 && i < ts.count && ts.kind[i] === WORD ? tokLower(ts, i) : '');

/** A bare number in brackets ("(3)", "[12]") or after a name like an age ("Smith, 25,"). */
function isReference(ts: TokenStream, d: number, value: number): boolean {
  const open = isSym(ts, d - 1, '(') || isSym(ts, d - 1, '[');
  const close = isSym(ts, d + 1, ')') || isSym(ts, d + 1, ']');
  const commaBefore = isSym(ts, d - 1, ',');
  const commaAfter = isSym(ts, d + 1, ',');
  // "(3)", "[12]", citation lists "(10, 11)"
  if ((open || commaBefore) && (close || commaAfter) && (open || close)) return true;
  // "Jane Smith, 42, said": an age set off by commas
  const dashAfter = isSym(ts, d + 1, '–') || isSym(ts, d + 1, '—');
  return commaBefore && (commaAfter || dashAfter) && value <= 120 && Number.isInteger(value);
}

/**
 * True when a bare number ends a list whose first number was rejected as a name or version
 * ("Windows 7, 8.1 and 10", "ports 80 and 443"): looks back over numbers, commas and "and"/"or".
 */
function continuesNamedList(ts: TokenStream, d: number): boolean {
  let j = d - 1;
  let sawNumber = false;
  for (let n = 0; n < 8 && j >= 0; n++, j--) {
    const w = lw(ts, j);
    if (ts.kind[j] === NUM) { sawNumber = true; continue; }
    if (isSym(ts, j, ',') || w === 'and' || w === 'or') continue;
    if (isSym(ts, j, '.') && ts.kind[j + 1] === NUM && ts.kind[j - 1] === NUM) continue;
    return sawNumber && ts.kind[j + 1] === NUM && rejectedBefore(ts, j + 1, false, false);
  }
  return false;
}

/** True when a plural noun phrase starts at token `i` (or "of" one does). */
export function nounFollows(ts: TokenStream, i: number): boolean {
  const np = nounPhrase(ts, i, 'plural');
  return (np !== null && np.start === i) || partitive(ts, i, 'plural')?.phrase != null;
}

/** Words before a number that make a following noun its head: "the 777 programme", "a 275 horsepower motor". */
const MODIFIER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * A bare number that names or modifies instead of counting: followed by a capitalised word
 * ("737 Max", "50 Airbus jets" is kept by its noun), or between a determiner and a noun.
 */
function bareModifier(ts: TokenStream, s: number, e: number): boolean {
  if (e >= ts.count || ts.kind[e] !== WORD) return false;
  if (tokText(ts, e) !== lw(ts, e)) return true;
  return MODIFIER_DETERMINERS.has(lw(ts, s - 1)) && !FUNCTION_WORDS.has(lw(ts, e));
}

/**
 * True when a count with no counted noun is no statistic. `end`: the token after it;
 * `pronoun`: it was followed by "of them".
 */
export function bareRejected(ts: TokenStream, q: Quantity, f: Numeral, qualified: boolean, pronoun: boolean, end: number): boolean {
  if (f.digitToken < 0) return !qualified || pronoun; // "the two", "all three of them"
  if (qualified) return false;
  if (!q.range && bareModifier(ts, q.start, end)) return true;
  if (f.decimal && !f.scaled) return true; // "8.1": a score or a version
  if (f.value <= 1) return true; // "Type 1", "peptide 1"
  if (q.range && q.max < 20) return true; // "7-5, 3-6": match scores
  if (!pronoun && isReference(ts, f.digitToken, f.value)) return true;
  return continuesNamedList(ts, f.digitToken);
}
