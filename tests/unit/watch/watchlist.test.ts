import { describe, expect, it } from 'vitest';
import { countWatchTerms, findWatchTerms } from '../../../lib/watch/watchlist';

const texts = (text: string, terms: string[]): string[] => findWatchTerms(text, terms).map((m) => text.slice(m.start, m.end));

describe('watchlist matching', () => {
  it('finds terms case-insensitively and reports the term as written in the list', () => {
    const text = 'LockBit struck again; lockbit affiliates and LOCKBIT 3.0 builders.';
    const found = findWatchTerms(text, ['LockBit']);
    expect(found.map((m) => m.term)).toEqual(['LockBit', 'LockBit', 'LockBit']);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['LockBit', 'lockbit', 'LOCKBIT']);
  });

  it('matches whole words only', () => {
    expect(texts('Iran ran the operation; they ran.', ['ran'])).toEqual(['ran', 'ran']);
    expect(texts('Sandworms and Sandworm.', ['Sandworm'])).toEqual(['Sandworm']);
    expect(texts('The port 4444 and 44444.', ['4444'])).toEqual(['4444']);
  });

  it('works in any language, accents and non-Latin scripts included', () => {
    expect(texts('La Sûreté de l’État et la sûreté publique.', ['sûreté'])).toEqual(['Sûreté', 'sûreté']);
    expect(texts('Служба безопасности Украины (СБУ) и СБУшники.', ['СБУ'])).toEqual(['СБУ']);
    expect(texts('警察庁は声明を出した。警察庁によると', ['警察庁'])).toEqual(['警察庁', '警察庁']);
    expect(texts('Der Verfassungsschutz warnt. VERFASSUNGSSCHUTZ!', ['verfassungsschutz'])).toHaveLength(2);
  });

  it('matches phrases across any white space and prefers the longest term', () => {
    const text = 'Sandworm Team struck; Sandworm\nTeam again; Sandworm alone.';
    const found = findWatchTerms(text, ['Sandworm', 'Sandworm Team']);
    expect(found.map((m) => m.term)).toEqual(['Sandworm Team', 'Sandworm Team', 'Sandworm']);
  });

  it('takes terms with punctuation literally', () => {
    expect(texts('Written in C++ and C#, not C.', ['C++', 'C#'])).toEqual(['C++', 'C#']);
    expect(texts('a.b.c and abc', ['a.b.c'])).toEqual(['a.b.c']);
  });

  it('finds nothing for an empty list or blank terms', () => {
    expect(findWatchTerms('anything', [])).toEqual([]);
    expect(findWatchTerms('anything', ['  '])).toEqual([]);
  });

  it('counts each term, most frequent first', () => {
    const m = findWatchTerms('b a b c b a', ['a', 'b', 'c']);
    expect(countWatchTerms(m)).toEqual([
      { term: 'b', count: 3 },
      { term: 'a', count: 2 },
      { term: 'c', count: 1 },
    ]);
  });
});
