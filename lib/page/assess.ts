/**
 * The security-news verdict (DESIGN.md §3 step 3): is this article mainly about terrorism, national
 * security or cyber security? A transparent sum of weighted lexicon terms and recognised entities,
 * scaled for the article's length, squashed to 0..1 — with the largest contributions as reasons.
 */
import type { Entity } from '../entities/types';
import type { Article, Assessment, Topic } from './types';
import type { Signal } from './lexicon';
import { gatherEvidence, type Contribution, type Evidence } from './evidence';

const SECURITY_TOPICS = ['terrorism', 'national-security', 'cyber'] as const;
const ALL_TOPICS: readonly Topic[] = [...SECURITY_TOPICS, 'crime'];

/** Articles up to this many words are judged on raw evidence; longer ones must keep up the density. */
const REFERENCE_WORDS = 500;
/** Evidence at which a topic's score reaches 1 − 1/e ≈ 0.63. */
const SCALE = 14;
/** Score from which an article is security news. */
const THRESHOLD = 0.6;
/** A topic is reported from this score. */
const TOPIC_MIN = 0.25;
/** Fewer distinct security terms than this is a passing mention, however often repeated. */
const MIN_DISTINCT = 3;
/** How much of the other security topics' evidence adds to the strongest one. */
const SECONDARY_SHARE = 0.5;
/** How much shop, marketing and sport vocabulary takes away. */
const OFFTOPIC_PENALTY = 1.5;

const squash = (x: number): number => 1 - Math.exp(-Math.max(0, x) / SCALE);
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Evidence per signal, scaled for length so a long article cannot win on volume alone. */
export function signalTotals(ev: Evidence): Record<Signal, number> {
  const totals: Record<Signal, number> = { terrorism: 0, 'national-security': 0, cyber: 0, crime: 0, offtopic: 0 };
  for (const c of ev.contributions) totals[c.signal] += c.value;
  const norm = Math.sqrt(Math.max(1, ev.words / REFERENCE_WORDS));
  for (const k of Object.keys(totals) as Signal[]) totals[k] /= norm;
  return totals;
}

/** One contribution in words: "names MI5 4 times", "CVE ids (2)", "\"hackers\" ×3". */
function reasonFor(c: Contribution): string {
  switch (c.kind) {
    case 'ids':
      return `${c.label.toUpperCase()} ids (${c.count})`;
    case 'level':
      return 'threat-level language';
    case 'name':
      return c.count > 1 ? `names ${c.label} ${c.count} times` : `names ${c.label}`;
    default:
      if (c.source === 'title') return `"${c.label}" in the title`;
      return c.count > 1 ? `"${c.label}" ×${c.count}` : `"${c.label}"`;
  }
}

/** The grounds for the verdict: the lead topic's strongest words, then names, ids and levels. */
function reasons(ev: Evidence, lead: Signal | null, verdict: boolean): string[] {
  if (!lead) return [];
  const out: string[] = [];
  const strongest = (cs: Contribution[]): Contribution[] => [...cs].sort((a, b) => b.value - a.value);
  const words = strongest(ev.contributions.filter((c) => c.signal === lead && c.kind === 'words'));
  // The same word in the title and the text is one reason, not two.
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const c of words) {
    if (seen.has(c.label.toLowerCase())) continue;
    seen.add(c.label.toLowerCase());
    phrases.push(reasonFor(c));
    if (phrases.length === 3) break;
  }
  if (phrases.length) out.push(`${verdict ? '' : 'some '}${lead} language: ${phrases.join(', ')}`);
  const security = lead === 'crime' ? ['crime'] : ['terrorism', 'national-security', 'cyber'];
  const special = strongest(ev.contributions.filter((c) => c.kind !== 'words' && security.includes(c.signal)));
  for (const c of special) {
    const r = reasonFor(c);
    if (!out.includes(r)) out.push(r);
    if (out.length >= 5) break;
  }
  return out;
}

/**
 * Whether `article` is security news, how sure (0..1), about which topics, and why. `entities`
 * are the mentions recognised in `article.text`; the verdict also stands without them.
 */
export function assess(article: Article, entities: readonly Entity[]): Assessment {
  const ev = gatherEvidence(article, entities);
  const totals = signalTotals(ev);
  const ranked = [...SECURITY_TOPICS].sort((a, b) => totals[b] - totals[a]);
  const lead = ranked[0] ?? 'terrorism';
  const rest = ranked.slice(1).reduce((s, t) => s + totals[t], 0);
  const security = totals[lead] + SECONDARY_SHARE * rest - OFFTOPIC_PENALTY * totals.offtopic;
  const score = squash(security);

  const distinct = new Set(ev.contributions.filter((c) => c.signal !== 'crime' && c.signal !== 'offtopic').map((c) => c.label)).size;
  const why: string[] = [];
  let verdict = score >= THRESHOLD;
  if (!article.isArticle) {
    verdict = false;
    why.push('not an article');
  } else if (ev.lang === null && article.text.length > 0) {
    why.push(`no vocabulary for this language${article.lang ? ` (${article.lang})` : ''}`);
  }
  if (verdict && distinct < MIN_DISTINCT) verdict = false;

  // Fiction, shopping and sport vocabulary lowers every topic, as it lowers the verdict.
  const topicScore = (t: Topic): number => squash(totals[t] - OFFTOPIC_PENALTY * totals.offtopic);
  const topics = ALL_TOPICS.map((topic) => ({ topic, score: round(topicScore(topic)) }))
    .filter((t) => t.score >= TOPIC_MIN)
    .sort((a, b) => b.score - a.score);
  // Reasons speak only for a topic that reached a reportable score; a lone "breach" needs no excuse.
  const leadSignal: Signal | null = topicScore(lead) >= TOPIC_MIN ? lead : topicScore('crime') >= TOPIC_MIN ? 'crime' : null;
  return {
    isSecurityNews: verdict,
    score: round(score),
    topics,
    reasons: [...why, ...reasons(ev, leadSignal, verdict)],
  };
}
