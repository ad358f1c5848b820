/**
 * The analyser's way to the analysis, which runs away from the page (lib/analysis-service): the
 * page sends its markup and gets the analysis back; a passage's text gets its entities.
 */
import type { Analysis } from '../../lib/analyze';
import type { Entity } from '../../lib/entities/types';
import type { KnownFacts } from '../../lib/explain';
import type { AnalysisReply, PassageReply } from '../../lib/messaging/protocol';
import { extractionHtml } from '../../lib/page/extraction-copy';
import type { GateResult } from '../../lib/page/types';
import { toBackground } from '../../platform/messaging';

/** A page's analysis with the knowledge-base facts its hover cards show. */
export interface RemoteAnalysis {
  analysis: Analysis;
  knowledge: Record<string, KnownFacts>;
}

/** The shape every answer has; the background is trusted, so this only catches a missing one. */
function isReply(raw: unknown): raw is { ok: boolean } {
  return typeof raw === 'object' && raw !== null && typeof (raw as { ok?: unknown }).ok === 'boolean';
}

/** The analysis of `doc` as it is now, or an error message. */
export async function analyseRemotely(doc: Document, url: string, gate: GateResult): Promise<RemoteAnalysis | string> {
  const html = extractionHtml(doc);
  const raw = await toBackground({ type: 'analyse-page', url, html, gate }).catch((e: unknown) => String(e));
  if (!isReply(raw)) return typeof raw === 'string' ? raw : 'The background gave no answer.';
  const reply = raw as AnalysisReply;
  return reply.ok ? { analysis: reply.analysis, knowledge: reply.knowledge } : reply.error;
}

/**
 * The entities of a passage's text. None when the analysis cannot be reached: the passage is
 * still saved, since the reader's clipping matters more than its annotations.
 */
export async function recognizeRemotely(text: string): Promise<Entity[]> {
  const raw = await toBackground({ type: 'recognize-passage', text }).catch(() => null);
  return isReply(raw) && raw.ok ? (raw as PassageReply & { ok: true }).entities : [];
}
