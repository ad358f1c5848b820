import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../lib/analyze';
import { fixture } from './helpers';

describe('analyzeText', () => {
  const text = fixture('threat-brief.txt');

  it('keeps the text exactly, so offsets point into the file', () => {
    const a = analyzeText(text);
    expect(a.article.text).toBe(text);
    for (const e of a.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(a.article.title).toBe('Weekly threat brief: phishing wave targets council payroll staff');
    expect(a.article.lang).toBe('en');
  });

  it('assesses the text', () => {
    const a = analyzeText(text);
    expect(a.assessment.isSecurityNews).toBe(true);
    expect(a.assessment.topics[0]?.topic).toBe('cyber');
    expect(a.gate).toBeUndefined();
  });

  it('does not take a sentence for a title', () => {
    expect(analyzeText('This is a sentence, not a title.\nAnd another line.').article.title).toBeNull();
    expect(analyzeText('').article).toMatchObject({ isArticle: false, text: '' });
  });
});

describe('analyzeDocument', () => {
  it('never changes the live page', () => {
    const doc = new DOMParser().parseFromString(fixture('cyber-news.html'), 'text/html');
    const before = doc.documentElement.outerHTML;
    const a = analyzeDocument(doc, { url: 'https://news.harbour-gazette.example/x' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(a.gate?.pass).toBe(true);
    expect(a.article.isArticle).toBe(true);
    expect(a.assessment.isSecurityNews).toBe(true);
  });

  it('gives entity offsets into article.text', () => {
    const doc = new DOMParser().parseFromString(fixture('terror-news.html'), 'text/html');
    const a = analyzeDocument(doc);
    expect(a.entities.length).toBeGreaterThan(0);
    for (const e of a.entities) expect(a.article.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('marks a page the gate turns away as not an article', () => {
    const doc = new DOMParser().parseFromString(fixture('editor.html'), 'text/html');
    const a = analyzeDocument(doc);
    expect(a.gate).toEqual({ pass: false, reasons: ['the page body is editable (an editor)'] });
    expect(a.article.isArticle).toBe(false);
    expect(a.assessment.isSecurityNews).toBe(false);
  });
});
