import { describe, expect, it } from 'vitest';
import { agencyRecognizer } from '../../../lib/entities/recognizers/agency';
import { threatActorRecognizer } from '../../../lib/entities/recognizers/threat-actor';
import { malwareRecognizer } from '../../../lib/entities/recognizers/malware';

const spans = (found: { text: string; id?: string }[]): string[] => found.map((e) => `${e.text}=${e.id ?? ''}`);

describe('agency recognizer', () => {
  it('finds named and generic agencies with offsets, id, country and kind', () => {
    const text = 'MI5 and counter-terrorism police foiled the plot, the FBI said.';
    const found = agencyRecognizer.recognize(text);
    expect(found[0]).toEqual({
      type: 'agency',
      text: 'MI5',
      start: 0,
      end: 3,
      id: 'mi5',
      name: 'MI5 (Security Service)',
      country: 'GB',
      kind: 'security-service',
    });
    expect(spans(found)).toEqual(['MI5=mi5', 'counter-terrorism police=counter-terrorism-police', 'FBI=fbi']);
    const fbi = found[2];
    expect(fbi && text.slice(fbi.start, fbi.end)).toBe('FBI');
  });

  it('finds "<nationality> <force>" and named local forces', () => {
    const text = 'Iraqi security forces and the US military were joined by Kent Police and the Hong Kong Police.';
    expect(spans(agencyRecognizer.recognize(text))).toEqual([
      'Iraqi security forces=iraqi-security-forces',
      'US military=us-military',
      'Kent Police=kent-police',
      'Hong Kong Police=hong-kong-police',
    ]);
  });

  it('tells a named body from a generic term by case', () => {
    expect(spans(agencyRecognizer.recognize('The Security Service warned; every security service agreed.'))).toEqual([
      'Security Service=mi5',
      'security service=security-services',
    ]);
  });

  it('ignores look-alikes', () => {
    const text = 'I set up a home office with a Swiss Army knife; the call is at 11:00 AM PST. Network Security Services is a library.';
    expect(agencyRecognizer.recognize(text)).toEqual([]);
  });
});

describe('threat-actor recognizer', () => {
  it('finds terrorist groups under their aliases', () => {
    const text = 'Fighters loyal to Daesh and al‑Qaeda clashed; Islamic State of Iraq and the Levant claimed the bombing.';
    const found = threatActorRecognizer.recognize(text);
    expect(spans(found)).toEqual(['Daesh=isis', 'al‑Qaeda=al-qaeda', 'Islamic State of Iraq and the Levant=isis']);
    expect(found[0]).toMatchObject({ start: 18, end: 23, kind: 'terrorist-group', name: 'Islamic State (ISIS)' });
    expect(found[0]?.aliases).toContain('ISIL');
  });

  it('takes "IS" only where the text is about the group', () => {
    expect(spans(threatActorRecognizer.recognize('Islamic State lost Mosul, and IS fighters fled.'))).toEqual([
      'Islamic State=isis',
      'IS=isis',
    ]);
    expect(threatActorRecognizer.recognize('WHAT IS THE POINT? It IS what it is.')).toEqual([]);
  });

  it('finds cyber actors and gangs', () => {
    const text = 'Researchers linked APT28 (Fancy Bear) and the Lazarus Group to the intrusions; LockBit affiliates struck too.';
    expect(spans(threatActorRecognizer.recognize(text))).toEqual([
      'APT28=apt28',
      'Fancy Bear=apt28',
      'Lazarus Group=lazarus-group',
      'LockBit=lockbit',
    ]);
  });

  it('matches ordinary-word names only beside a qualifier or in context', () => {
    expect(spans(threatActorRecognizer.recognize('The Play ransomware gang and the Akira group leaked files.'))).toEqual([
      'Play=play',
      'Akira=akira',
    ]);
    expect(threatActorRecognizer.recognize('Children play outside. Play it again. The base of the hill. A royal visit; Hive of bees.')).toEqual([]);
    expect(threatActorRecognizer.recognize('We hiked to The Base camp and shared the patchwork quilt.')).toEqual([]);
    expect(spans(threatActorRecognizer.recognize('Neo-Nazi terrorist group The Base was proscribed.'))).toEqual(['The Base=the-base']);
    expect(threatActorRecognizer.recognize('Ransomware news: we walked down Royal Road.')).toEqual([]);
  });

  it('takes one-word code names in cyber context, not inside longer proper names', () => {
    expect(spans(threatActorRecognizer.recognize('The wiper was attributed to Sandworm\nThe hackers used phishing.'))).toEqual([
      'Sandworm=sandworm-team',
    ]);
    expect(threatActorRecognizer.recognize('Sandworm is a creature in Dune.')).toEqual([]);
    expect(threatActorRecognizer.recognize('Hackers met at the Lazarus Hotel for a cyber security summit.')).toEqual([]);
  });
});

describe('malware recognizer', () => {
  it('finds malware families with id and kind', () => {
    const text = 'WannaCry and NotPetya spread in 2017; Emotet later delivered TrickBot.';
    const found = malwareRecognizer.recognize(text);
    expect(spans(found)).toEqual(['WannaCry=wannacry', 'NotPetya=notpetya', 'Emotet=emotet', 'TrickBot=trickbot']);
    expect(found[0]).toMatchObject({ type: 'malware', start: 0, end: 8, kind: 'ransomware' });
  });

  it('needs cyber context for names that are also words', () => {
    expect(malwareRecognizer.recognize('Pegasus is a winged horse of Greek myth.')).toEqual([]);
    expect(spans(malwareRecognizer.recognize('The Pegasus spyware infected phones of journalists.'))).toEqual(['Pegasus spyware=pegasus']);
  });

  it('stays fast on a long article', () => {
    const para = 'The NCSC said hackers linked to APT29 used phishing and the Emotet loader against the Home Office. ';
    const text = para.repeat(500);
    malwareRecognizer.recognize('warm-up');
    threatActorRecognizer.recognize('warm-up');
    agencyRecognizer.recognize('warm-up');
    const t0 = performance.now();
    const n = agencyRecognizer.recognize(text).length + threatActorRecognizer.recognize(text).length + malwareRecognizer.recognize(text).length;
    // Typically ~5 ms; the bound only catches pathological (super-linear) behaviour on a busy machine.
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(n).toBe(2000);
  });
});
