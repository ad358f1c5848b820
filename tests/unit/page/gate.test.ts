import { describe, expect, it } from 'vitest';
import { gate } from '../../../lib/page/gate';
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
    expect(gate(rich)).toEqual({ pass: false, reasons: ['the page hosts a rich-text editor'] });
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
});
