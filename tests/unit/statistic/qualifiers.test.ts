import { describe, expect, it } from 'vitest';
import { stat } from './helpers';

describe('statistic: qualifiers, ranges and vague quantities', () => {
  it.each([
    ['about', 'The leak hit about 6,000 clinics.', 'about 6,000 clinics'],
    ['around', 'It hit around 6,000 clinics.', 'around 6,000 clinics'],
    ['roughly', 'It hit roughly 6,000 clinics.', 'roughly 6,000 clinics'],
    ['an estimated', 'It hit an estimated 6,000 clinics.', 'an estimated 6,000 clinics'],
    ['some', 'It hit some 6,000 clinics.', 'some 6,000 clinics'],
    ['approximately', 'It hit approximately 6,000 clinics.', 'approximately 6,000 clinics'],
  ])('"%s" approximates without bounding', (_q, text, span) => {
    const s = stat(text, span);
    expect(s.value).toEqual({ min: 6000, max: 6000 });
    expect(s.approx).toBe(true);
    expect(s.qualifier).toBeUndefined();
  });

  it.each([
    ['nearly', 'The siege lasted nearly 12 months.', 'nearly 12 months'],
    ['almost', 'The siege lasted almost 12 months.', 'almost 12 months'],
  ])('"%s" approximates and keeps its wording', (q, text, span) => {
    expect(stat(text, span)).toMatchObject({ value: { min: 12, max: 12 }, approx: true, qualifier: q, kind: 'duration', unit: 'month' });
  });

  it.each([
    ['over', 'Analysts tracked over 400 campaigns.', 'over 400 campaigns'],
    ['more than', 'Analysts tracked more than 400 campaigns.', 'more than 400 campaigns'],
    ['at least', 'Analysts tracked at least 400 campaigns.', 'at least 400 campaigns'],
    ['in excess of', 'Analysts tracked in excess of 400 campaigns.', 'in excess of 400 campaigns'],
  ])('"%s" opens the upper end', (q, text, span) => {
    const s = stat(text, span);
    expect(s).toMatchObject({ value: { min: 400, max: null }, qualifier: q, unit: 'campaigns' });
    expect(s.approx).toBeUndefined();
  });

  it.each([
    ['up to', 'The fine could reach up to $17 million.', 'up to $17 million'],
    ['less than', 'The fine came to less than $17 million.', 'less than $17 million'],
    ['at most', 'The fine was at most $17 million.', 'at most $17 million'],
    ['as much as', 'The fine was as much as $17 million.', 'as much as $17 million'],
  ])('"%s" opens the lower end', (q, text, span) => {
    expect(stat(text, span)).toMatchObject({ value: { min: null, max: 17_000_000 }, qualifier: q, kind: 'money', unit: 'USD' });
  });

  it('reads "fewer than" and "as many as" on counts', () => {
    expect(stat('Fewer than 20 hostages remain.', 'Fewer than 20 hostages')).toMatchObject({ value: { min: null, max: 20 }, qualifier: 'fewer than' });
    expect(stat('As many as 90 ships were hit.', 'As many as 90 ships')).toMatchObject({ value: { min: null, max: 90 }, qualifier: 'as many as' });
  });

  it('reads qualifiers written after the number', () => {
    expect(stat('It takes 10 years or more to recover.', '10 years or more')).toMatchObject({ value: { min: 10, max: null }, kind: 'duration' });
    expect(stat('They arrested 50 or so suspects.', '50 or so suspects')).toMatchObject({ value: { min: 50, max: 50 }, approx: true });
    expect(stat('We saw 300+ phishing kits.', '300+ phishing kits').value).toEqual({ min: 300, max: null });
  });

  it('reads ranges: "between 10 and 20", "10-20", "10 to 20", "two or three"', () => {
    expect(stat('Between 10 and 20 drones were launched.', 'Between 10 and 20 drones').value).toEqual({ min: 10, max: 20 });
    expect(stat('Each raid used 10-20 drones.', '10-20 drones').value).toEqual({ min: 10, max: 20 });
    expect(stat('Each raid used 10–20 drones.', '10–20 drones').value).toEqual({ min: 10, max: 20 });
    expect(stat('Each raid used 10 to 20 drones.', '10 to 20 drones').value).toEqual({ min: 10, max: 20 });
    expect(stat('The outage lasted two or three days.', 'two or three days')).toMatchObject({ value: { min: 2, max: 3 }, kind: 'duration' });
    expect(stat('It cost between $3 and $5 million.', 'between $3 and $5 million').value).toEqual({ min: 3e6, max: 5e6 });
    expect(stat('Rebels held 3,000 to 5,000 fighters in reserve.', '3,000 to 5,000 fighters').value).toEqual({ min: 3000, max: 5000 });
  });

  it.each([
    ['scores of', 'Scores of villagers fled.', 'Scores of villagers', 40, 199, 'villagers'],
    ['hundreds', 'Hundreds were evacuated.', 'Hundreds', 200, 999, undefined],
    ['hundreds of', 'It affected hundreds of hospitals.', 'hundreds of hospitals', 200, 999, 'hospitals'],
    ['thousands', 'Thousands marched in the capital.', 'Thousands', 2000, 9999, undefined],
    ['tens of thousands', 'It reached tens of thousands of inboxes.', 'tens of thousands of inboxes', 20_000, 99_999, 'inboxes'],
    ['hundreds of thousands', 'It reached hundreds of thousands of phones.', 'hundreds of thousands of phones', 200_000, 999_999, 'phones'],
    ['millions', 'Millions of records were sold.', 'Millions of records', 2_000_000, 9_999_999, 'records'],
    ['tens of millions', 'Tens of millions of emails went out.', 'Tens of millions of emails', 20_000_000, 99_999_999, 'emails'],
    ['dozens', 'Dozens of towns lost power.', 'Dozens of towns', 24, 119, 'towns'],
  ])('"%s" is an approximate range', (_q, text, span, min, max, unit) => {
    const s = stat(text, span);
    expect(s.value).toEqual({ min, max });
    expect(s.approx).toBe(true);
    expect(s.unit).toBe(unit);
  });

  it('reads "a few" and "several" with a scale or a time unit', () => {
    expect(stat('It took a few days to spread.', 'a few days')).toMatchObject({ value: { min: 2, max: 4 }, kind: 'duration', unit: 'day' });
    expect(stat('It took a few weeks.', 'a few weeks')).toMatchObject({ value: { min: 2, max: 4 }, unit: 'week' });
    expect(stat('A few hundred users complained.', 'A few hundred users').value).toEqual({ min: 200, max: 400 });
    expect(stat('Several thousand files were wiped.', 'Several thousand files')).toMatchObject({ value: { min: 3000, max: 9000 }, approx: true });
  });

  it('reads "a"/"an" as one only after a qualifier and before a unit', () => {
    expect(stat('The flaw went unnoticed for more than a decade.', 'more than a decade')).toMatchObject({ value: { min: 1, max: null }, unit: 'decade' });
    expect(stat('The scan takes about an hour.', 'about an hour')).toMatchObject({ value: { min: 1, max: 1 }, approx: true, unit: 'hour' });
    expect(stat('Over a dozen firms were breached.', 'Over a dozen firms').value).toEqual({ min: 12, max: null });
  });
});
