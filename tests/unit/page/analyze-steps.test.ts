import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeDocumentInSteps } from '../../../lib/analyze';
import { recognize, recognizeInSteps } from '../../../lib/entities/recognize';
import { RECOGNIZERS } from '../../../lib/entities/registry';
import { fixture } from './helpers';

const parse = (name: string): Document => new DOMParser().parseFromString(fixture(name), 'text/html');

describe('analysis in steps (the in-page analyser yields between them)', () => {
  it('finds exactly what the one-call analysis finds, pausing between its steps', async () => {
    for (const name of ['cyber-news.html', 'terror-news.html', 'sport-news.html', 'editor.html']) {
      let pauses = 0;
      const stepped = await analyzeDocumentInSteps(parse(name), { url: 'https://example.org/a' }, () => {
        pauses++;
        return Promise.resolve();
      });
      expect(stepped, name).toEqual(analyzeDocument(parse(name), { url: 'https://example.org/a' }));
      // gate, copy, extraction, three knowledge categories, then one pause per recognizer
      expect(pauses, name).toBe(6 + RECOGNIZERS.length);
    }
  });

  it('recognizes the same entities one recognizer at a time', async () => {
    const text = fixture('threat-brief.txt');
    const order: number[] = [];
    const stepped = await recognizeInSteps(text, () => {
      order.push(order.length);
      return Promise.resolve();
    });
    expect(stepped).toEqual(recognize(text));
    expect(stepped.length).toBeGreaterThan(3);
    expect(order).toHaveLength(RECOGNIZERS.length);
  });

  it('never changes the live page', async () => {
    const doc = parse('cyber-news.html');
    const before = doc.documentElement.outerHTML;
    await analyzeDocumentInSteps(doc, {}, () => Promise.resolve());
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a bound on the text analysed', () => {
  it('cuts the article text at a paragraph end and finds only what lies before it', async () => {
    const doc = new DOMParser().parseFromString(fixture('cyber-news.html'), 'text/html');
    const whole = analyzeDocument(doc);
    const max = Math.floor(whole.article.text.length / 2);
    const cut = await analyzeDocumentInSteps(doc, { maxTextChars: max }, () => Promise.resolve());
    expect(cut.article.text.length).toBeLessThanOrEqual(max);
    expect(whole.article.text.startsWith(cut.article.text)).toBe(true);
    for (const e of cut.entities) expect(e.end).toBeLessThanOrEqual(cut.article.text.length);
    expect(cut.entities.length).toBeLessThan(whole.entities.length);
  });
});
