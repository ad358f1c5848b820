/**
 * National terrorism threat levels: "the UK threat level was raised to severe", "dreigingsniveau 4",
 * "Australia's threat level remains probable", "an NTAS bulletin", "urgence attentat".
 * A level word counts only where the text is talking about a threat level: after a threat-level
 * phrase in the same sentence, right before one ("a critical threat level"), or in the official
 * definition ("critical, meaning an attack is highly likely").
 */
import { CountryContext } from './context';
import { readLevel } from './national-words';
import { threatLevelEntity, type ThreatLevelEntity } from './scale';

/** Phrases that introduce a national threat level. */
const ANCHOR = new RegExp(
  String.raw`\b(?:(?:national\s|terror(?:ism|ist)?\s|security\s|alert\s)?threat[\s-]levels?|threat\s(?:status|assessment)|alert\s(?:level|status)|(?:terror(?:ism|ist)?|security)\salert(?:\s(?:level|status))?|` +
    String.raw`terror(?:ism|ist)?\sthreat|threat\sfrom\s(?:international\s|Islamist\s|Northern\sIreland-related\s)?terrorism|` +
    String.raw`threat\sto\sthe\s(?:UK|United\sKingdom|country|nation|public|homeland)|risk\sof\s(?:an?\s)?(?:terror(?:ist)?\s)?attacks?|dreigingsniveau|niveau\sde\s(?:menace|vigilance)|Vigipirate)\b`,
  'gi',
);

const NUMBER = String.raw`[1-5]|one|two|three|four|five`;
/** Every level word of every system (national-words.ts says what each means). */
const WORD =
  String.raw`not\sexpected|low|moderate|substantial|severe|critical|possible|probable|expected|certain|elevated|imminent|` +
  String.raw`minimal|limited|significant|minimaal|beperkt|aanzienlijk|substantieel|kritiek|medium|high|extreme|vigilance|` +
  String.raw`(?:urgence|alerte)\sattentat|s[ée]curit[ée]\srenforc[ée]e(?:\s?[-–—]\s?risque\sattentat)?|risque\sattentat|` +
  String.raw`(?:(?:its|the)\s)?(?:second[\s-])?highest(?:\s(?:possible\s)?level)?|` +
  String.raw`level\s(?:${NUMBER})(?:\s(?:out\s)?of\s(?:[45]|four|five))?|(?:${NUMBER})\s(?:out\s)?of\s(?:[45]|four|five)|[1-5](?![.,]\d)`;

const QUOTE = `["'‘“«]?\\s?`;
const CONNECTOR =
  'is|was|are|were|at|to|from|of|remains?|remained|stays?|stayed|stands|currently|now|as|be|been|kept|maintained|blijft|op|naar|au|à|en';

/** "is severe", "raised to 'critical'", ": SUBSTANTIAL" — a level after a linking word. */
const CONNECTED = new RegExp(
  String.raw`(?:(?<![\p{L}\d_])(?:${CONNECTOR})\s(?:(?:at|to|now|still|currently|as|on)\s)?|:\s?)${QUOTE}(${WORD})(?![\w-])`,
  'giu',
);

/** Right after the threat-level phrase: "threat level 4", "threat level: SEVERE", "dreigingsniveau 4". */
const IMMEDIATE = new RegExp(String.raw`(?:\s?[:(]\s?|\s)${QUOTE}(${WORD})(?![\w-])`, 'iy');

/** "a critical threat level", "the severe terror threat level". */
const BEFORE_ANCHOR =
  /\b(low|moderate|substantial|severe|critical|elevated|probable|(?:second[\s-])?highest)["'’”»]?\s(?:(?:national|terror|terrorism|terrorist|security)\s)?threat[\s-]levels?\b/gi;

/** The official UK definitions: "critical, meaning an attack is highly likely in the near future". */
const DEFINITION =
  /\b(low|moderate|substantial|severe|critical)["'”’]?(?:,|\s[-–—]|\s?\(|:)\s?(?:meaning|which\smeans|which\sindicates|indicating)\b/gi;

/** "level 4 of 5" names a step on a threat scale even without "threat". */
const LEVEL_OF = /\blevel\s(?:[1-5]|one|two|three|four|five)\s(?:out\s)?of\s(?:[45]|four|five)\b/gi;

/** French levels are distinctive enough to stand alone. */
const FRENCH = /\b(?:(?:urgence|alerte)\sattentat|s[ée]curit[ée]\srenforc[ée]e\s?[-–—]\s?risque\sattentat)\b/gi;

/** NTAS bulletins and alerts. */
const NTAS =
  /\b(?:(?:NTAS|National\sTerrorism\sAdvisory\sSystem(?:\s\(NTAS\))?)\s(?:terrorism\s)?(?:bulletin|(?:elevated|imminent)\s(?:threat\s)?alert)s?|(?:elevated|imminent)\sthreat\salerts?|bulletins?\s(?:through|under|via|from)\s(?:the\s)?(?:NTAS|National\sTerrorism\sAdvisory\sSystem))\b/gi;

/** How far after a threat-level phrase its level may be stated; a bare number must be closer. */
const REACH = 120;
const NUMBER_REACH = 30;
/** A sentence or paragraph break: the level must be in the anchor's sentence. */
const BREAK = /[.!?]["'”’]?\s+[A-Z]|\n/;
/** A noun after a bare number that makes it a count. */
const COUNTED_AFTER = /^\s(?:[a-z]{3,}s|year|day|hour|week|month|people|men|women|percent)\b/i;

/** Words after a level word that show it is not a level ("critical infrastructure", "expected to"). */
const NOT_A_LEVEL_AFTER =
  /^(?:\s(?:infrastructure|that|for|mass|condition|care|role|importance)\b|\sto\s(?!low|moderate|substantial|severe|critical|level|probable|expected|certain|["'‘“])|-)/i;

/** The country context of a text, built on first use: most texts never state a level. */
type ContextOf = () => CountryContext;

function push(text: string, ctx: ContextOf, out: ThreatLevelEntity[], start: number, word: string): void {
  const end = start + word.length;
  const after = text.slice(end, end + 20);
  if (NOT_A_LEVEL_AFTER.test(after)) return;
  // "was elevated to critical": here "elevated" is the verb, not the NTAS level.
  if (/^elevated$/i.test(word) && /^\s(?:to|from)\b/.test(after)) return;
  // "the terror threat 5 years ago", "at 3 airports": a count, not a step.
  if (/^\d$/.test(word) && COUNTED_AFTER.test(after)) return;
  const r = readLevel(word, ctx().countryNear(start));
  if (!r) return;
  const init = { start, end, system: r.system, level: r.level, name: r.name };
  out.push(threatLevelEntity(text, r.score === undefined ? init : { ...init, score: r.score }));
}

/**
 * Levels stated after a threat-level phrase. Each phrase owns the text up to the next phrase (at
 * most REACH characters), so every character is searched once whatever the page holds.
 */
function findAnchored(text: string, ctx: ContextOf, out: ThreatLevelEntity[]): void {
  const anchors = [...text.matchAll(ANCHOR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  anchors.forEach((anchor, i) => {
    IMMEDIATE.lastIndex = anchor.end;
    const im = IMMEDIATE.exec(text);
    const word = im?.[1];
    if (im && word) push(text, ctx, out, anchor.end + im[0].length - word.length, word);
    const windowEnd = Math.min(anchor.end + REACH + 40, anchors[i + 1]?.start ?? Infinity);
    const window = text.slice(anchor.end, windowEnd);
    // exec on the shared regex: matchAll would copy this large pattern for every phrase.
    CONNECTED.lastIndex = 0;
    for (let m = CONNECTED.exec(window); m; m = CONNECTED.exec(window)) {
      const level = m[1];
      if (!level) continue;
      const at = m.index + m[0].length - level.length;
      if (at > REACH) break;
      if (at > NUMBER_REACH && /^\d$/.test(level)) continue;
      // "as soon as possible" is not Australia's "possible".
      if (/^as\s/i.test(m[0]) && /^(?:possible|probable|expected|certain)$/i.test(level)) continue;
      if (BREAK.test(window.slice(0, at))) break;
      push(text, ctx, out, anchor.end + at, level);
    }
  });
}

/** National threat levels stated in `text`. */
export function findNationalLevels(text: string): ThreatLevelEntity[] {
  const out: ThreatLevelEntity[] = [];
  let context: CountryContext | undefined;
  const ctx: ContextOf = () => (context ??= new CountryContext(text));
  findAnchored(text, ctx, out);
  for (const re of [BEFORE_ANCHOR, DEFINITION]) {
    for (const m of text.matchAll(re)) {
      const word = m[1];
      if (word) push(text, ctx, out, m.index, word);
    }
  }
  for (const re of [FRENCH, LEVEL_OF]) {
    for (const m of text.matchAll(re)) push(text, ctx, out, m.index, m[0]);
  }
  for (const m of text.matchAll(NTAS)) {
    const s = m[0].toLowerCase();
    const level = s.includes('imminent') ? 'critical' : s.includes('elevated') ? 'severe' : 'moderate';
    out.push(threatLevelEntity(text, { start: m.index, end: m.index + m[0].length, system: 'us-ntas', level, name: `US NTAS: ${m[0]}` }));
  }
  return out;
}
