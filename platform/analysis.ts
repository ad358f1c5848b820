/**
 * The analysis served in an extension context that has a DOM but is not the page: Chrome's
 * offscreen document (entrypoints/analysis) and Firefox's background page.
 */
import { serveAnalysis } from '../lib/analysis-service';
import type { AnalysisReply, AnalysisRequest, PassageReply } from '../lib/messaging/protocol';

/** Parses page markup into an inert document: no script runs and nothing is fetched. */
function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Lets other messages in between steps (Firefox's background serves saves on the same thread). */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Serves one analysis request here. */
export function serveHere(req: AnalysisRequest): Promise<AnalysisReply | PassageReply> {
  return serveAnalysis(req, parseHtml, pause);
}
