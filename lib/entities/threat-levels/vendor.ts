/**
 * Vendor severity ratings of vulnerabilities: "high severity", "high-severity flaw", "rated
 * critical by Microsoft", "severity: Important", "a critical vulnerability". System `vendor-severity`.
 */
import type { ThreatScale } from '../types';
import { VENDOR_LEVELS, threatLevelEntity, type ThreatLevelEntity } from './scale';

const LEVEL = String.raw`(?:highly\s)?(?:critical|high|medium|moderate|low|important)`;

/** "high severity", "critical-rated", "high-risk vulnerability". */
const LEVEL_SEVERITY = new RegExp(
  String.raw`\b(${LEVEL})(?:[\s-]severity\b|-rated\b|[\s-]risk(?=\s(?:security\s)?(?:vulnerabilit|flaw|bug|hole)))`,
  'gi',
);

/** The first word of "medium to high severity", "critical and high-severity". */
const COORDINATED = new RegExp(
  String.raw`\b(${LEVEL})-?\s(?:and|or|to)\s(?=${LEVEL}[\s-]severity\b)`,
  'gi',
);

/** "severity: high", "a severity rating of Critical", "a risk rating of high". */
const SEVERITY_IS = new RegExp(
  String.raw`\b(?:severity(?:\s(?:rating|level|score))?|risk\s(?:rating|level))(?:\s(?:of|is|as)\s|\s?:\s?|\s)["'“‘]?(${LEVEL})\b`,
  'gi',
);

/** "rated critical", "classified as high risk", "rates it as Important". The level word is the span. */
const RATED = new RegExp(
  String.raw`\b(?:rated|rating\sof|classified|categori[sz]ed|labell?ed|tagged|marked|flagged|assessed|considered|deemed)\s(?:it\s|them\s)?(?:as\s)?(?:an?\s)?["'“‘]?` +
    String.raw`(${LEVEL})((?:[\s-](?:severity|risk|priority))?)\b`,
  'gi',
);

/** Words that make "critical"/"high" something other than a severity ("critical infrastructure"). */
const NOT_SEVERITY_AFTER = /^\s(?:to|for|that|infrastructure|condition|care|mass|thinking|role|point|juncture|importance|acclaim|reviews?|school|quality|marks|praise|profile|levels?\sof)\b/i;

/**
 * "critical vulnerability", "severe flaw", "critical remote code execution bug", "critical
 * zero-day". Where a kind of attack stands between ("remote code execution", "zero-day") only the
 * severity word is the span, leaving the attack type its own.
 */
const SEVERE_FLAW = new RegExp(
  String.raw`\b((?:highly\s)?critical|severe)(?:-rated)?(?:\s(?:security\s)?(?:vulnerabilit(?:y|ies)|flaws?|bugs?|holes?|weakness(?:es)?)\b|` +
    String.raw`(?=\s(?:remote\scode\sexecution|RCE|zero-day|privilege\sescalation|authentication\sbypass|SQL\sinjection|memory\scorruption|` +
    String.raw`command\sinjection|buffer\soverflow|use-after-free)\s(?:vulnerabilit|flaw|bug|hole|weakness|exploit)|\szero-days?\b))`,
  'gi',
);

/**
 * A capitalised rating before a flaw noun: "12 Critical and 80 Important vulnerabilities". The
 * rating word is the span, so "12 Critical vulnerabilities" can still be counted as a statistic.
 */
const CAPITALISED_RATING = /\b(Critical|Important|Moderate|High|Medium|Low)(?=(?:-rated|-severity)?\s(?:vulnerabilit(?:y|ies)|flaws?|bugs?|issues?|CVEs)\b)/g;

/** The five-step level of a severity word ("highly critical" counts as critical). */
function vendorLevel(word: string): ThreatScale | null {
  return VENDOR_LEVELS[word.toLowerCase().replace(/^highly\s/, '')] ?? null;
}

function push(text: string, out: ThreatLevelEntity[], start: number, end: number, word: string): void {
  const level = vendorLevel(word);
  if (!level) return;
  out.push(threatLevelEntity(text, { start, end, system: 'vendor-severity', level, name: `Vendor severity: ${word.toLowerCase()}` }));
}

/** Vendor severity ratings stated in `text`. */
export function findVendorSeverity(text: string): ThreatLevelEntity[] {
  const out: ThreatLevelEntity[] = [];
  for (const m of text.matchAll(LEVEL_SEVERITY)) {
    push(text, out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of text.matchAll(COORDINATED)) {
    const word = m[1] ?? '';
    push(text, out, m.index, m.index + word.length, word);
  }
  for (const m of text.matchAll(SEVERITY_IS)) {
    push(text, out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of text.matchAll(RATED)) {
    const word = m[1] ?? '';
    const suffix = m[2] ?? '';
    const end = m.index + m[0].length;
    if (!suffix && NOT_SEVERITY_AFTER.test(text.slice(end, end + 40))) continue;
    push(text, out, end - word.length - suffix.length, end, word);
  }
  for (const re of [SEVERE_FLAW, CAPITALISED_RATING]) {
    for (const m of text.matchAll(re)) push(text, out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  return out;
}
