/**
 * CVSS mentions: vector strings (scored with ae-cvss-calculator) and stated scores
 * ("CVSS score of 9.8", "CVSSv3.1: 7.5", "a 9.8 CVSS score", "severity score of 9.8 out of 10").
 */
import cvssCalculator from 'ae-cvss-calculator';
import { cvssLevel, threatLevelEntity, type ThreatLevelEntity } from './scale';

/** The part of a parsed vector this module uses (the library's `fromVector` is typed `any`). */
interface ParsedVector {
  isBaseFullyDefined(): boolean;
  getVectorName(): string;
  calculateScores(): { base?: number; overall: number };
}

const fromVector = (cvssCalculator as unknown as { fromVector: (vector: string) => unknown }).fromVector;

/** The base score and version of a CVSS vector, or null when the vector is not a complete, valid one. */
export function scoreVector(vector: string): { score: number; version: string } | null {
  try {
    const parsed = fromVector(vector) as ParsedVector | null | undefined;
    if (!parsed?.isBaseFullyDefined()) return null;
    const scores = parsed.calculateScores();
    const score = scores.base ?? scores.overall;
    return Number.isFinite(score) ? { score, version: parsed.getVectorName() } : null;
  } catch {
    return null;
  }
}

// v2 vectors have no prefix; v3/v4 start "CVSS:3.1/". Each metric is NAME:VALUE after a slash,
// so the repetition cannot overlap itself.
const VECTOR = /(?<![\w/])(?:CVSS:[234]\.[01]\/)?AV:[A-Z](?:\/[A-Za-z]{1,4}:[A-Za-z]{1,6}){3,40}/g;

// A score from 0 to 10 with at most two decimals, not part of a longer number, a percentage or a
// vector ("CVSS:3.1/AV:N" names a version).
const SCORE_SRC = String.raw`(10(?:\.0{1,2})?|\d(?:\.\d{1,2})?)(?![\d%]|[.,]\d|\/[A-Z])`;

/** Words between "CVSS" and its score: version, "base", "score", "of", a colon. Bounded, so cheap. */
const AFTER_CVSS = new RegExp(
  String.raw`(:?\s?v(?:ersion)?\s?[234](?:\.[01])?|:?\s?[234](?:\.[01])?(?=\s(?:base|score|rating|severity)))?` +
    String.raw`(?:\s(?:base|severity|overall|v[234](?:\.[01])?)){0,2}(\s?(?:score|rating)s?)?` +
    String.raw`(\s(?:of|is|at|was)\s|\s?[:=]\s?|\s\(|\s)(?:an?\s)?` +
    SCORE_SRC,
  'iy',
);

/** After a score: "/10", "out of 10", "(critical)". */
const TAIL = /(?:\s?(?:\/|out\sof)\s?10(?:\.0)?)?(?:\s?\(\s?(?:critical|high|medium|moderate|low)(?:\s(?:severity|risk))?\s?\))?/iy;

/** A further score in a list: "CVSS scores of 9.8 and 8.8". */
const LIST_ITEM = /(?:,\s|\sand\s|,\sand\s)(10(?:\.0)?|\d\.\d)(?![\d%]|[.,]\d)/iy;

const CVSS_ANCHOR = /\bCVSS/gi;

/** "severity score of 9.8", "base score: 7.5" — CVSS without the name. */
const SEVERITY_SCORE = new RegExp(
  String.raw`\b(?:severity|base)\s(?:score|rating)s?(?:\s(?:of|is)\s|\s?:\s?|\s)(?:an?\s)?` + SCORE_SRC,
  'gi',
);

/** "a score of 9.8" — CVSS only in a vulnerability report, which `VULN_CONTEXT` checks. */
const SCORE_OF = /\bscore\sof\s(\d\.\d|10\.0)(?![\d%]|[.,]\d)/gi;
const VULN_CONTEXT = /CVE-|vulnerab|flaw|exploit|\bbug/i;

/** "rated 9.8 out of 10", "a severity of 8.8/10" — a ten-point rating in a vulnerability report is CVSS. */
const OUT_OF_TEN = new RegExp(
  String.raw`\b(?:rated|scored|scoring|score\sof|rating\sof|severity\sof)\s(?:an?\s)?` + SCORE_SRC + String.raw`\s?(?:\/|out\sof)\s?10(?:\.0)?\b`,
  'gi',
);

/** "a 9.8 CVSS score", "9.8 on the CVSS scale", "a 7.5 severity rating". */
const BEFORE_CVSS = new RegExp(
  String.raw`(?<![\w.])` +
    SCORE_SRC +
    String.raw`(?:\s?\/\s?10(?:\.0)?|\sout\sof\s10)?[\s-](?:(?:on\sthe\s|in\s)?CVSS(?:\s?v[234](?:\.[01])?)?(?:\s(?:base\s)?(?:score|scale|rating|severity\sscale))?|severity\s(?:score|rating))`,
  'gi',
);

/** Version numbers that "CVSS 3.1" names without giving a score. */
const VERSION_LIKE = new Set(['2', '2.0', '3', '3.0', '3.1', '4', '4.0']);

function scoreEntity(text: string, start: number, end: number, raw: string): ThreatLevelEntity | null {
  const score = Number(raw);
  if (!Number.isFinite(score) || score < 0 || score > 10) return null;
  return threatLevelEntity(text, { start, end, system: 'cvss', level: cvssLevel(score), score, name: `CVSS ${raw}` });
}

function extendTail(text: string, end: number): number {
  TAIL.lastIndex = end;
  const m = TAIL.exec(text);
  return m ? end + m[0].length : end;
}

function findVectors(text: string, out: ThreatLevelEntity[]): void {
  for (const m of text.matchAll(VECTOR)) {
    const vector = m[0];
    const scored = scoreVector(vector);
    if (!scored) continue;
    out.push(
      threatLevelEntity(text, {
        start: m.index,
        end: m.index + vector.length,
        system: 'cvss',
        level: cvssLevel(scored.score),
        score: scored.score,
        vector,
        name: `${scored.version} base score ${scored.score}`,
      }),
    );
  }
}

function findAfterAnchor(text: string, anchorStart: number, anchorEnd: number, out: ThreatLevelEntity[]): void {
  AFTER_CVSS.lastIndex = anchorEnd;
  const m = AFTER_CVSS.exec(text);
  const raw = m?.[4];
  if (!m || raw === undefined) return;
  const keyworded = Boolean(m[2]) || /[:=]|of|is|at|was/i.test(m[3] ?? '');
  // "CVSS 3.1 vector" names a version; only an explicit "score"/":" makes 3.1 a score.
  if (!keyworded && !m[1] && VERSION_LIKE.has(raw)) return;
  if (/^\s?v/i.test(m[1] ?? '') && !m[2] && !m[3]?.trim() && VERSION_LIKE.has(raw)) return;
  let end = extendTail(text, anchorEnd + m[0].length);
  const first = scoreEntity(text, anchorStart, end, raw);
  if (!first) return;
  out.push(first);
  for (let i = 0; i < 4; i++) {
    LIST_ITEM.lastIndex = end;
    const item = LIST_ITEM.exec(text);
    const itemRaw = item?.[1];
    if (!item || itemRaw === undefined) break;
    const itemEnd = end + item[0].length;
    const next = scoreEntity(text, itemEnd - itemRaw.length, itemEnd, itemRaw);
    if (!next) break;
    out.push(next);
    end = itemEnd;
  }
}

/** CVSS vectors and scores stated in `text`. */
export function findCvss(text: string): ThreatLevelEntity[] {
  const out: ThreatLevelEntity[] = [];
  findVectors(text, out);
  for (const m of text.matchAll(CVSS_ANCHOR)) findAfterAnchor(text, m.index, m.index + m[0].length, out);
  for (const m of text.matchAll(SEVERITY_SCORE)) {
    const raw = m[1];
    if (raw === undefined) continue;
    const e = scoreEntity(text, m.index, extendTail(text, m.index + m[0].length), raw);
    if (e) out.push(e);
  }
  for (const m of text.matchAll(SCORE_OF)) {
    const raw = m[1];
    if (raw === undefined || !VULN_CONTEXT.test(text.slice(Math.max(0, m.index - 300), m.index + 300))) continue;
    const e = scoreEntity(text, m.index, extendTail(text, m.index + m[0].length), raw);
    if (e) out.push(e);
  }
  for (const m of text.matchAll(OUT_OF_TEN)) {
    const raw = m[1];
    if (raw === undefined) continue;
    const e = scoreEntity(text, m.index, m.index + m[0].length, raw);
    if (e) out.push(e);
  }
  for (const m of text.matchAll(BEFORE_CVSS)) {
    const raw = m[1];
    if (raw === undefined) continue;
    const e = scoreEntity(text, m.index, m.index + m[0].length, raw);
    if (e) out.push(e);
  }
  return out;
}
