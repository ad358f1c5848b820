/**
 * The in-page half of `npm run bench`: bundled by esbuild and evaluated in a Chromium page, it
 * exposes `window.__tlBench` with one function per browser figure. Each times our code and its
 * baseline on the same page in the same run, alternated, after a warm-up.
 */
import Mark from 'mark.js';
import { analyzeDocument, type Analysis } from '../lib/analyze';
import { extractionHtml } from '../lib/page/extraction-copy';
import { buildTextMap } from '../lib/anchoring/text-map';
import { recognize } from '../lib/entities/recognize';
import { findKnowledge } from '../lib/knowledge/matcher';
import { matchableEntries } from '../lib/knowledge/index';
import { gate } from '../lib/page/gate';
import { extractArticle } from '../lib/page/extract';
import { assess } from '../lib/page/assess';
import { clearPainting, paint } from '../lib/paint/highlights';
import { placeEntities, rangesByType } from '../entrypoints/analyser/locate';
import { median, timePair } from './stats';
import { libraryBench } from './library';
import { transferBench } from './transfer';

const now = (): number => performance.now();

/** The baseline every page figure is divided by: a bare TreeWalker walk over the page's text. */
function walk(doc: Document): number {
  const w = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let t = w.nextNode(); t; t = w.nextNode()) n += (t as Text).data.length;
  return n;
}

/**
 * A DOM change nobody sees (an empty element added and removed): the browser drops its cached
 * live element collections, so the next call pays what the first call on a freshly loaded page
 * pays. (A comment or text node would not do: Chromium keeps element collections across those.)
 */
function touch(doc: Document): void {
  const el = doc.createElement('span');
  doc.body.appendChild(el);
  el.remove();
}

let memoBreaker: (() => void) | undefined;

/**
 * The matcher remembers topic words of the last text it saw; a repeated analysis of the same
 * page would get them for free, which a reader's first visit never does. Matching one ambiguous
 * name in another text makes it forget.
 */
function forgetLastText(): void {
  if (!memoBreaker) {
    const entry = matchableEntries('malware').find((m) => m.ambiguous.length > 0) ?? matchableEntries('threat-actor').find((m) => m.ambiguous.length > 0);
    const name = entry?.ambiguous[0];
    const category = entry?.entry.category;
    memoBreaker = name && category ? () => void findKnowledge(category, `we saw ${name} here`) : () => undefined;
  }
  memoBreaker();
}

/** Options every figure takes. */
export interface PageOptions {
  rounds: number;
  minSampleMs: number;
  /** Slow pairs stop after this long (at least two rounds are always run). */
  maxMs?: number;
}

/** Whether another round fits: always two, then more until `rounds` or the time cap. */
const moreRounds = (o: PageOptions, r: number, start: number): boolean => r < o.rounds && (r < 2 || now() - start < (o.maxMs ?? Infinity));

/**
 * The analysis the extension runs away from the page (Chrome's offscreen document, Firefox's
 * background page): the markup the analyser sends, parsed inert and analysed.
 */
function offPage(html: string): Analysis {
  const copy = new DOMParser().parseFromString(html, 'text/html');
  return analyzeDocument(copy, { url: location.href, disposable: true });
}

/**
 * The page's share of annotating it, as the analyser runs it: the gate, the markup serialised
 * for the request (its JSON), then the answer's JSON parsed, the text map, placing and painting.
 * `reply` is the answer as it arrives; the analysis behind it runs in the extension (`offPage`).
 */
function pageShare(doc: Document, reply: string): { painting: ReturnType<typeof paint>; analysis: Analysis; placed: number } {
  gate(doc);
  JSON.stringify({ type: 'analyse-page', url: location.href, html: extractionHtml(doc) });
  const got = (JSON.parse(reply) as { analysis: Analysis }).analysis;
  const map = buildTextMap(doc.body);
  const placed = placeEntities(map, got.article.text, got.entities);
  const painting = paint(doc, rangesByType(placed));
  return { painting, analysis: got, placed: placed.length };
}

/** The extension's answer for this page, as the analyser receives it. */
function replyFor(doc: Document): string {
  return JSON.stringify({ ok: true, analysis: offPage(extractionHtml(doc)) });
}

/** The whole pipeline in the page, as one call: what `highlight_vs_markjs` starts from. */
function annotate(doc: Document): { painting: ReturnType<typeof paint>; entities: number; placed: number; security: boolean; article: boolean } {
  const r = pageShare(doc, replyFor(doc));
  return { painting: r.painting, entities: r.analysis.entities.length, placed: r.placed, security: r.analysis.assessment.isSecurityNews, article: r.analysis.article.isArticle };
}

/** `gate_vs_walk` on this page. */
function gateVsWalk(o: PageOptions): { a: number; b: number; ratio: number; pass: boolean; chars: number } {
  const t = timePair(() => gate(document), () => walk(document), { ...o, now, reset: () => touch(document) });
  return { ...t, pass: gate(document).pass, chars: walk(document) };
}

/**
 * `analyze_vs_walk` (the page's share, see `pageShare`) and `analyze_offpage_vs_walk` (the
 * analysis away from the page) on this page; each annotation is one sample, cleared (untimed)
 * before the next.
 */
function analyzeVsWalk(o: PageOptions): { a: number; b: number; ratio: number; offPageMs: number; offPageRatio: number; entities: number; placed: number; security: boolean; article: boolean } {
  const offTimes: number[] = [];
  const reply = replyFor(document);
  const once = (): number => {
    touch(document);
    const t0 = now();
    const r = pageShare(document, reply);
    const t = now() - t0;
    clearPainting(document, r.painting);
    // The analysis in the extension, timed apart (cold knowledge memo, as on a first visit).
    forgetLastText();
    const t1 = now();
    replyFor(document);
    offTimes.push(now() - t1);
    return t;
  };
  once();
  offTimes.length = 0;
  const reset = (): void => touch(document);
  const w = timePair(() => walk(document), () => walk(document), { ...o, now, reset });
  const ta: number[] = [];
  const tb: number[] = [];
  const walkSample = (): number => {
    const calls = Math.max(1, Math.min(2_000, Math.round(o.minSampleMs / Math.max(w.a, 0.001))));
    let total = 0;
    for (let i = 0; i < calls; i++) {
      reset();
      const t0 = now();
      walk(document);
      total += now() - t0;
    }
    return total / calls;
  };
  const start = now();
  for (let r = 0; moreRounds(o, r, start); r++) {
    if (r % 2 === 0) {
      ta.push(once());
      tb.push(walkSample());
    } else {
      tb.push(walkSample());
      ta.push(once());
    }
  }
  const last = annotate(document);
  clearPainting(document, last.painting);
  const a = median(ta);
  const b = median(tb);
  const off = median(offTimes);
  return { a, b, ratio: a / b, offPageMs: off, offPageRatio: off / b, entities: last.entities, placed: last.placed, security: last.security, article: last.article };
}

/** `highlight_vs_markjs` and `clear_vs_markjs`: our painting of the found entities against mark.js marking their terms. */
function highlightVsMark(o: PageOptions): Record<string, number> {
  const analysis = analyzeDocument(document, { url: location.href });
  const terms = [...new Set(analysis.entities.map((e) => e.text))];
  const layout = (): number => document.body.offsetHeight;
  const marker = new Mark(document.body);
  let marks = 0;
  let ranges = 0;
  let painting: ReturnType<typeof paint> | null = null;
  // Ours: from the analysis to painted ranges (text map, placing, highlights), then clearing.
  let paintOnly = 0;
  const ours = (): [number, number] => {
    const t0 = now();
    const map = buildTextMap(document.body);
    const placed = placeEntities(map, analysis.article.text, analysis.entities);
    const tp = now();
    painting = paint(document, rangesByType(placed));
    layout();
    const t1 = now();
    paintOnly = t1 - tp;
    clearPainting(document, painting);
    layout();
    const t2 = now();
    ranges = placed.length;
    return [t1 - t0, t2 - t1];
  };
  // mark.js: marking every term of the analysis in the page, then unmarking; layout is forced in both.
  const theirs = (): [number, number] => {
    const t0 = now();
    // mark.js at its fastest for this job: whole terms, no diacritic folding (we do none either).
    marker.mark(terms, { separateWordSearch: false, acrossElements: true, diacritics: false, done: (n) => (marks = n) });
    layout();
    const t1 = now();
    marker.unmark();
    layout();
    const t2 = now();
    return [t1 - t0, t2 - t1];
  };
  ours();
  theirs();
  const samples = { paint: [] as number[], clear: [] as number[], mark: [] as number[], unmark: [] as number[], paintOnly: [] as number[] };
  const start = now();
  for (let r = 0; moreRounds(o, r, start); r++) {
    const pair = r % 2 === 0 ? [ours(), theirs()] : [theirs(), ours()].reverse();
    const [p, m] = pair as [[number, number], [number, number]];
    samples.paint.push(p[0]);
    samples.paintOnly.push(paintOnly);
    samples.clear.push(p[1]);
    samples.mark.push(m[0]);
    samples.unmark.push(m[1]);
  }
  const paintMs = median(samples.paint);
  const markMs = median(samples.mark);
  // The timer's resolution is 5 µs in an isolated page: a clear faster than that counts as 5 µs.
  const clearMs = Math.max(median(samples.clear), 0.005);
  const unmarkMs = median(samples.unmark);
  return { paintMs, paintOnlyMs: median(samples.paintOnly), markMs, ratio: paintMs / markMs, clearMs, unmarkMs, clearRatio: clearMs / unmarkMs, ranges, marks, terms: terms.length, rounds: samples.paint.length };
}

/** Time of each stage of one annotation, for finding where the time goes. */
function breakdown(): Record<string, number> {
  forgetLastText();
  const t: number[] = [now()];
  gate(document);
  t.push(now());
  const html = extractionHtml(document);
  t.push(now());
  const message = JSON.stringify({ type: 'analyse-page', html });
  t.push(now());
  // Off the page in the extension: parse, extract, recognize, assess.
  const copy = new DOMParser().parseFromString((JSON.parse(message) as { html: string }).html, 'text/html');
  t.push(now());
  const article = extractArticle(copy, location.href);
  t.push(now());
  const entities = recognize(article.text);
  t.push(now());
  const assessment = assess(article, entities);
  t.push(now());
  const reply = JSON.parse(JSON.stringify({ article, entities, assessment })) as { article: typeof article; entities: typeof entities };
  t.push(now());
  const map = buildTextMap(document.body);
  t.push(now());
  const placed = placeEntities(map, reply.article.text, reply.entities);
  t.push(now());
  const p = paint(document, rangesByType(placed));
  t.push(now());
  clearPainting(document, p);
  const names = ['gate', 'serialise', 'message', 'offParse', 'offExtract', 'offRecognize', 'offAssess', 'reply', 'textMap', 'place', 'paint'];
  const out: Record<string, number> = { htmlChars: html.length, textChars: article.text.length, entities: entities.length };
  names.forEach((n, i) => (out[`${n}Ms`] = (t[i + 1] ?? 0) - (t[i] ?? 0)));
  return out;
}

/** Lets other tasks run, as the analyser does between its steps. */
const yieldToMain = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

/**
 * `longest_task_ms` with the bundled library: the page's share of the analyser's work with its
 * yields between steps (the off-page analysis is computed first, as it runs elsewhere).
 */
async function annotateLongTasks(): Promise<{ longestMs: number; tasks: number[]; steps: Record<string, number> }> {
  const analysis = offPage(extractionHtml(document));
  const tasks: { start: number; duration: number }[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  });
  obs.observe({ type: 'longtask' });
  await frame();
  const t0 = now();
  gate(document);
  await yieldToMain();
  JSON.stringify({ html: extractionHtml(document) });
  const t1 = now();
  await yieldToMain();
  const t2 = now();
  const map = buildTextMap(document.body);
  const t3 = now();
  await yieldToMain();
  const t4 = now();
  const painting = paint(document, rangesByType(placeEntities(map, analysis.article.text, analysis.entities)));
  const t5 = now();
  await frame();
  await frame();
  await new Promise((r) => setTimeout(r, 200));
  obs.disconnect();
  clearPainting(document, painting);
  const ours = tasks.filter((t) => t.start >= t0 - 1).map((t) => Math.round(t.duration));
  return { longestMs: Math.max(0, ...ours), tasks: ours, steps: { serialiseMs: t1 - t0, textMapMs: t3 - t2, placePaintMs: t5 - t4 } };
}

const api = { gateVsWalk, analyzeVsWalk, highlightVsMark, breakdown, annotateLongTasks, libraryBench, transferBench, isolated: () => crossOriginIsolated };

declare global {
  interface Window {
    __tlBench?: typeof api;
  }
}
window.__tlBench = api;
