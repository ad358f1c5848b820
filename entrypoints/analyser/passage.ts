/** The clipping of a passage the reader selected on an analysed page. */
import type { Analysis } from '../../lib/analyze';
import { buildTextMap, offsetOfBoundary } from '../../lib/anchoring/text-map';
import { passageClipping } from '../../lib/clipping/build';
import type { Clipping } from '../../lib/clipping/schema';
import { passageId } from './dom';
import { recognizeRemotely } from './remote';

/**
 * The passage clipping of `range` on `doc` (the page UI's `uiHost` left out of the page text),
 * with its own entities; an error message when the range is not in the page's text.
 */
export async function clipPassage(doc: Document, uiHost: Element | null, analysis: Analysis, range: Range): Promise<Clipping | string> {
  const map = buildTextMap(doc.body, { exclude: uiHost });
  const start = offsetOfBoundary(map, range.startContainer, range.startOffset, 'start');
  const end = offsetOfBoundary(map, range.endContainer, range.endOffset, 'end');
  if (start < 0 || end <= start) return 'The selection is not in the page text.';
  const passage = map.text.slice(start, end);
  const entities = await recognizeRemotely(passage);
  return passageClipping({ url: location.href, article: analysis.article, assessment: analysis.assessment, entities, now: Date.now() }, passageId(), map.text, start, end);
}
