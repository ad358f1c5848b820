/**
 * Where a numeral is not a statistic: dates, times, years, versions, product and model names,
 * codes, phone numbers, list markers, street numbers, ages, scores. Each check looks at a few
 * tokens around the number only.
 */
import { CURRENCY_SYMBOLS } from './currency';
import { SMALL_NUMBERS } from './lexicon';
import { FUNCTION_WORDS } from './units';
import { LINE_BEFORE, NUM, SYM, WORD, glued, hasUpper, isCapitalised, isSym, tokLower, tokText, type TokenStream } from './tokenize';

/** Month names and their abbreviations, lower case. */
export const MONTHS: ReadonlySet<string> = new Set(
  ('january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

/** Words after which a number names or ranks something instead of counting it ("version 2", "level 4", "aged 25"). */
const NAMING_WORDS: ReadonlySet<string> = new Set(
  ('version v ver level levels stage phase tier category grade page pages p pp room flight route section ' +
    'article chapter paragraph para rule item step line lines figure fig table appendix annex model series ' +
    'build patch update release port ports channel code id zone row seat floor gate platform highway ' +
    'interstate score scored scores rated rating cvss severity priority class type option mode number no nos ' +
    'top aged age ages issue vol volume episode season part unit resolution amendment round game match wave ' +
    'group area block lot suite apartment apt building terminal bay pier junction exit district precinct ward bus ' +
    'windows ios android macos chrome firefox kernel python java php node ipv tls ssl http sha md rc cve ' +
    'covid defcon tlp apt fin ta unc storm dev temp ps xbox iphone galaxy pixel mk').split(' '),
);

/** Words before "of" after which a number is a score or rank ("a score of 9.8", "the age of 12"). */
const NAMING_OF: ReadonlySet<string> = new Set(
  'score scores rating ratings severity level levels scale index grade version age ages cvss value rank'.split(' '),
);

/** Words after a number that make it a time of day. */
const CLOCK_WORDS: ReadonlySet<string> = new Set(
  "am pm gmt utc bst cet cest est edt pst pdt et pt ct mst mdt ist jst aest o'clock".split(' '),
);

/** Last words of a street name. */
const STREET_WORDS: ReadonlySet<string> = new Set(
  ('street st road rd avenue ave boulevard blvd lane ln drive dr way place pl square sq court ct terrace ' +
    'crescent close highway hwy parkway pkwy plaza row').split(' '),
);

/** Capitalised words that may open a sentence right before a number ("Only 400 ..."). */
const OPENERS: ReadonlySet<string> = new Set(
  'only exactly fully precisely barely another additional perhaps maybe nearly including among'.split(' '),
);

/** Symbols that, glued before a numeral, make it part of a code, path, time or identifier. */
const GLUED_BEFORE_BAD = new Set(['/', ':', '.', '#', '+', '@', '_', '=', '\\', '&', '|', '~', '^', '*', '№', "'", '’']);

const lw = (ts: TokenStream, i: number): string => (i >= 0 && i < ts.count && ts.kind[i] === WORD ? tokLower(ts, i) : '');

/** People described by an age limit ("children under 5"). */
const AGE_GROUPS: ReadonlySet<string> = new Set(
  'children kids people adults teenagers youngsters those anyone everyone men women boys girls patients users'.split(' '),
);
const AGE_LIMITS: ReadonlySet<string> = new Set(['under', 'over', 'above', 'below']);

/** Opening quotes, brackets and dashes that may stand between a sentence start and its first word. */
const OPENING: ReadonlySet<string> = new Set(['"', "'", '“', '‘', '(', '[', '«', '—', '–', '-']);

/** True when token `i` starts a sentence (text start, line start, or after . ! ? : and opening quotes). */
export function isSentenceStart(ts: TokenStream, i: number): boolean {
  let j = i;
  for (let n = 0; n < 4 && j > 0 && ts.kind[j - 1] === SYM && OPENING.has(tokText(ts, j - 1)); n++) j--;
  if (j === 0 || ((ts.flags[j] ?? 0) & LINE_BEFORE)) return true;
  const p = tokText(ts, j - 1);
  return ts.kind[j - 1] === SYM && (p === '.' || p === '!' || p === '?' || p === ':' || p === ';' || p === '•');
}

/** The word before token `i`, skipping the full stop of an abbreviation ("No. 10", "Nov. 19"); its index or -1. */
function wordBefore(ts: TokenStream, i: number): number {
  let j = i - 1;
  if (isSym(ts, j, '.') && glued(ts, j) && ts.kind[j - 1] === WORD) j--;
  return j >= 0 && ts.kind[j] === WORD ? j : -1;
}

/** True when a word is a capitalised month name ("Nov", "November"; "may" the verb does not count). */
const isMonth = (ts: TokenStream, i: number): boolean => MONTHS.has(lw(ts, i)) && isCapitalised(ts, i);

/**
 * True when what stands before a quantity starting at token `s` shows it is no statistic.
 * `qualified`: a qualifier stands right before, so only the word before that is checked.
 */
export function rejectedBefore(ts: TokenStream, s: number, qualified: boolean, money: boolean): boolean {
  const p = s - 1;
  if (p < 0) return false;
  const w = wordBefore(ts, s);
  const word = w >= 0 ? lw(ts, w) : '';
  if (word === 'aged' || word === 'age' || word === 'ages') return true;
  // "children under 5", "adults over 65": ages
  if (qualified && AGE_GROUPS.has(word) && AGE_LIMITS.has(lw(ts, s)) && ts.kind[s + 1] === NUM && ts.kind[s + 2] !== WORD) return true;
  if (w >= 0 && isMonth(ts, w) && w >= s - 2) return true;
  if (qualified) return false;
  if (glued(ts, s)) {
    if (ts.kind[p] === WORD || ts.kind[p] === NUM) return true;
    const sym = tokText(ts, p);
    if (GLUED_BEFORE_BAD.has(sym) || (!money && CURRENCY_SYMBOLS.has(sym))) return true;
    if ((sym === '-' || sym === '–') && glued(ts, p) && (ts.kind[p - 1] === WORD || ts.kind[p - 1] === NUM)) return true;
  }
  if (ts.kind[p] === NUM && ts.kind[s] === NUM) return true; // "020 7946 0958"
  if (w !== s - 1 && !(w === s - 2 && isSym(ts, s - 1, '.'))) return false;
  if (money) return false;
  if (NAMING_WORDS.has(word)) return true;
  if (word === 'of' && (NAMING_OF.has(lw(ts, w - 1)) || lw(ts, w - 1) === 'out')) return true; // "9.8 out of 10"
  if (word === 'as' && (lw(ts, w - 1) === 'young' || lw(ts, w - 1) === 'old')) return true;
  if (word === 'in' && (ts.kind[w - 1] === NUM || SMALL_NUMBERS.has(lw(ts, w - 1)))) return true; // "1 in 5", "one in five"
  // "Windows 10", "Boeing 737", "NBC 5"; a sentence may open with "Only 400" or "With 400"
  if (hasUpper(ts, w) && !(isSentenceStart(ts, w) && (FUNCTION_WORDS.has(word) || OPENERS.has(word)))) return true;
  return false;
}

/**
 * True when what follows a number (token `j`, just after it and its scale) shows it is no
 * statistic: a time, a date, an ordinal, a code, a street number, a rating.
 */
export function rejectedAfter(ts: TokenStream, j: number, start: number): boolean {
  if (j >= ts.count) return false;
  if (glued(ts, j)) {
    const t = tokText(ts, j);
    if (ts.kind[j] === WORD) return true; // "4G", "10th", "3pm", "1990s" (units were taken before)
    if ((t === ':' || t === '/' || t === '.' || t === '_' || t === '@') && glued(ts, j + 1) && ts.kind[j + 1] !== SYM) return true;
    if (t === '(' || t === '[') return true; // "401(k)"
    if ((t === "'" || t === '’') && glued(ts, j + 1) && lw(ts, j + 1) === 's') return true;
    if ((t === '-' || t === '–') && glued(ts, j + 1) && ts.kind[j + 1] !== SYM) return true; // compounds units did not take
    if (t === ')' || t === '.') {
      // "1." or "2)" opening a line: a list marker
      if ((ts.flags[start] ?? 0) & LINE_BEFORE) return true;
    }
  }
  const w = lw(ts, j);
  if (CLOCK_WORDS.has(w)) return true;
  if ((w === 'a' || w === 'p') && /^[ap]\.m\b/i.test(ts.text.slice(ts.start[j] ?? 0, (ts.start[j] ?? 0) + 4))) return true;
  if (isMonth(ts, j) || (w === 'of' && isMonth(ts, j + 1))) return true;
  if (w === 'out' && lw(ts, j + 1) === 'of') return true;
  if (w === 'in' && (ts.kind[j + 1] === NUM || SMALL_NUMBERS.has(lw(ts, j + 1)))) return true; // "1 in 3 firms"
  if (ts.kind[j] === NUM && !glued(ts, j)) return true; // "020 7946"
  // "10 Downing Street"
  for (let k = j; k < j + 4 && k < ts.count && isCapitalised(ts, k); k++) {
    if (k > j && STREET_WORDS.has(lw(ts, k))) return true;
  }
  return false;
}

/** True when the numeral token `d` reads as a calendar year (four digits, 1800–2099, no separators). */
export function isYearLike(ts: TokenStream, d: number): boolean {
  if (d < 0 || ts.kind[d] !== NUM) return false;
  const t = tokText(ts, d);
  if (t.length !== 4) return false;
  const v = Number(t);
  return v >= 1800 && v <= 2099;
}
