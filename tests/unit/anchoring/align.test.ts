import { describe, expect, it } from 'vitest';
import { alignTexts, spanToPage } from '../../../lib/anchoring/align';

describe('alignTexts', () => {
  it('maps article offsets onto a page whose whitespace differs', () => {
    const article = 'MI5 said the threat\n\nwas severe.';
    const page = 'Menu Home   MI5 said the   threat was\n severe. Footer';
    const al = alignTexts(article, page);
    const span = spanToPage(al, article, article.indexOf('threat'), article.indexOf('threat') + 6);
    expect(span).not.toBeNull();
    const [s, e] = span ?? [0, 0];
    expect(page.slice(s, e)).toBe('threat');
  });

  it('keeps repeated phrases in order', () => {
    const intro = 'Officials said the agency was watching closely. ';
    const article = `${intro}Later the agency was watching again and the agency was right.`;
    const page = `Related: the agency was watching. ${article}`;
    const al = alignTexts(article, page);
    const second = article.lastIndexOf('agency');
    const span = spanToPage(al, article, second, second + 6);
    expect(span?.[0]).toBe(page.lastIndexOf('agency'));
  });

  it('returns null for text that is not on the page', () => {
    const article = 'A paragraph that the page does not contain at all, not even in part.';
    const al = alignTexts(article, 'Completely different content lives here instead of it.');
    expect(spanToPage(al, article, 2, 11)).toBeNull();
  });
});
