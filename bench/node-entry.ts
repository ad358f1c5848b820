/**
 * The Node half of `npm run bench` (bundled by esbuild, imported by scripts/bench.mjs): the
 * figures about lib/ alone, on texts the caller reads (the corpus when present) and texts
 * generated here.
 */
import nlp from 'compromise';
import { extractIOC } from 'ioc-extractor';
import { recognize } from '../lib/entities/recognize';
import { indicatorRecognizer } from '../lib/entities/recognizers/indicator';
import { findKnowledge } from '../lib/knowledge/matcher';
import { matchableEntries } from '../lib/knowledge/index';
import type { KnowledgeCategory } from '../lib/knowledge/types';
import { Rng } from './gen/random';
import { indicatorText, paragraph, securitySentence } from './gen/sentences';
import { type Gold, type Span, f1Of, scoreSpans, scoreValues } from './score';
import { timePair } from './stats';

export { generatedPages } from './gen/pages';
export type { Gold } from './score';

/** A text to measure on, with its gold entities when it has them. */
export interface BenchText {
  id: string;
  text: string;
  gold?: Gold;
}

/** Timing options for Node figures. */
export interface NodeOptions {
  rounds: number;
  minSampleMs: number;
}

const now = (): number => performance.now();
const CATEGORIES: KnowledgeCategory[] = ['agency', 'threat-actor', 'malware'];

/** Security-news texts of a few sizes, written by the generator. */
export function generatedTexts(quick: boolean): BenchText[] {
  const sizes = quick ? [10, 40] : [10, 40, 120, 300];
  return sizes.map((paras, i) => {
    const r = new Rng(100 + i);
    const parts: string[] = [];
    for (let p = 0; p < paras; p++) parts.push(paragraph(r, r.between(3, 6), securitySentence));
    return { id: `generated/${paras}-paragraphs`, text: parts.join('\n\n') };
  });
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The naive way to find names: one RegExp per alias, each run over the whole text. */
function aliasRegexes(): RegExp[] {
  const out: RegExp[] = [];
  for (const c of CATEGORIES) {
    for (const m of matchableEntries(c)) {
      for (const name of [...m.names, ...m.ambiguous, ...m.qualified]) {
        const norm = name.trim().replace(/\s+/g, ' ');
        if (!norm) continue;
        const pre = /^\w/.test(norm) ? '\\b' : '';
        const post = /\w$/.test(norm) ? '\\b' : '';
        const letters = norm.replace(/\P{L}/gu, '').length;
        // The gazetteer's own rule: all-caps names, names with digits and short names match case exactly.
        const exact = !/\p{Ll}/u.test(norm) || /\d/.test(norm) || letters <= 3 || m.exactCase.includes(name) || m.ambiguous.includes(name);
        out.push(new RegExp(pre + norm.split(' ').map(escapeRe).join('\\s+') + post, exact ? 'g' : 'gi'));
      }
    }
  }
  return out;
}

/** `matcher_vs_regex_loop` on each text, and how many names the loop tries. */
export function matcherVsRegexLoop(texts: readonly BenchText[], o: NodeOptions): { perText: { id: string; chars: number; ratio: number; a: number; b: number }[]; names: number } {
  const regexes = aliasRegexes();
  const matcher = (t: string): number => CATEGORIES.reduce((n, c) => n + findKnowledge(c, t).length, 0);
  const loop = (t: string): number => {
    let n = 0;
    for (const re of regexes) for (const _m of t.matchAll(re)) n++;
    return n;
  };
  const perText = texts.map((t) => ({ id: t.id, chars: t.text.length, ...timePair(() => matcher(t.text), () => loop(t.text), { ...o, now }) }));
  return { perText, names: regexes.length };
}

type Class = 'person' | 'location' | 'organisation';
const CLASS_OF: Record<string, Class> = { person: 'person', location: 'location', agency: 'organisation', 'threat-actor': 'organisation' };

/** compromise's people, places and organisations of a text, as spans of our classes. */
function compromiseSpans(text: string): Span[] {
  const doc = nlp(text);
  const out: Span[] = [];
  const add = (cls: Class, view: { json(o: object): unknown }): void => {
    for (const m of view.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
      const core = m.text.replace(/[^\p{L}\p{N}]+$/u, '');
      const lead = core.length - core.replace(/^[^\p{L}\p{N}]+/u, '').length;
      out.push({ type: cls, start: m.offset.start + lead, end: m.offset.start + core.length, value: '' });
    }
  };
  add('person', doc.people());
  add('location', doc.places());
  add('organisation', doc.organizations());
  return out;
}

function ourSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const e of recognize(text)) {
    const cls = CLASS_OF[e.type];
    if (cls) out.push({ type: cls, start: e.start, end: e.end, value: '' });
  }
  return out;
}

/** Gold of one text with its types mapped onto the three classes compromise knows. */
function classGold(g: Gold): Gold {
  const map = (xs: readonly Span[]): Span[] => xs.flatMap((e) => (CLASS_OF[e.type] ? [{ ...e, type: CLASS_OF[e.type] ?? e.type }] : []));
  const scored = (g.scored_types ?? Object.keys(CLASS_OF)).flatMap((t) => (CLASS_OF[t] ? [CLASS_OF[t] ?? t] : []));
  return { ...g, entities: map(g.entities), optional: map(g.optional ?? []), scored_types: [...new Set(scored)] };
}

/** `recognize_vs_compromise`: time per text, and both F1 scores on person/location/organisation over the gold texts. */
export function recognizeVsCompromise(texts: readonly BenchText[], o: NodeOptions): Record<string, unknown> {
  const perText = texts.map((t) => ({ id: t.id, chars: t.text.length, ...timePair(() => recognize(t.text), () => compromiseSpans(t.text), { ...o, now }) }));
  const golds = texts.filter((t) => t.gold);
  const ours = scoreSpans(golds.map((t) => ({ gold: classGold(t.gold as Gold), pred: ourSpans(t.text) })));
  const theirs = scoreSpans(golds.map((t) => ({ gold: classGold(t.gold as Gold), pred: compromiseSpans(t.text) })));
  return { perText, goldTexts: golds.length, ours, compromise: theirs };
}

/** Indicator values ioc-extractor finds, flattened over its kinds. */
function iocValues(text: string): string[] {
  const ioc = extractIOC(text);
  return (Object.keys(ioc) as (keyof typeof ioc)[]).flatMap((k) => ioc[k]);
}

/** Indicator texts written by the generator, with the indicators planted in them. */
export function indicatorTexts(quick: boolean): (BenchText & { truth: string[] })[] {
  return Array.from({ length: quick ? 3 : 8 }, (_, i) => {
    const { text, truth } = indicatorText(new Rng(500 + i), 6 + i * 4);
    return { id: `generated/indicators-${i}`, text, truth };
  });
}

/** Our indicator recognizer against ioc-extractor: time, and F1 on planted and on gold indicators. */
export function indicatorsVsIocExtractor(planted: readonly (BenchText & { truth: string[] })[], corpus: readonly BenchText[], o: NodeOptions): Record<string, unknown> {
  const ours = (t: string): string[] => indicatorRecognizer.recognize(t).map((e) => e.value);
  const all = [...planted, ...corpus];
  const perText = all.map((t) => ({ id: t.id, ...timePair(() => ours(t.text), () => iocValues(t.text), { ...o, now }) }));
  const score = (items: readonly { truth: string[]; optional: string[]; recallOnly: boolean; text: string }[], f: (t: string) => string[]): ReturnType<typeof scoreValues> =>
    scoreValues(items.map((i) => ({ truth: i.truth, optional: i.optional, recallOnly: i.recallOnly, pred: f(i.text) })));
  const plantedItems = planted.map((t) => ({ truth: t.truth, optional: [], recallOnly: false, text: t.text }));
  const goldItems = corpus.flatMap((t) => {
    const g = t.gold;
    if (!g || !(g.scored_types ?? ['indicator']).includes('indicator')) return [];
    const vals = (xs: readonly Span[]): string[] => xs.filter((e) => e.type === 'indicator').map((e) => e.value || t.text.slice(e.start, e.end));
    return [{ truth: vals(g.entities), optional: vals(g.optional ?? []), recallOnly: Boolean(g.recall_only), text: t.text }];
  });
  return {
    perText,
    planted: { ours: score(plantedItems, ours), iocExtractor: score(plantedItems, iocValues), texts: plantedItems.length },
    gold: { ours: score(goldItems, ours), iocExtractor: score(goldItems, iocValues), texts: goldItems.length },
  };
}

export { f1Of };
