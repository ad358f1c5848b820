import { describe, expect, it } from 'vitest';
import { extractionCopy, extractionHtml } from '../../../lib/page/extraction-copy';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('extractionCopy', () => {
  it('copies an ordinary page whole, and never returns the live page', () => {
    const doc = parse('<html><head><title>T</title></head><body><nav>n</nav><article><p>a</p></article></body></html>');
    const copy = extractionCopy(doc);
    expect(copy).not.toBe(doc);
    expect(copy.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  it('bounds the copy of a huge page to its head and the start of its main container', () => {
    const items = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} <b>x</b></p>`).join('');
    const head = '<head><title>Huge</title><meta property="og:type" content="article"></head>';
    const doc = parse(`<html>${head}<body><nav>${'<a>l</a>'.repeat(300)}</nav><article>${items}</article></body></html>`);
    const max = 200;
    const copy = extractionCopy(doc, max);
    expect(copy.getElementsByTagName('*').length).toBeLessThanOrEqual(max);
    expect(copy.title).toBe('Huge');
    expect(copy.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    // The navigation is left out; the article's paragraphs come in order from the first.
    expect(copy.getElementsByTagName('nav')).toHaveLength(0);
    const ps = [...copy.querySelectorAll('article p')].map((p) => p.textContent);
    expect(ps[0]).toBe('Paragraph 0 x');
    expect(ps.length).toBeGreaterThan(50);
    expect(ps.every((t, i) => t === `Paragraph ${i} x`)).toBe(true);
    // The live page is untouched.
    expect(doc.querySelectorAll('article p')).toHaveLength(400);
  });

  it('takes part of a single child too big to copy whole', () => {
    const doc = parse(`<html><body><div id="wrap">${'<p>w</p>'.repeat(500)}</div></body></html>`);
    const copy = extractionCopy(doc, 100);
    const n = copy.getElementsByTagName('*').length;
    expect(n).toBeLessThanOrEqual(100);
    expect(copy.querySelectorAll('#wrap p').length).toBeGreaterThan(80);
  });
});

describe('extractionHtml', () => {
  /** The copy made from the markup, as the off-page analysis parses it. */
  const reparsed = (doc: Document, max?: number): Document => parse(extractionHtml(doc, max));

  it('is the whole page for an ordinary page, doctype included', () => {
    const doc = parse('<!doctype html><html lang="en"><head><title>T</title></head><body><nav>n</nav><article><p>a &amp; b &lt;c&gt;</p></article></body></html>');
    const html = extractionHtml(doc);
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(reparsed(doc).documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  it('marks up the same bounded copy of a huge page as extractionCopy makes', () => {
    const items = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} <b>x</b> &amp; 1&nbsp;&lt; 2</p>text ${i} &lt;y&gt;`).join('');
    const head = '<head><title>Huge</title><meta property="og:type" content="article"></head>';
    const doc = parse(`<html lang="en">${head}<body class="b"><nav>${'<a>l</a>'.repeat(300)}</nav><article id="main">${items}</article></body></html>`);
    const fromHtml = reparsed(doc, 200);
    const copy = extractionCopy(doc, 200);
    expect(fromHtml.getElementsByTagName('*').length).toBeLessThanOrEqual(200);
    expect(fromHtml.body.outerHTML).toBe(copy.body.outerHTML);
    expect(fromHtml.head.outerHTML).toBe(copy.head.outerHTML);
    expect(fromHtml.documentElement.getAttribute('lang')).toBe('en');
    expect(fromHtml.querySelector('article p')?.textContent).toBe('Paragraph 0 x & 1\u00a0< 2');
  });

  it('takes part of a single child too big to mark up whole', () => {
    const doc = parse(`<html><body><div id="wrap">${'<p>w</p>'.repeat(500)}</div></body></html>`);
    const fromHtml = reparsed(doc, 100);
    expect(fromHtml.getElementsByTagName('*').length).toBeLessThanOrEqual(100);
    expect(fromHtml.body.outerHTML).toBe(extractionCopy(doc, 100).body.outerHTML);
  });
});
