/**
 * Words that spell numbers and quantities in English news prose, and the qualifiers that
 * bound or soften them ("more than", "about", "up to").
 */

/** Cardinal words below twenty. "one" and "zero" are here but the grammar treats them warily. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

/** Multiples of ten spelled out. */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Scale words that multiply what comes before ("four hundred", "2 million", "500 crore"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['crore', 1e7], ['bn', 1e9], ['mn', 1e6], ['mln', 1e6], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/** Abbreviated scales glued to a numeral ("3bn", "1.2m", "$600k"). */
export const GLUED_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
  ['million', 1e6], ['billion', 1e9],
]);

/**
 * Plural quantity nouns and the size of one of them: "hundreds" of something is between
 * two hundred and just under a thousand ({2·size, 10·size − 1}, DESIGN.md §4).
 * `needsOf`: only a quantity when "of" follows ("tens of", "scores of").
 */
export const VAGUE_PLURALS: ReadonlyMap<string, { size: number; needsOf: boolean }> = new Map([
  ['tens', { size: 10, needsOf: true }],
  ['dozens', { size: 12, needsOf: false }],
  ['scores', { size: 20, needsOf: true }],
  ['hundreds', { size: 100, needsOf: false }],
  ['thousands', { size: 1e3, needsOf: false }],
  ['millions', { size: 1e6, needsOf: false }],
  ['billions', { size: 1e9, needsOf: false }],
  ['trillions', { size: 1e12, needsOf: false }],
]);

/** How a qualifier changes a value: a lower bound, an upper bound, or an approximation. */
export type QualifierEffect = 'min' | 'max' | 'approx' | 'near';

/** A qualifier phrase. `record`: keep its wording in the entity's `qualifier` attribute. */
export interface Qualifier {
  readonly words: readonly string[];
  readonly effect: QualifierEffect;
}

const q = (phrase: string, effect: QualifierEffect): Qualifier => ({ words: phrase.split(' '), effect });

/**
 * Qualifiers written before a quantity. `near` ("nearly 12") is an approximation whose wording
 * is kept, like the bounds; plain approximations ("about") only set `approx`.
 */
export const PRE_QUALIFIERS: readonly Qualifier[] = [
  q('more than', 'min'), q('over', 'min'), q('at least', 'min'), q('in excess of', 'min'),
  q('upwards of', 'min'), q('upward of', 'min'), q('above', 'min'), q('no fewer than', 'min'),
  q('no less than', 'min'), q('not less than', 'min'), q('greater than', 'min'), q('well over', 'min'),
  q('just over', 'min'), q('well above', 'min'), q('a minimum of', 'min'), q('exceeding', 'min'),
  q('well in excess of', 'min'), q('north of', 'min'), q('more then', 'min'),
  q('up to', 'max'), q('fewer than', 'max'), q('less than', 'max'), q('at most', 'max'),
  q('under', 'max'), q('below', 'max'), q('no more than', 'max'), q('not more than', 'max'),
  q('a maximum of', 'max'), q('as many as', 'max'), q('as much as', 'max'), q('just under', 'max'),
  q('well under', 'max'), q('well below', 'max'), q('just below', 'max'),
  q('nearly', 'near'), q('almost', 'near'), q('close to', 'near'), q('just shy of', 'near'),
  q('approaching', 'near'),
  q('about', 'approx'), q('around', 'approx'), q('roughly', 'approx'), q('approximately', 'approx'),
  q('an estimated', 'approx'), q('estimated', 'approx'), q('some', 'approx'), q('circa', 'approx'),
  q('approx', 'approx'), q('an approximate', 'approx'), q('somewhere around', 'approx'),
  q('round about', 'approx'), q('in the region of', 'approx'), q('on the order of', 'approx'),
];

/** The first words of every pre-qualifier, for a cheap first test. */
export const PRE_QUALIFIER_FIRST: ReadonlySet<string> = new Set(PRE_QUALIFIERS.map((x) => x.words[0] ?? ''));
