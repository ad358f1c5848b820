import { describe, expect, it } from 'vitest';
import { stat } from './helpers';

describe('statistic: money', () => {
  it.each([
    ['The insurer paid £17.5 million.', '£17.5 million', 17_500_000, 'GBP'],
    ['The gang demanded $3bn.', '$3bn', 3e9, 'USD'],
    ['A fine of €40,000 was imposed.', '€40,000', 40_000, 'EUR'],
    ['Victims paid $600k in total.', '$600k', 600_000, 'USD'],
    ['The bank lost US$2.5 million.', 'US$2.5 million', 2_500_000, 'USD'],
    ['The hotel lost HK$30m.', 'HK$30m', 30_000_000, 'HKD'],
    ['The fraud cost 2 million dollars.', '2 million dollars', 2_000_000, 'USD'],
    ['A reward of 5,000 euros is offered.', '5,000 euros', 5000, 'EUR'],
    ['The council lost 80,000 Australian dollars.', '80,000 Australian dollars', 80_000, 'AUD'],
    ['It was priced at USD 1,200 per seat.', 'USD 1,200 per seat', 1200, 'USD'],
    ['The ransom was 50 bitcoin.', '50 bitcoin', 50, 'BTC'],
    ['The scam cost Rs 300 each.', 'Rs 300', 300, 'INR'],
  ])('%s', (text, span, amount, code) => {
    const s = stat(text, span);
    expect(s.value.min).toBe(amount);
    expect(s.unit).toBe(code);
    expect(['money', 'rate']).toContain(s.kind);
  });

  it('keeps two amounts written side by side apart', () => {
    const text = 'They raised about $92,000 (€83,000) so far.';
    expect(stat(text, 'about $92,000')).toMatchObject({ value: { min: 92_000, max: 92_000 }, approx: true, unit: 'USD' });
    expect(stat(text, '€83,000')).toMatchObject({ value: { min: 83_000, max: 83_000 }, unit: 'EUR' });
  });

  it('reads "millions of dollars" as money', () => {
    expect(stat('They laundered millions of dollars.', 'millions of dollars')).toMatchObject({ kind: 'money', unit: 'USD', value: { min: 2e6, max: 9_999_999 } });
  });

  it('shares a scale across a money range', () => {
    expect(stat('Losses of $5-10 million were reported.', '$5-10 million').value).toEqual({ min: 5e6, max: 1e7 });
    expect(stat('Losses of £5m-£8m were reported.', '£5m-£8m').value).toEqual({ min: 5e6, max: 8e6 });
  });
});

describe('statistic: percentages', () => {
  it.each([
    ['Detections rose 5% in May.', '5%'],
    ['Detections rose five percent in May.', 'five percent'],
    ['Detections rose 5 per cent in May.', '5 per cent'],
    ['Detections rose 5 percent in May.', '5 percent'],
  ])('%s', (text, span) => {
    expect(stat(text, span)).toMatchObject({ kind: 'percent', value: { min: 5, max: 5 } });
  });

  it('keeps what the percentage is of as its unit', () => {
    expect(stat('Rebels lost over 25% of their territory.', 'over 25% of their territory')).toMatchObject({
      kind: 'percent', value: { min: 25, max: null }, qualifier: 'over', unit: 'territory',
    });
    expect(stat('Roughly 40 per cent of hospitals paid.', 'Roughly 40 per cent of hospitals')).toMatchObject({ unit: 'hospitals', approx: true });
  });

  it('reads percentage ranges and decimals', () => {
    expect(stat('Fatality rates are 30-60 per cent.', '30-60 per cent').value).toEqual({ min: 30, max: 60 });
    expect(stat('Prices fell 10% to 20% overnight.', '10% to 20%').value).toEqual({ min: 10, max: 20 });
    expect(stat('The yield hit 2.25%.', '2.25%').value).toEqual({ min: 2.25, max: 2.25 });
  });
});
