/**
 * Threat levels: national terrorism threat levels (UK, NL, AU, US NTAS, FR Vigipirate), CVSS
 * vectors and scores, vendor severity ratings, and qualitative threat language, each mapped onto
 * the five-step scale (see threat-levels/scale.ts and national-words.ts for the mappings).
 */
import type { Recognizer } from '../types';
import { findCvss } from '../threat-levels/cvss';
import { findNationalLevels } from '../threat-levels/national';
import { findQualitative } from '../threat-levels/qualitative';
import type { ThreatLevelEntity } from '../threat-levels/scale';
import { keepNonOverlapping } from '../threat-levels/spans';
import { findVendorSeverity } from '../threat-levels/vendor';

/**
 * Which reading wins when two overlap: a scored vector over a stated score, an official scale over
 * a vendor's word, and anything with a scale over plain threat language.
 */
function rank(e: ThreatLevelEntity): number {
  if (e.system === 'cvss') return e.vector ? 0 : 1;
  if (e.system === 'qualitative') return 4;
  if (e.system === 'vendor-severity') return 3;
  return 2;
}

/** One reading per stretch of text: overlapping mentions are resolved by `rank`, then length. */
export function resolveThreatLevels(found: ThreatLevelEntity[]): ThreatLevelEntity[] {
  const sorted = [...found].sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  return keepNonOverlapping(sorted);
}

/** Finds stated threat levels, severities and threat language. */
export const threatLevelRecognizer: Recognizer<'threat-level'> = {
  type: 'threat-level',
  recognize(text: string): ThreatLevelEntity[] {
    return resolveThreatLevels([...findCvss(text), ...findNationalLevels(text), ...findVendorSeverity(text), ...findQualitative(text)]);
  },
};
