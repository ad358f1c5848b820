import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeFromOffsets } from '../../../lib/anchoring/text-map';
import { canUseHighlightApi, clearPainting, paint } from '../../../lib/paint/highlights';
import { highlightCss, TYPE_COLORS, typeColors } from '../../../lib/paint/colors';

describe('paint', () => {
  it('falls back to <mark data-tl-type> without the Highlight API, and clears back to the original DOM', () => {
    document.body.innerHTML = '<p>GCHQ and the NCSC warned 40 councils.</p>';
    const before = document.body.innerHTML;
    expect(canUseHighlightApi(window)).toBe(false); // happy-dom has no CSS.highlights
    const map = buildTextMap(document.body);
    const at = map.text.indexOf('40 councils');
    const r1 = rangeFromOffsets(map, 0, 4);
    const r2 = rangeFromOffsets(map, at, at + '40 councils'.length);
    const painting = paint(document, new Map([['agency', [r1 as Range]], ['statistic', [r2 as Range]]]));
    const marks = [...document.querySelectorAll('mark')].map((m) => [m.dataset.tlType, m.textContent]);
    expect(marks).toEqual([['agency', 'GCHQ'], ['statistic', '40 councils']]);
    clearPainting(document, painting);
    expect(document.body.innerHTML).toBe(before);
  });

  it('does not paint hidden types', () => {
    document.body.innerHTML = '<p>Interpol</p>';
    const map = buildTextMap(document.body);
    const p = paint(document, new Map([['agency', [rangeFromOffsets(map, 0, 8) as Range]]]), new Set(['agency']));
    expect(p.marks).toHaveLength(0);
    expect(document.querySelector('mark')).toBeNull();
  });

  it('has a highlight rule per type under its tl- name', () => {
    const css = highlightCss(new Set(['person']));
    expect(css).toContain('::highlight(tl-agency)');
    expect(css).toContain('::highlight(tl-saved)');
    expect(css).not.toContain('tl-person');
  });
});

describe('colours the reader chose', () => {
  it('override a type in the highlight and fallback rules, and leave the others', () => {
    const css = highlightCss(new Set(), { agency: '#112233', watch: '#abcdef' });
    expect(css).toContain('::highlight(tl-agency){background-color:#11223340;text-decoration:underline 2px #112233');
    expect(css).toContain('mark[data-tl-type="agency"]{background-color:#11223340');
    expect(css).toContain('::highlight(tl-watch){background-color:#abcdef40');
    expect(css).toContain(`::highlight(tl-malware){background-color:${TYPE_COLORS.malware}40`);
    expect(css).not.toContain(TYPE_COLORS.agency);
  });

  it('ignore malformed colours and unknown types', () => {
    expect(typeColors({ agency: 'red', nonsense: '#000000' })).toEqual({ ...TYPE_COLORS });
  });
});
