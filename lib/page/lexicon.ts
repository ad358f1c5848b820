/**
 * Weighted term lists and the matcher that counts them in a text. A term is a phrase of words;
 * a word ending in `*` matches any word starting with it ("terroris*" → terrorist, terrorism).
 * Hyphens count as spaces, so "counter terror*" also matches "counter-terrorism".
 */

/** What a term is evidence of. `crime` never makes a page security news; `offtopic` argues against it. */
export type Signal = 'terrorism' | 'national-security' | 'cyber' | 'crime' | 'offtopic';

/** One lexicon entry: a phrase, how much one mention weighs, and what it is evidence of. */
export interface Term {
  /** Lower-case words separated by spaces; `*` at a word's end makes it a prefix. */
  p: string;
  /** Weight of the term: 3 leaves little doubt, 1 supports other evidence, below 1 barely counts. */
  w: number;
  t: Signal;
  /** Match case exactly (acronyms such as "IS" or "NSA" that are also ordinary words). */
  cs?: boolean;
}

/** Shorthand used by the lexicon files: `[phrase, weight]` pairs for one signal. */
export function terms(t: Signal, list: readonly (readonly [string, number])[], cs = false): Term[] {
  return list.map(([p, w]) => (cs ? { p, w, t, cs } : { p, w, t }));
}

interface CompiledTerm {
  term: Term;
  index: number;
  words: string[];
  prefix: boolean[];
}

/** One term found: which term, and where (token indices, and UTF-16 offsets into the text). */
export interface TermHit {
  term: Term;
  index: number;
  start: number;
  end: number;
  token: number;
}

/** A text split into words, with their offsets. */
export interface Tokens {
  lower: string[];
  orig: string[];
  start: number[];
  end: number[];
}

const KEY = 4;

/** Longer phrases beat shorter ones; at equal length an exact word beats a prefix ("cybersecurity" over "cyber*"). */
function specificity(c: CompiledTerm): number {
  let chars = 0;
  c.words.forEach((w, j) => (chars += w.length + (c.prefix[j] ? 0 : 0.5)));
  return c.words.length * 1000 + chars;
}
const keyOf = (w: string): string => w.slice(0, KEY);

/** The words of `text` (letters and digits; hyphens, apostrophes and punctuation split words). */
export function tokenize(text: string): Tokens {
  const out: Tokens = { lower: [], orig: [], start: [], end: [] };
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.orig.push(m[0]);
    out.lower.push(m[0].toLowerCase());
    out.start.push(m.index);
    out.end.push(m.index + m[0].length);
  }
  return out;
}

/** A compiled lexicon: finds every term of a list in a tokenised text. */
export class Lexicon {
  private readonly byKey = new Map<string, CompiledTerm[]>();
  /** Prefix terms whose first word is shorter than the key ("ddos*"-style terms are keyed normally). */
  private readonly shortPrefix = new Map<string, CompiledTerm[]>();
  /** The terms, in the order given. */
  readonly terms: readonly Term[];

  constructor(list: readonly Term[]) {
    this.terms = list;
    list.forEach((term, index) => {
      const raw = term.p.replace(/-/g, ' ').split(/\s+/).filter(Boolean);
      const words = raw.map((w) => (term.cs ? w : w.toLowerCase()).replace(/\*$/, ''));
      const prefix = raw.map((w) => w.endsWith('*'));
      const first = words[0];
      if (!first) return;
      const compiled: CompiledTerm = { term, index, words, prefix };
      const k = keyOf(term.cs ? first.toLowerCase() : first);
      // A short prefix ("ied*") matches words whose key is longer than it, so it is filed apart.
      const map = prefix[0] && k.length < KEY ? this.shortPrefix : this.byKey;
      const bucket = map.get(k) ?? [];
      bucket.push(compiled);
      map.set(k, bucket);
    });
  }

  /** Every occurrence of every term in `tokens`; at one position only the longest term counts. */
  find(tokens: Tokens): TermHit[] {
    const hits: TermHit[] = [];
    const n = tokens.lower.length;
    for (let i = 0; i < n; i++) {
      const w = tokens.lower[i] ?? '';
      const candidates: CompiledTerm[] = [...(this.byKey.get(keyOf(w)) ?? [])];
      for (let len = 1; len < KEY && len <= w.length; len++) {
        const short = this.shortPrefix.get(w.slice(0, len));
        if (short) candidates.push(...short);
      }
      if (candidates.length === 0) continue;
      let best: CompiledTerm | null = null;
      for (const c of candidates) {
        if (best && specificity(c) <= specificity(best)) continue;
        if (i + c.words.length > n) continue;
        let ok = true;
        for (let j = 0; j < c.words.length && ok; j++) {
          const have = c.term.cs ? (tokens.orig[i + j] ?? '') : (tokens.lower[i + j] ?? '');
          const want = c.words[j] ?? '';
          ok = c.prefix[j] ? have.startsWith(want) : have === want;
        }
        if (ok) best = c;
      }
      if (best) {
        const last = i + best.words.length - 1;
        hits.push({ term: best.term, index: best.index, start: tokens.start[i] ?? 0, end: tokens.end[last] ?? 0, token: i });
        i = last;
      }
    }
    return hits;
  }
}

/**
 * Occurrences of terms in unsegmented text (Japanese, Chinese), where words are not separated by
 * spaces. Where terms overlap ("サイバー攻撃" contains "サイバー") only the longest counts.
 */
export function findSubstrings(text: string, list: readonly Term[]): TermHit[] {
  const all: TermHit[] = [];
  list.forEach((term, index) => {
    let at = text.indexOf(term.p);
    while (at >= 0 && all.length < 20_000) {
      all.push({ term, index, start: at, end: at + term.p.length, token: at });
      at = text.indexOf(term.p, at + term.p.length);
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermHit[] = [];
  let reach = -1;
  for (const h of all) {
    if (h.start < reach) continue;
    kept.push(h);
    reach = h.end;
  }
  return kept;
}
