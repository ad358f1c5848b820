/**
 * Indicators of compromise and vulnerability ids: CVE ids, IPv4/IPv6 addresses, domains, URLs,
 * emails, MD5/SHA-1/SHA-256 hashes and MITRE ATT&CK technique ids. Defanged forms
 * ("hxxp://evil[.]com") keep their written text and offsets; `value` is refanged and normalised.
 */
import type { IndicatorCandidate } from '../indicators/candidate';
import { findTokenIndicators } from '../indicators/tokens';
import { findWebIndicators } from '../indicators/web';
import { keepNonOverlapping } from '../threat-levels/spans';
import type { EntityOf, Recognizer } from '../types';

type IndicatorEntity = EntityOf<'indicator'>;

/** The canonical id: CVE and technique ids lower-cased ("cve-2024-1234"), others kind-prefixed. */
function idOf(c: IndicatorCandidate): string {
  if (c.kind === 'cve' || c.kind === 'attack-technique') return c.value.toLowerCase();
  return `${c.kind}:${c.value}`;
}

/** Finds indicators; where two overlap (a domain inside a URL) the longer one is kept. */
export const indicatorRecognizer: Recognizer<'indicator'> = {
  type: 'indicator',
  recognize(text: string): IndicatorEntity[] {
    const found = [...findWebIndicators(text), ...findTokenIndicators(text)];
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    return keepNonOverlapping(found).map((c) => ({
      type: 'indicator',
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      kind: c.kind,
      value: c.value,
      id: idOf(c),
      name: c.value,
    }));
  },
};
