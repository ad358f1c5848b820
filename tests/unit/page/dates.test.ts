import { describe, expect, it } from 'vitest';
import { dateFromUrl, toIsoDate } from '../../../lib/page/dates';

describe('toIsoDate', () => {
  it('keeps ISO timestamps with their own offset', () => {
    expect(toIsoDate('2019-11-19T23:30:00-08:00')).toBe('2019-11-19T23:30:00-08:00');
    expect(toIsoDate('2018-12-21T12:55:00Z')).toBe('2018-12-21T12:55:00Z');
    expect(toIsoDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T10:52:50+01:00');
    expect(toIsoDate('2015-03-27T13:07:55.096Z')).toBe('2015-03-27T13:07:55Z');
  });

  it('reads space-separated and date-only forms', () => {
    expect(toIsoDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00');
    expect(toIsoDate('2024-06-25')).toBe('2024-06-25');
    expect(toIsoDate('20191119')).toBe('2019-11-19');
    expect(toIsoDate('2019/11/19')).toBe('2019-11-19');
  });

  it('reads written-out dates in English, French and German', () => {
    expect(toIsoDate('March 25, 2015')).toBe('2015-03-25');
    expect(toIsoDate('Updated Nov. 19, 2019 3:46 PM')).toBe('2019-11-19T15:46:00');
    expect(toIsoDate('Tue, 19 Nov 2019 10:00:00 GMT')).toBe('2019-11-19T10:00:00Z');
    expect(toIsoDate('25 mars 2015')).toBe('2015-03-25');
    expect(toIsoDate('3. März 2021')).toBe('2021-03-03');
    expect(toIsoDate('05.02.2024')).toBe('2024-02-05');
  });

  it('reads epoch seconds and milliseconds as UTC', () => {
    expect(toIsoDate('1574121600')).toBe('2019-11-19T00:00:00Z');
    expect(toIsoDate('1574121600000')).toBe('2019-11-19T00:00:00Z');
  });

  it('refuses what is not a date', () => {
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate('')).toBeNull();
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('2019-02-30')).toBeNull();
    expect(toIsoDate('1234-01-01')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('finds a date in a news URL path', () => {
    expect(dateFromUrl('https://www.nytimes.com/2019/11/19/opinion/x.html')).toBe('2019-11-19');
    expect(dateFromUrl('https://example.org/news/2020-02-29-leap')).toBe('2020-02-29');
  });
  it('ignores paths without one', () => {
    expect(dateFromUrl('https://example.org/about/team')).toBeNull();
    expect(dateFromUrl(undefined)).toBeNull();
  });
});
