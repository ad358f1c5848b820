import { describe, expect, it } from 'vitest';
import { attackTypeRecognizer, findAttackTypes } from '../../../lib/entities/recognizers/attack-type';

const found = (s: string): [string, string | undefined][] => findAttackTypes(s).map((e) => [e.text, e.id]);

describe('attack-type: physical attacks', () => {
  it('marks plural modus-operandi nouns with offsets', () => {
    const s = 'Police foiled shootings, stabbings and bombings this year.';
    const hits = findAttackTypes(s);
    expect(hits.map((e) => [e.text, e.id])).toEqual([
      ['shootings', 'shooting'],
      ['stabbings', 'stabbing'],
      ['bombings', 'bombing'],
    ]);
    const first = hits[0];
    expect(first && s.slice(first.start, first.end)).toBe('shootings');
    expect(first?.type).toBe('attack-type');
    expect(first?.name).toBe('shooting');
  });

  it('prefers the longest phrase', () => {
    expect(found('a suicide bomber, a car bomb and lone wolf attacks')).toEqual([
      ['suicide bomber', 'suicide-bombing'],
      ['car bomb', 'bombing'],
      ['lone wolf attacks', 'lone-actor'],
    ]);
  });

  it('accepts hyphen and space spellings alike', () => {
    expect(found('a vehicle-ramming attack, a vehicle ramming attack and hostage taking')).toEqual([
      ['vehicle-ramming attack', 'vehicle-ramming'],
      ['vehicle ramming attack', 'vehicle-ramming'],
      ['hostage taking', 'hostage-taking'],
    ]);
  });

  it('marks a bare weapon only in a list of attack types', () => {
    expect(found('lethal attacks such as knife or vehicle terrorism')).toEqual([
      ['knife', 'stabbing'],
      ['vehicle terrorism', 'vehicle-ramming'],
    ]);
    expect(found('He cut the rope with a knife.')).toEqual([]);
  });

  it('does not read gerunds used as verbs', () => {
    expect(found('The studio is shooting for a spring release.')).toEqual([]);
    expect(found('He was convicted of kidnapping the girl.')).toEqual([]);
    expect(found('After the shooting at the mall, police closed roads.')).toEqual([['shooting', 'shooting']]);
  });

  it('covers airstrikes, arson and kidnapping', () => {
    expect(found('five airstrikes, two air strikes, an arson attack and a kidnapping')).toEqual([
      ['airstrikes', 'airstrike'],
      ['air strikes', 'airstrike'],
      ['arson attack', 'arson'],
      ['kidnapping', 'kidnapping'],
    ]);
  });
});

describe('attack-type: cyber attacks', () => {
  it('finds ransomware, phishing and data breaches', () => {
    expect(found('The ransomware arrived by spear-phishing after a data breach.')).toEqual([
      ['ransomware', 'ransomware'],
      ['spear-phishing', 'phishing'],
      ['data breach', 'data-breach'],
    ]);
  });

  it('matches acronyms only in their own case', () => {
    expect(found('a DoS flaw, a DDoS attack and an XSS bug; the dos and dont’s; MS-DOS')).toEqual([
      ['DoS', 'dos'],
      ['DDoS attack', 'ddos'],
      ['XSS', 'xss'],
    ]);
  });

  it('reads long forms of vulnerability classes', () => {
    expect(
      found('a cross-site scripting (XSS) bug, a denial-of-service issue, SQL injection and a zero-day exploit'),
    ).toEqual([
      ['cross-site scripting', 'xss'],
      ['XSS', 'xss'],
      ['denial-of-service', 'dos'],
      ['SQL injection', 'sql-injection'],
      ['zero-day exploit', 'zero-day'],
    ]);
  });

  it('covers supply-chain attacks, credential stuffing and distributed denial of service', () => {
    expect(found('supply chain attacks, credential stuffing and a distributed denial-of-service attack')).toEqual([
      ['supply chain attacks', 'supply-chain'],
      ['credential stuffing', 'credential-stuffing'],
      ['distributed denial-of-service attack', 'ddos'],
    ]);
  });

  it('does not mark generic words', () => {
    expect(found('The attack was a cyberattack; the breach and the hack hurt, said the attacker.')).toEqual([]);
  });
});

describe('attack-type: recognizer contract', () => {
  it('exposes the attack-type type and is case-insensitive for words', () => {
    const hits = attackTypeRecognizer.recognize('RANSOMWARE and Phishing');
    expect(attackTypeRecognizer.type).toBe('attack-type');
    expect(hits.map((e) => e.id)).toEqual(['ransomware', 'phishing']);
  });

  it('is linear on long hostile input', () => {
    const s = 'knife '.repeat(100000) + 'stabbing';
    const t = performance.now();
    const hits = findAttackTypes(s);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(hits.length).toBeGreaterThanOrEqual(1);
    expect(hits[hits.length - 1]?.text).toBe('stabbing');
  });
});
