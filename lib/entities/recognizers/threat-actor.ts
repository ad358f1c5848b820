/**
 * Threat actors: terrorist and extremist groups (ISIS, al-Qaeda, National Action) and cyber
 * threat actors and gangs (APT28, Lazarus Group, LockBit), from the knowledge base.
 */
import { findKnowledge } from '../../knowledge/matcher';
import type { EntityOf, Recognizer } from '../types';

type ThreatActorEntity = EntityOf<'threat-actor'>;

/** Near a bare "IS", words that make it the group rather than the verb in a shouted headline. */
const IS_CONTEXT_RE = /jihad|caliphate|islamist|militant|fighters|syria|iraq|mosul|raqqa|terror|extremis|insurgen/i;

/** Finds threat actors. */
export const threatActorRecognizer: Recognizer<'threat-actor'> = {
  type: 'threat-actor',
  recognize(text: string): ThreatActorEntity[] {
    const hits = findKnowledge('threat-actor', text);
    const isisNamed = hits.some((h) => h.entry.id === 'isis' && h.text !== 'IS');
    const out: ThreatActorEntity[] = [];
    for (const h of hits) {
      // "IS" is the group only where the text also names it, or talks about jihadism nearby.
      if (h.text === 'IS' && !isisNamed && !IS_CONTEXT_RE.test(text.slice(Math.max(0, h.start - 200), h.end + 200))) continue;
      out.push({
        type: 'threat-actor',
        text: h.text,
        start: h.start,
        end: h.end,
        id: h.entry.id,
        name: h.entry.name,
        kind: h.entry.kind,
        aliases: [...h.entry.aliases].slice(0, 12),
      });
    }
    return out;
  },
};
