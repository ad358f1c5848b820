import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../lib/anchoring/anchor';
import { describeSpan } from '../../../lib/anchoring/selectors';

const page =
  'Officials said the threat level stayed at substantial. Europol warned that tens of thousands of victims ' +
  'had been hit across the EU. Officials said the threat level stayed at substantial after the review.';

function select(text: string, phrase: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  return describeSpan(text, at, at + phrase.length);
}

describe('anchorSelectors', () => {
  it('uses the stored position when the text there is unchanged', () => {
    const sel = select(page, 'tens of thousands of victims');
    expect(anchorSelectors(page, sel)).toMatchObject({ method: 'position', start: page.indexOf('tens of') });
  });

  it('finds the right one of repeated quotes by its context when text moved', () => {
    const sel = select(page, 'the threat level stayed at substantial', 1);
    const moved = `BREAKING: ${page}`;
    const a = anchorSelectors(moved, sel);
    expect(a?.method).toBe('quote');
    expect(a?.start).toBe(moved.lastIndexOf('the threat level stayed'));
  });

  it('re-anchors fuzzily after a small edit', () => {
    const sel = select(page, 'Europol warned that tens of thousands of victims had been hit across the EU');
    const edited = page.replace('had been hit', 'were hit');
    const a = anchorSelectors(edited, sel);
    expect(a?.method).toBe('fuzzy');
    expect(edited.slice(a?.start, a?.end)).toMatch(/^Europol warned .* across the EU/);
  });

  it('reports an orphan when the passage is gone', () => {
    const sel = select(page, 'Europol warned that tens of thousands of victims');
    expect(anchorSelectors('A different article about the weather in Leeds and nothing else at all.', sel)).toBeNull();
  });
});
