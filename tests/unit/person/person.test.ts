import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../../lib/entities/recognizers/person';

const people = (s: string) => personRecognizer.recognize(s);
const texts = (s: string): string[] => people(s).map((e) => e.text);
const roleOf = (s: string, name: string): string | undefined => people(s).find((e) => e.text === name)?.role;

describe('person: titles and honorifics', () => {
  it('keeps Mr/Mrs/Dr inside the span and reads surnames after them', () => {
    const s = 'Mr Okafor said the plan was sound. Dr Lindqvist disagreed, and Mrs. Byrne left.';
    const found = people(s);
    expect(found.map((e) => e.text)).toEqual(['Mr Okafor', 'Dr Lindqvist', 'Mrs. Byrne']);
    expect(found[0]?.start).toBe(0);
    expect(found[0]?.end).toBe('Mr Okafor'.length);
    expect(found[0]?.name).toBe('Okafor');
    expect(found[0]?.type).toBe('person');
  });

  it('leaves titles out of the span and keeps them as the role', () => {
    const s = 'Yesterday Home Secretary Priya Okonjo and Lt Gen Arkady Belov met President Vance.';
    expect(texts(s)).toEqual(['Priya Okonjo', 'Arkady Belov', 'Vance']);
    expect(roleOf(s, 'Priya Okonjo')).toBe('Home Secretary');
    expect(roleOf(s, 'Arkady Belov')).toBe('Lt Gen');
    expect(roleOf(s, 'Vance')).toBe('President');
  });

  it('reads multi-word titles with "of" up to the given name', () => {
    const s = 'Secretary of State Mike Rourke flew in, said US Defense Secretary Dana Holt.';
    expect(texts(s)).toEqual(['Mike Rourke', 'Dana Holt']);
    expect(roleOf(s, 'Mike Rourke')).toBe('Secretary of State');
    expect(roleOf(s, 'Dana Holt')).toBe('US Defense Secretary');
  });

  it('does not take organisations and products after a title word for people', () => {
    expect(texts('General Motors and the Home Office replied; Agent Tesla spread. Vice Society struck.')).toEqual([]);
  });
});

describe('person: given names, roles and appositions', () => {
  it('finds a known given name with a surname, skipping demonyms before it', () => {
    const s = 'American Kevin Hale and Australian Timothy Brooke were freed.';
    expect(texts(s)).toEqual(['Kevin Hale', 'Timothy Brooke']);
  });

  it('takes the role from an apposition after the name', () => {
    const s = 'The warning came from Andrew Pell, the director general of the agency, on Monday.';
    expect(roleOf(s, 'Andrew Pell')).toBe('director general of the agency');
    const t = 'according to Andrew Pell the director general of the agency.';
    expect(roleOf(t, 'Andrew Pell')).toBe('director general of the agency');
  });

  it('combines a title with an apposition', () => {
    const s = 'General Marcus Reid, chairman of the joint staff, told reporters.';
    expect(roleOf(s, 'Marcus Reid')).toBe('General, chairman of the joint staff');
  });

  it('finds unknown given names from a role noun before the name', () => {
    const s = 'Rebel spokesman Zubair Qasimov said the convoy was hit. "It burned," Qasimov said.';
    expect(texts(s)).toEqual(['Zubair Qasimov', 'Qasimov']);
    expect(roleOf(s, 'Zubair Qasimov')).toBe('Rebel spokesman');
  });

  it('finds unknown names from an apposition before them', () => {
    const s = 'A spokesman for the relief mission, Oriol Vantberg, told a briefing in Geneva.';
    expect(texts(s)).toEqual(['Oriol Vantberg']);
    expect(roleOf(s, 'Oriol Vantberg')).toBe('spokesman for the relief mission');
  });

  it('reads a company pre-modifier as part of the role', () => {
    const s = 'Northwind Freight chief executive Rupert Vale said in a statement.';
    expect(roleOf(s, 'Rupert Vale')).toBe('Northwind Freight chief executive');
  });

  it('does not take verbs of saying as a role', () => {
    const s = 'The outbreak, known as the Grey Fever, say officials, spread.';
    expect(texts(s)).toEqual([]);
  });
});

describe('person: later mentions', () => {
  it('finds the surname alone after the full name, also at a sentence start', () => {
    const s = 'Tobias Wren, a researcher at the lab, found the flaw. Wren said it was old. Later, Mr Wren added more.';
    expect(texts(s)).toEqual(['Tobias Wren', 'Wren', 'Mr Wren']);
  });

  it('does not mark a surname used for a group ("the Haqqani network")', () => {
    const s = 'Sirajuddin Haqqani, the deputy leader, runs the Haqqani network.';
    expect(texts(s)).toEqual(['Sirajuddin Haqqani']);
  });
});

describe('person: things that are not people', () => {
  it('ignores places, organisations, months and days', () => {
    const s = 'In March, Hong Kong and Elliptic Enterprises Ltd met on Monday at the White House.';
    expect(texts(s)).toEqual([]);
  });

  it('ignores sentence-initial capitalised words and headline-case lines', () => {
    const s = 'Hackers Target Major Bank In Overnight Raid\nSecurity experts warned. Speaking Thursday, officials agreed.';
    expect(texts(s)).toEqual([]);
  });

  it('does not read a name that modifies a role noun as a person ("White House press secretary")', () => {
    expect(texts('the principal deputy White House press secretary spoke')).toEqual([]);
  });

  it('does not take an organisation whose words include a given name ("Booz Allen Hamilton")', () => {
    expect(texts('Analysts at Booz Allen Hamilton and Peter Koros Design agreed.')).toEqual([]);
  });

  it('handles East Asian name order and Arabic particles', () => {
    const s = 'Talks between Kim Jong Un and envoys of Abu Bakr al-Baghdadi were denied.';
    expect(texts(s)).toEqual(['Kim Jong Un', 'Abu Bakr al-Baghdadi']);
  });

  it('runs in linear time on long input', () => {
    const s = 'Mr Park said Aaaa Bbbb. '.repeat(50000);
    const t = performance.now();
    const found = people(s);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(found).toHaveLength(50000);
  });
});
