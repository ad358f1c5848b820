import { describe, expect, it } from 'vitest';
import { Lexicon, findSubstrings, terms, tokenize } from '../../../lib/page/lexicon';

const lex = new Lexicon([
  ...terms('terrorism', [['terroris*', 3], ['counter terror*', 3], ['ied*', 2]]),
  ...terms('cyber', [['cyber*', 1.5], ['cybersecurity', 3], ['zero day', 3]]),
  ...terms('terrorism', [['IS', 1]], true),
]);

function found(text: string): string[] {
  return lex.find(tokenize(text)).map((h) => `${h.term.p}@${h.start}-${h.end}`);
}

describe('Lexicon', () => {
  it('matches prefixes, phrases and hyphenated phrases', () => {
    expect(found('Terrorists and terrorism')).toEqual(['terroris*@0-10', 'terroris*@15-24']);
    expect(found('counter-terrorism police')).toEqual(['counter terror*@0-17']);
    expect(found('a zero-day flaw')).toEqual(['zero day@2-10']);
  });

  it('prefers the longest and the exact term at one position', () => {
    expect(found('cybersecurity firms and cyberattacks')).toEqual(['cybersecurity@0-13', 'cyber*@24-36']);
  });

  it('matches short prefixes and case-sensitive acronyms', () => {
    expect(found('IEDs were found')).toEqual(['ied*@0-4']);
    expect(found('IS claimed it; this is not it')).toEqual(['IS@0-2']);
  });

  it('does not match inside other words', () => {
    expect(found('the lifecyber of things')).toEqual([]);
  });
});

describe('findSubstrings', () => {
  it('counts only the longest of overlapping terms', () => {
    const list = terms('cyber', [['サイバー', 2], ['サイバー攻撃', 3]]);
    const hits = findSubstrings('サイバー攻撃とサイバー犯罪', list);
    expect(hits.map((h) => [h.term.p, h.start, h.end])).toEqual([
      ['サイバー攻撃', 0, 6],
      ['サイバー', 7, 11],
    ]);
  });
});
