import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument } from '../../../lib/analyze';
import { recognize } from '../../../lib/entities/recognize';
import { serveAnalysis } from '../../../lib/analysis-service';
import { extractionHtml } from '../../../lib/page/extraction-copy';
import { gate } from '../../../lib/page/gate';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const sample = readFileSync(path.resolve(__dirname, '../../../assets/sample-article.html'), 'utf8');
const pause = (): Promise<void> => Promise.resolve();

describe('serveAnalysis', () => {
  it('analyses a page from its markup exactly as in the page, with the facts for its hover cards', async () => {
    const live = parse(sample);
    const url = 'https://example.org/news/mi5';
    const reply = await serveAnalysis({ type: 'analyse-page', url, html: extractionHtml(live), gate: gate(live) }, parse, pause);
    if (!reply.ok || !('analysis' in reply)) throw new Error('no analysis');
    const here = analyzeDocument(live, { url });
    expect(reply.analysis.entities).toEqual(here.entities);
    expect(reply.analysis.article).toEqual(here.article);
    expect(reply.analysis.assessment).toEqual(here.assessment);
    expect(reply.analysis.assessment.isSecurityNews).toBe(true);
    // Every known entity has its facts, and only those.
    const ids = new Set(here.entities.flatMap((e) => (e.id ? [e.id] : [])));
    expect(Object.keys(reply.knowledge).length).toBeGreaterThan(0);
    expect(Object.keys(reply.knowledge).every((id) => ids.has(id))).toBe(true);
    expect(reply.knowledge.mi5?.description).toMatch(/domestic counter-intelligence/);
    // Plain data: it survives the trip through a runtime message.
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('keeps the live page\'s gate verdict: a page the gate refused is never an article', async () => {
    const reply = await serveAnalysis({ type: 'analyse-page', url: 'https://example.org/', html: sample, gate: { pass: false, reasons: ['test'] } }, parse, pause);
    if (!reply.ok || !('analysis' in reply)) throw new Error('no analysis');
    expect(reply.analysis.article.isArticle).toBe(false);
    expect(reply.analysis.assessment.isSecurityNews).toBe(false);
  });

  it('recognizes a passage', async () => {
    const text = 'MI5 said the threat level is substantial.';
    expect(await serveAnalysis({ type: 'recognize-passage', text }, parse, pause)).toEqual({ ok: true, entities: recognize(text) });
  });

  it('answers a failure with a message for the reader, not an exception', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = (): Document => {
      throw new Error('parser gone');
    };
    const reply = await serveAnalysis({ type: 'analyse-page', url: 'https://example.org/', html: '<p>x</p>', gate: { pass: true, reasons: [] } }, broken, pause);
    expect(reply).toEqual({ ok: false, error: 'Threatlight could not analyse this page.' });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
