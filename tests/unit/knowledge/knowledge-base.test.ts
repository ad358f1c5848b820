import { describe, expect, it } from 'vitest';
import { allKnowledge, lookupKnowledge, matchableEntries } from '../../../lib/knowledge/index';

describe('knowledge base', () => {
  const all = allKnowledge();

  it('has unique kebab-case ids, a description, a source and a country code on every entry', () => {
    const ids = new Set<string>();
    for (const e of all) {
      expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ids.has(e.id)).toBe(false);
      ids.add(e.id);
      expect(e.description.length).toBeGreaterThan(10);
      expect(e.source.length).toBeGreaterThan(3);
      expect(e.country).toMatch(/^(?:[A-Z]{2}|int)$/);
    }
  });

  it('is broad enough in every category', () => {
    const named = all.filter((e) => e.category === 'agency' && e.source !== 'Threatlight (generic term)');
    expect(named.length).toBeGreaterThanOrEqual(150);
    expect(all.filter((e) => e.category === 'threat-actor').length).toBeGreaterThanOrEqual(400);
    expect(all.filter((e) => e.category === 'malware').length).toBeGreaterThanOrEqual(600);
  });

  it('looks entries up by id for the hover card', () => {
    expect(lookupKnowledge('mi5')).toMatchObject({ category: 'agency', country: 'GB', kind: 'security-service' });
    expect(lookupKnowledge('fbi')).toMatchObject({ category: 'agency', country: 'US' });
    expect(lookupKnowledge('isis')?.proscribed).toEqual(expect.arrayContaining(['GB', 'US']));
    expect(lookupKnowledge('apt28')).toMatchObject({ category: 'threat-actor', source: 'MITRE ATT&CK G0007' });
    expect(lookupKnowledge('apt28')?.aliases).toEqual(expect.arrayContaining(['Fancy Bear', 'Forest Blizzard']));
    expect(lookupKnowledge('wannacry')).toMatchObject({ category: 'malware', kind: 'ransomware' });
    expect(lookupKnowledge('lockbit')).toMatchObject({ category: 'threat-actor', kind: 'ransomware-gang' });
    expect(lookupKnowledge('iraqi-security-forces')).toMatchObject({ category: 'agency', country: 'IQ' });
    expect(lookupKnowledge('no-such-thing')).toBeUndefined();
  });

  it('lets hand-written entries own a name over generated ones', () => {
    // ATT&CK lists Conti as software; the knowledge base treats the gang as the actor.
    const malwareNames = matchableEntries('malware').flatMap((m) => [...m.names, ...m.ambiguous, ...m.qualified]);
    expect(malwareNames).not.toContain('Conti');
    expect(lookupKnowledge('conti-malware')?.category).toBe('malware');
  });

  it('keeps ordinary-word names out of the always-matched names', () => {
    const play = matchableEntries('threat-actor').find((m) => m.entry.id === 'play');
    expect(play?.names).not.toContain('Play');
    expect(play?.qualified).toContain('Play');
    const isis = matchableEntries('threat-actor').find((m) => m.entry.id === 'isis');
    expect(isis?.ambiguous).toEqual(['IS']);
  });
});
