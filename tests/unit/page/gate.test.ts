import { describe, expect, it } from 'vitest';
import { gate, gateThresholds } from '../../../lib/page/gate';
import { docOf, fixtureDoc } from './helpers';

describe('gate', () => {
  it.each(['cyber-news.html', 'terror-news.html', 'natsec-news.html', 'fr-cyber-news.html', 'de-natsec-news.html', 'sport-news.html'])(
    'lets the article %s through',
    (name) => {
      const g = gate(fixtureDoc(name));
      expect(g.pass).toBe(true);
      expect(g.reasons.length).toBeGreaterThan(0);
    },
  );

  it('says why an article passed', () => {
    expect(gate(fixtureDoc('cyber-news.html')).reasons).toEqual(
      expect.arrayContaining(['JSON-LD says it is an article', 'og:type is article', 'has an <article> element']),
    );
  });

  it('turns away tiny pages, shops, forums and landing pages with little running text', () => {
    for (const name of ['tiny.html', 'shop.html', 'forum.html', 'vendor-marketing.html']) {
      const g = gate(fixtureDoc(name));
      expect(g.pass, name).toBe(false);
      expect(g.reasons.at(-1), name).toMatch(/too little running text/);
    }
  });

  it('turns away editors', () => {
    const g = gate(fixtureDoc('editor.html'));
    expect(g).toEqual({ pass: false, reasons: ['the page body is editable (an editor)'] });
    const para = `<p>${'A sentence somebody is still writing in their editor. '.repeat(2)}</p>`;
    const rich = docOf(`<main><div class="ProseMirror" contenteditable="true">${para.repeat(3)}</div></main>`);
    expect(gate(rich).pass).toBe(false);
    // An editor on a page that calls itself an article, with enough text to pass on its markup.
    const head = '<head><meta property="og:type" content="article"></head>';
    const prose = `<p>${'Running prose of the page around the editor, long enough to count as a paragraph. '.repeat(5)}</p>`;
    const editing = docOf(`<!doctype html><html>${head}<body>${prose}<div contenteditable="true">${para.repeat(3)}</div></body></html>`);
    expect(gate(editing)).toEqual({ pass: false, reasons: ['the page hosts a rich-text editor'] });
    const plain = docOf(`<!doctype html><html>${head}<body>${prose}<div>${para.repeat(3)}</div></body></html>`);
    expect(gate(plain).pass).toBe(true);
    const longEditor = docOf(`<main><div contenteditable="true">${prose.repeat(3)}</div></main>`);
    expect(gate(longEditor)).toEqual({ pass: false, reasons: ['the page hosts a rich-text editor'] });
  });

  it('turns away documents that are not HTML', () => {
    const xml = new DOMParser().parseFromString('<feed><entry>x</entry></feed>', 'application/xml');
    expect(gate(xml)).toEqual({ pass: false, reasons: ['not an HTML page (application/xml)'] });
  });

  it('passes a long page of plain paragraphs with no article markup', () => {
    const p = `<p>${'This sentence is part of a long and ordinary paragraph of running prose. '.repeat(6)}</p>`;
    const g = gate(docOf(p.repeat(8)));
    expect(g).toEqual({ pass: true, reasons: ['has a body of paragraphs'] });
  });

  it('ignores hidden paragraphs', () => {
    const p = `<p style="display:none">${'Hidden words that a reader never sees on the page at all. '.repeat(8)}</p>`;
    expect(gate(docOf(p.repeat(10))).pass).toBe(false);
  });

  describe('sensitivity', () => {
    /** `n` paragraphs of 240 characters: each adds 10 to the prose score (normal passes above 20). */
    const page = (n: number): Document => docOf(`<p>${'x'.repeat(239)} </p>`.repeat(n));

    it('normal asks for a score above 20', () => {
      expect(gate(page(2)).pass).toBe(false);
      expect(gate(page(3)).pass).toBe(true);
      expect(gate(page(3), { sensitivity: 'normal' })).toEqual(gate(page(3)));
    });

    it('strict asks for half as much again', () => {
      expect(gate(page(3), { sensitivity: 'strict' }).pass).toBe(false);
      expect(gate(page(4), { sensitivity: 'strict' }).pass).toBe(true);
    });

    it('lenient asks for half as much', () => {
      expect(gate(page(1), { sensitivity: 'lenient' }).pass).toBe(false);
      expect(gate(page(2), { sensitivity: 'lenient' }).pass).toBe(true);
    });

    it('moves the thresholds for marked-up pages too', () => {
      expect(gateThresholds('strict').textWithMarkup).toBeGreaterThan(gateThresholds('normal').textWithMarkup);
      expect(gateThresholds('lenient').bodyWithMarkup).toBeLessThan(gateThresholds('normal').bodyWithMarkup);
      const head = '<head><meta property="og:type" content="article"></head>';
      const marked = (chars: number): Document => docOf(`<!doctype html><html>${head}<body><p>${'y'.repeat(chars)}</p></body></html>`);
      // 300 characters: not enough for normal (400), enough for lenient (200).
      expect(gate(marked(300)).pass).toBe(false);
      expect(gate(marked(300), { sensitivity: 'lenient' }).pass).toBe(true);
      expect(gate(marked(500)).pass).toBe(true);
      expect(gate(marked(500), { sensitivity: 'strict' }).pass).toBe(false);
    });
  });
  describe('a page that says it is an article but has little paragraph text', () => {
    const head = '<head><meta property="og:type" content="article"></head>';
    const page = (body: string): Document => docOf(`<!doctype html><html>${head}<body>${body}</body></html>`);
    /** Short <p>s (captions, teasers) and long text outside them: a table of results, say. */
    const shortParagraphs = `<p>${'A caption.'.repeat(5)}</p>`.repeat(6);
    const table = `<table>${`<tr><td>${'Standings of the season after the last race. '.repeat(3)}</td></tr>`.repeat(15)}</table>`;
    /** Prose in <div>s broken by <br>s, which the gate also counts as paragraphs. */
    const brProse = `<div>${'A long line of prose written in a div with line breaks, as older sites do. '.repeat(3)}<br>more</div>`.repeat(4);

    it('passes on its body text without reading its <pre>s and <br>s', () => {
      // Weighed in full, the <br> paragraphs would score above 20; the verdict is the same either
      // way, so the gate stops at the body text once the <p>s are weighed.
      const g = gate(page(shortParagraphs + table + brProse));
      expect(g.pass).toBe(true);
      expect(g.reasons[0]).toBe('og:type is article');
      expect(g.reasons[1]).toMatch(/^\d+ characters of text outside paragraphs$/);
      expect(g.reasons).toHaveLength(2);
    });

    it('still reads every paragraph where an editable region could make it an editor', () => {
      const editor = `<div contenteditable="true">${shortParagraphs}</div>`;
      expect(gate(page(shortParagraphs + table + editor))).toEqual({ pass: false, reasons: ['the page hosts a rich-text editor'] });
      // The <br> paragraphs outweigh the editor, as they did before the shortcut.
      expect(gate(page(shortParagraphs + table + editor + brProse)).reasons.at(-1)).toBe('has a body of paragraphs');
    });

    it('fails when its body has too little text', () => {
      const g = gate(page(shortParagraphs + brProse.slice(0, 200)));
      expect(g.pass).toBe(false);
      expect(g.reasons.at(-1)).toMatch(/too little running text/);
    });
  });
});
