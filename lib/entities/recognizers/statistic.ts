/**
 * Statistics: a quantity and what it counts (DESIGN.md §4): "over 400 live operations",
 * "tens of thousands", "£17.5 million", "25%", "7 months", "around 1 attack a month".
 * Tokenise once, then try the grammar at each token that can start a quantity; each try
 * reads a bounded number of tokens, so the whole is linear in the text.
 */
import type { EntityOf, Recognizer } from '../types';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../numbers/currency';
import { isSentenceStart, isYearLike, rejectedAfter, rejectedBefore } from '../numbers/context';
import { PRE_QUALIFIER_FIRST, SMALL_NUMBERS, TENS, VAGUE_PLURALS } from '../numbers/lexicon';
import { coordinated, nounPhrase, partitive, type HeadMode } from '../numbers/noun-phrase';
import { bareRejected, nounFollows } from '../numbers/bare';
import { readQuantity } from '../numbers/quantity';
import { postQualifierAt, qualifierAt, type QualifierMatch } from '../numbers/qualifier';
import { FREQUENCY_WORDS, rateAt } from '../numbers/rate';
import { NUM, SYM, WORD, tokLower, tokText, tokenize, type TokenStream } from '../numbers/tokenize';

type Statistic = EntityOf<'statistic'>;

const lw = (ts: TokenStream, i: number): string => (i >= 0 && i < ts.count && ts.kind[i] === WORD ? tokLower(ts, i) : '');

/** Lower-case words that may start a statistic. */
const TRIGGER_WORDS: ReadonlySet<string> = new Set([
  ...PRE_QUALIFIER_FIRST, ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...VAGUE_PLURALS.keys(), ...FREQUENCY_WORDS.keys(),
  'a', 'an', 'half', 'between', 'several', 'many', 'rs', 'inr', 'us', 'hk', 'nz', 'au', 'ca', 'c', 's', 'r', 'nt', 'mx', 'sg',
]);

/** Words that may follow "a"/"an" when those open a quantity ("a few", "a dozen", "a million"). */
const AFTER_A: ReadonlySet<string> = new Set([
  'few', 'couple', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'estimated', 'approximate', 'minimum', 'maximum',
]);

/** A cheap first test: can a statistic start at token `i`? */
function mayStart(ts: TokenStream, i: number): boolean {
  const k = ts.kind[i];
  if (k === NUM) return true;
  const len = (ts.end[i] ?? 0) - (ts.start[i] ?? 0);
  if (k === SYM) return len <= 2 && ts.kind[i + 1] === NUM && CURRENCY_SYMBOLS.has(tokText(ts, i));
  if (len > 13) return false;
  const w = lw(ts, i);
  if (w === 'a' || w === 'an') return AFTER_A.has(lw(ts, i + 1));
  return TRIGGER_WORDS.has(w) || (len === 3 && CURRENCY_CODES.has(tokText(ts, i)));
}

/** The text of tokens [s, e) with whitespace runs collapsed and soft hyphens dropped. */
function phraseText(ts: TokenStream, s: number, e: number): string {
  return ts.text.slice(ts.start[s] ?? 0, ts.end[e - 1] ?? 0).replace(/\u00ad/g, '').replace(/\s+/g, ' ');
}

/** A try's outcome: a statistic, or none with the token to resume from. */
interface Found {
  readonly entity: Statistic | null;
  readonly next: number;
}

function build(ts: TokenStream, s: number, e: number, fields: Omit<Statistic, 'type' | 'text' | 'start' | 'end'>): Found {
  const start = ts.start[s] ?? 0;
  const end = ts.end[e - 1] ?? start;
  const entity: Statistic = { type: 'statistic', text: ts.text.slice(start, end), start, end, value: fields.value, kind: fields.kind };
  if (fields.approx !== undefined) entity.approx = fields.approx;
  if (fields.qualifier !== undefined) entity.qualifier = fields.qualifier;
  if (fields.unit !== undefined) entity.unit = fields.unit;
  if (fields.per !== undefined) entity.per = fields.per;
  return { entity, next: e };
}

/** "once a week", "twice a day". */
function frequency(ts: TokenStream, i: number): Found | null {
  const n = FREQUENCY_WORDS.get(lw(ts, i));
  if (n === undefined) return null;
  const r = rateAt(ts, i + 1);
  if (!r) return null;
  return build(ts, i, r.next, { value: { min: n, max: n }, per: r.per, kind: 'rate' });
}

/** Tries to read a statistic starting at token `i`. */
function statisticAt(ts: TokenStream, i: number): Found | null {
  const freq = frequency(ts, i);
  if (freq) return freq;
  let qual: QualifierMatch | null = qualifierAt(ts, i);
  const between = !qual && lw(ts, i) === 'between';
  const qualified = qual !== null || between;
  const j = qual ? qual.next : between ? i + 1 : i;
  const q = readQuantity(ts, j, between, lw(ts, j - 1) === 'from');
  if (!q) return null;
  const f = q.first;
  const money = q.kind === 'money';
  // the context rules out the whole group ("aged between 13 and 17", "Windows 10"): do not reread its parts
  const skip: Found = { entity: null, next: q.next };
  if (f) {
    const ctxStart = qualified ? i : q.start;
    if (f.digitToken >= 0) {
      if (rejectedBefore(ts, ctxStart, qualified, money)) return skip;
      if (isYearLike(ts, f.digitToken) && !f.scaled && !money && q.kind !== 'percent') {
        // a year ("in 2019", "2016-2019") unless qualified and counting ("about 2000 troops")
        const years = q.range && q.max >= 1800 && q.max <= 2099;
        if (years || !qualified || (q.kind === 'count' && !nounFollows(ts, q.next))) return skip;
      }
    } else {
      if (f.capitalised && !isSentenceStart(ts, q.start)) return null; // "the Five Eyes"
      if (rejectedBefore(ts, ctxStart, qualified, money)) return skip;
      if (f.bareOne && !qualified) return null;
    }
    if (rejectedAfter(ts, q.next, f.digitToken >= 0 ? f.digitToken : q.start)) return skip;
  }

  let end = q.next;
  let kind: Statistic['kind'] | 'measure' = q.kind;
  let unit = q.unit;
  let post = postQualifierAt(ts, end);
  if (post) end = post.next;
  let counted = false;
  let pronoun = false;
  if (kind === 'count' || kind === 'percent') {
    const mode: HeadMode = kind === 'percent' || (q.max === 1 && !q.range) ? 'singular' : 'plural';
    if (lw(ts, end) === 'of') {
      const p = partitive(ts, end, mode);
      if (p) {
        end = p.end;
        pronoun = p.phrase === null;
        if (p.phrase) {
          unit = phraseText(ts, p.phrase.start, p.phrase.end);
          counted = true;
          const cur = CURRENCY_WORDS.get(unit.toLowerCase());
          if (cur !== undefined && kind === 'count') { kind = 'money'; unit = cur; }
        }
      }
    } else if (kind === 'count' && !q.needsOf) {
      const np = nounPhrase(ts, end, mode);
      if (np && np.start === end) {
        end = mode === 'plural' ? coordinated(ts, np.end) : np.end;
        unit = phraseText(ts, np.start, end);
        counted = true;
      }
    }
  }
  if (!post) {
    post = postQualifierAt(ts, end);
    if (post) end = post.next;
  }
  if (f?.bareOne && kind === 'count') return null; // "around a tepid start"
  if (kind === 'count' && !counted && f && bareRejected(ts, q, f, qualified, pronoun, end)) return null;

  const rate = rateAt(ts, end);
  if (rate) end = rate.next;
  const effect = qual?.effect ?? post?.effect;
  if (!qual && post) qual = post;
  const value = {
    min: effect === 'max' ? null : q.min,
    max: effect === 'min' ? null : q.max,
  };
  const approx = (q.vague && !q.few) || effect === 'approx' || effect === 'near';
  const fields: Omit<Statistic, 'type' | 'text' | 'start' | 'end'> = { value, kind: rate ? 'rate' : kind === 'measure' ? 'count' : kind };
  if (approx) fields.approx = true;
  if (qual && effect !== 'approx') fields.qualifier = qual.label;
  if (unit !== undefined) fields.unit = unit;
  if (rate) fields.per = rate.per;
  return build(ts, i, end, fields);
}

/** Finds every statistic in a text. */
export function findStatistics(text: string): Statistic[] {
  const ts = tokenize(text);
  const out: Statistic[] = [];
  let i = 0;
  while (i < ts.count) {
    const found = mayStart(ts, i) ? statisticAt(ts, i) : null;
    if (found && found.next > i) {
      if (found.entity) out.push(found.entity);
      i = found.next;
    } else i++;
  }
  return out;
}

/** The statistic recognizer: quantities with their qualifier, unit, rate and kind. */
export const statisticRecognizer: Recognizer<'statistic'> = {
  type: 'statistic',
  recognize: findStatistics,
};
