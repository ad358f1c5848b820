/**
 * Qualitative threat language: how serious a threat is said to be, without an official scale —
 * "an unprecedented and unrelenting terror offensive", "a heightened threat", "the most severe
 * threat we have faced", "an elevated level of plots", "an attack is highly likely", "on high
 * alert", a cyberattack "dubbed 'unprecedented'". System `qualitative`, level null (no scale).
 * The span runs from the first intensity word to the threat noun it qualifies.
 */
import { threatLevelEntity, type ThreatLevelEntity } from './scale';

const ADJ =
  String.raw`(?:unprecedented|unrelenting|relentless|heightened|elevated|increased|increasing|growing|rising|escalating|intensifying|` +
  String.raw`serious|significant|substantial|grave|acute|persistent|sustained|credible|major|enduring|existential|severe|extreme|imminent|impending|` +
  String.raw`(?:very\s)?real|clear\sand\spresent|greatest|biggest|gravest|(?:most|very|extremely|particularly|increasingly)\s(?:severe|serious|significant|dangerous|acute|pressing))`;

const MOD = String.raw`(?:(?:terror|terrorist|terrorism|jihadist|Islamist|extremist|security|national\ssecurity|cyber|cyber-?security|militant|nuclear|missile|global)\s)?`;

/** Nouns after "threat"/"risk" that make it a field or a kind of thing, not a threat's size. */
const NOT_A_THREAT = String.raw`(?!\s(?:actors?|intelligence|hunt(?:ing|ers?)?|landscape|vectors?|models?|modell?ing|detection|research(?:ers?)?|groups?|analys[ie]s|analysts?|feeds?|management|assessments?|reports?|factors?|surface)\b)`;

const NOUN =
  String.raw`(?:(?:threats?|dangers?|risks?)\b${NOT_A_THREAT}|offensive\b|` +
  String.raw`level\sof\s(?:(?:terrorist\s)?(?:plots?|plotting|threats?|risk|danger|attacks?)|terrorism|terrorist\sactivity)\b)`;

/** "unprecedented and unrelenting terror offensive", "heightened threat", "elevated level of plots". */
const INTENSITY = new RegExp(String.raw`\b${ADJ}(?:(?:,|,?\s(?:and|but))\s${ADJ})?\s${MOD}${NOUN}`, 'gi');

/** "a high terrorist threat" — "high" only with threat and danger ("high risk" is too common). */
const HIGH_THREAT = new RegExp(String.raw`\b(?:very\s)?high\s${MOD}(?:threats?\b${NOT_A_THREAT}|danger\b)`, 'gi');

/**
 * "unprecedented attack", "imminent terrorist strike": only the adjective is the span, because
 * the attack noun is an attack type of its own ("cyberattack", "bombing").
 */
const BEFORE_ATTACK = new RegExp(
  String.raw`\b(?:unprecedented|imminent|impending)(?=\s${MOD}(?:cyber[\s-]?)?(?:attacks?|cyberattacks?|strikes?|assault|wave|surge|campaign|bombings?|scale|level)\b)`,
  'gi',
);

/** "an attack is highly likely" — present tense only ("the attack was likely carried out" is not a threat). */
const ATTACK_LIKELY =
  /\b(?:an?\s)?(?:terrorist\s|terror\s)?attacks?\s(?:is|are)\s(?:now\s|still\s)?(?:highly\s|very\s)?(?:imminent|likely|expected|almost\scertain)\b(?!\sto\s(?:have|be)\b|\s[a-z]+ed\b)/gi;

/** "on high alert", "a heightened state of alert". */
const ALERT = /\b(?:high|heightened|highest|maximum|increased|elevated)\s(?:state\sof\s)?alert\b/gi;

/** "the threat remains high", "the threat is real". */
const THREAT_IS =
  /\bthreats?\s(?:is|are|remains?|was|has\sbeen|continues\sto\sbe)\s(?:very\s|extremely\s|still\s|now\s)?(?:real|significant|serious|growing|heightened|unprecedented|acute|grave|high|elevated|low|moderate|substantial|severe|critical)\b(?![\s-]infrastructure)/gi;

/** A characterisation on its own: a cyberattack "dubbed 'unprecedented'". The word is the span. */
const DUBBED =
  /\b(?:dubbed|called|described\sas|branded|labell?ed|termed)\s(?:it\s)?(?:an?\s)?["“‘']?(unprecedented|unrelenting|existential|imminent|grave)["”’']?/gi;
const QUOTED = /["“‘](unprecedented|unrelenting)["”’]/gi;

function push(text: string, out: ThreatLevelEntity[], start: number, end: number): void {
  out.push(threatLevelEntity(text, { start, end, system: 'qualitative', level: null, name: `Threat language: ${text.slice(start, end)}` }));
}

/** Qualitative threat language in `text`. */
export function findQualitative(text: string): ThreatLevelEntity[] {
  const out: ThreatLevelEntity[] = [];
  for (const re of [INTENSITY, HIGH_THREAT, BEFORE_ATTACK, ATTACK_LIKELY, ALERT, THREAT_IS]) {
    for (const m of text.matchAll(re)) {
      // "advanced persistent threat" names a kind of actor (APT), not a threat's size.
      if (/^persistent/i.test(m[0]) && /advanced\s$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
      push(text, out, m.index, m.index + m[0].length);
    }
  }
  for (const re of [DUBBED, QUOTED]) {
    for (const m of text.matchAll(re)) {
      const word = m[1];
      if (!word) continue;
      const start = m.index + m[0].toLowerCase().lastIndexOf(word.toLowerCase());
      push(text, out, start, start + word.length);
    }
  }
  return out;
}
