/**
 * The analysis the extension runs away from the page's own thread (Chrome's offscreen document,
 * Firefox's background page): the page pipeline over the page's markup, and passage recognition.
 * The page only serialises its markup and paints the answer, so no task of ours runs long there
 * whatever Readability and the recognizers cost (DESIGN.md §9).
 */
import { analyzeDocumentInSteps } from './analyze';
import { recognize } from './entities/recognize';
import type { Entity } from './entities/types';
import type { KnownFacts } from './explain';
import { lookupKnowledge } from './knowledge/index';
import { MAX_ANALYSED_TEXT, type AnalysisReply, type AnalysisRequest, type PassageReply } from './messaging/protocol';

/** How the serving context turns markup into a document it can read (DOMParser in a browser). */
export type ParseHtml = (html: string) => Document;

/** The knowledge-base facts of every known entity among `entities`, by id. */
export function knowledgeOf(entities: readonly Entity[]): Record<string, KnownFacts> {
  const out: Record<string, KnownFacts> = {};
  for (const e of entities) {
    if (!e.id || e.id in out) continue;
    const k = lookupKnowledge(e.id);
    if (k) out[e.id] = { name: k.name, kind: k.kind, country: k.country, description: k.description, aliases: k.aliases };
  }
  return out;
}

/** A failure's message for the reader; the details go to the serving context's console. */
function failure(e: unknown): { ok: false; error: string } {
  console.warn('Threatlight: analysis failed', e);
  return { ok: false, error: 'Threatlight could not analyse this page.' };
}

/** The answer to an analysis request: the page's analysis, or a passage's entities. */
export async function serveAnalysis(req: AnalysisRequest, parseHtml: ParseHtml, pause: () => Promise<void>): Promise<AnalysisReply | PassageReply> {
  try {
    if (req.type === 'recognize-passage') return { ok: true, entities: recognize(req.text.slice(0, MAX_ANALYSED_TEXT)) };
    const doc = parseHtml(req.html);
    await pause();
    const analysis = await analyzeDocumentInSteps(doc, { url: req.url, disposable: true, gate: req.gate, maxTextChars: MAX_ANALYSED_TEXT }, pause);
    return { ok: true, analysis, knowledge: knowledgeOf(analysis.entities) };
  } catch (e) {
    return failure(e);
  }
}
