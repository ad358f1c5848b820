import { describe, expect, it } from 'vitest';
import { stat, texts } from './helpers';

describe('statistic: durations', () => {
  it.each([
    ['The campaign ran for 7 months.', '7 months', 7, 'month'],
    ['Backups took 72 hours.', '72 hours', 72, 'hour'],
    ['The trial lasted seven days.', 'seven days', 7, 'day'],
    ['The 18-year conflict may end.', '18-year', 18, 'year'],
    ['They had a seven-day deadline.', 'seven-day', 7, 'day'],
    ['Data was copied over a two-week period.', 'two-week period', 2, 'week'],
    ['Four decades of records were lost.', 'Four decades', 4, 'decade'],
    ['Patching took 90 seconds.', '90 seconds', 90, 'second'],
    ['The sentence is 1.5 years.', '1.5 years', 1.5, 'year'],
  ])('%s', (text, span, n, unit) => {
    expect(stat(text, span)).toMatchObject({ kind: 'duration', value: { min: n, max: n }, unit });
  });

  it('is not an age', () => {
    expect(texts('A 25-year-old man was charged.')).toEqual([]);
    expect(texts('The suspect, 25 years old, was charged.')).toEqual([]);
    expect(texts('The suspect was aged 25 when arrested.')).toEqual([]);
    expect(texts('Teenagers aged between 13 and 17 were targeted.')).toEqual([]);
  });
});

describe('statistic: rates', () => {
  it('reads "around 1 attack a month"', () => {
    const s = stat('Police foiled around 1 attack a month.', 'around 1 attack a month');
    expect(s).toMatchObject({ kind: 'rate', value: { min: 1, max: 1 }, per: 'month', unit: 'attack', approx: true });
  });

  it.each([
    ['The honeypot saw 3,000 probes per day.', '3,000 probes per day', 'day'],
    ['The firm lost $2 billion each year.', '$2 billion each year', 'year'],
    ['It logs 50 alerts every hour.', '50 alerts every hour', 'hour'],
    ['It blocks 10,000 requests per second.', '10,000 requests per second', 'second'],
    ['Operators earn $40 per infected machine.', '$40 per infected machine', 'infected machine'],
    ['The group posts 20 videos weekly.', '20 videos weekly', 'week'],
  ])('%s', (text, span, per) => {
    expect(stat(text, span)).toMatchObject({ kind: 'rate', per });
  });

  it('reads frequency words', () => {
    expect(stat('The script runs twice a day.', 'twice a day')).toMatchObject({ kind: 'rate', value: { min: 2, max: 2 }, per: 'day' });
  });

  it('is no rate when the period is a point in time', () => {
    expect(stat('The crash came 2 days after the swap.', '2 days').kind).toBe('duration');
    const s = stat('Police held 15 suspects a day after the raid.', '15 suspects');
    expect(s.kind).toBe('count');
    expect(s.per).toBeUndefined();
  });
});
