/**
 * The period of a rate after a quantity: "a month", "per day", "each year", "every week",
 * "per victim", "daily"; and frequency words ("once a week", "twice a day").
 */
import { FUNCTION_WORDS, RATE_ADVERBS, TIME_UNITS } from './units';
import { nounPhrase } from './noun-phrase';
import { WORD, tokLower, type TokenStream } from './tokenize';

const lw = (ts: TokenStream, i: number): string => (i >= 0 && i < ts.count && ts.kind[i] === WORD ? tokLower(ts, i) : '');

/** Words after "a month" that make it a point in time, not a rate ("a month ago", "a day after"). */
const NOT_RATE_AFTER: ReadonlySet<string> = new Set(['ago', 'later', 'earlier', 'before', 'after', 'since', 'prior', 'into', 'in', 'on', 'of', 'or']);

/** Frequency words and how many times they mean. */
export const FREQUENCY_WORDS: ReadonlyMap<string, number> = new Map([['once', 1], ['twice', 2], ['thrice', 3]]);

/** The rate period at token `i` ("a month" → "month") and the token after it, or null. */
export function rateAt(ts: TokenStream, i: number): { per: string; next: number } | null {
  const w = lw(ts, i);
  if (w === '') return null;
  const adverb = RATE_ADVERBS.get(w);
  if (adverb !== undefined) return { per: adverb, next: i + 1 };
  if (w !== 'a' && w !== 'an' && w !== 'per' && w !== 'each' && w !== 'every') return null;
  const u = lw(ts, i + 1);
  const tu = TIME_UNITS.get(u);
  if (tu !== undefined && (u === tu || u === 'hr')) {
    if (w !== 'per' && NOT_RATE_AFTER.has(lw(ts, i + 2))) return null;
    return { per: tu, next: i + 2 };
  }
  if (w === 'per' && u !== '' && u !== 'cent' && !FUNCTION_WORDS.has(u)) {
    // "per diluted share", "per infected machine"
    const np = nounPhrase(ts, i + 1, 'singular');
    if (np && np.start === i + 1 && np.end - np.start <= 5) {
      return { per: ts.text.slice(ts.start[np.start] ?? 0, ts.end[np.end - 1] ?? 0).toLowerCase(), next: np.end };
    }
    return { per: u, next: i + 2 };
  }
  return null;
}
