import { describe, expect, it } from 'vitest';
import { NUM, NUM_ODD, SYM, WORD, tokenize, tokLower } from '../../../lib/entities/numbers/tokenize';
import { readNumeral } from '../../../lib/entities/numbers/numeral';
import { looksPlural } from '../../../lib/entities/numbers/units';
import { qualifierAt, postQualifierAt } from '../../../lib/entities/numbers/qualifier';

const valueOf = (text: string): number | null => readNumeral(tokenize(text), 0)?.value ?? null;

describe('numbers: tokenizer', () => {
  it('splits numerals, words and symbols with offsets and spacing flags', () => {
    const ts = tokenize('Over 6,000 (£1.2m) world’s');
    const kinds = Array.from(ts.kind.slice(0, ts.count));
    expect(kinds).toEqual([WORD, NUM, SYM, SYM, NUM, WORD, SYM, WORD]);
    expect(ts.start[1]).toBe(5);
    expect(ts.end[1]).toBe(10);
    expect(tokLower(ts, 7)).toBe("world's");
    expect((ts.flags[3] ?? 0) & 1).toBe(0); // "£" touches "("
  });

  it('marks numerals that are no plain quantity', () => {
    for (const odd of ['192.168.1.1', '1.2.3', '12,34', '007', '1,0000']) {
      const ts = tokenize(odd);
      expect(ts.count, odd).toBe(1);
      expect((ts.numFlags[0] ?? 0) & NUM_ODD, odd).toBe(NUM_ODD);
    }
    for (const plain of ['6,000', '1,234,567.5', '0.5', '42']) {
      expect((tokenize(plain).numFlags[0] ?? 0) & NUM_ODD, plain).toBe(0);
    }
  });

  it('keeps soft hyphens inside words', () => {
    const ts = tokenize('US \u00adforces');
    expect(ts.count).toBe(2);
    expect(tokLower(ts, 1)).toBe('forces');
  });
});

describe('numbers: reading a number', () => {
  it.each([
    ['6,000', 6000],
    ['9.4 million', 9_400_000],
    ['3bn', 3e9],
    ['600k', 600_000],
    ['2 hundred thousand', 200_000],
    ['twenty-three', 23],
    ['twenty three', 23],
    ['four hundred', 400],
    ['four hundred and fifty', 450],
    ['two thousand five hundred', 2500],
    ['a dozen', 12],
    ['two dozen', 24],
    ['a hundred', 100],
    ['half a million', 500_000],
    ['one million', 1_000_000],
    ['Seventeen', 17],
  ])('%s → %d', (text, value) => {
    expect(valueOf(text)).toBe(value);
  });

  it('reads "one" and "a" as a bare one', () => {
    expect(readNumeral(tokenize('one'), 0)?.bareOne).toBe(true);
    expect(readNumeral(tokenize('a'), 0)?.bareOne).toBe(true);
    expect(readNumeral(tokenize('one hundred'), 0)?.bareOne).toBe(false);
  });

  it('does not read odd numerals or "zero"', () => {
    expect(valueOf('10.0.0.1')).toBeNull();
    expect(valueOf('zero')).toBeNull();
    expect(valueOf('several')).toBeNull();
  });
});

describe('numbers: words', () => {
  it('tells plural nouns', () => {
    for (const w of ['members', 'people', 'militiamen', 'children', 'staff', 'others']) expect(looksPlural(w), w).toBe(true);
    for (const w of ['virus', 'analysis', 'business', 'dangerous', 'specimen', 'news']) expect(looksPlural(w), w).toBe(false);
    expect(looksPlural('iraqis', true)).toBe(true);
  });

  it('finds the longest qualifier', () => {
    const ts = tokenize('no more than 5');
    expect(qualifierAt(ts, 0)).toEqual({ effect: 'max', label: 'no more than', next: 3 });
    const ts2 = tokenize('more than 5');
    expect(qualifierAt(ts2, 0)).toEqual({ effect: 'min', label: 'more than', next: 2 });
    const ts3 = tokenize('5 or more');
    expect(postQualifierAt(ts3, 1)).toMatchObject({ effect: 'min', next: 3 });
  });
});
