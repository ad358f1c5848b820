import { describe, expect, it } from 'vitest';
import { assess } from '../../../lib/page/assess';
import { analyzeDocument } from '../../../lib/analyze';
import type { Article } from '../../../lib/page/types';
import type { Entity } from '../../../lib/entities/types';
import { fixtureDoc } from './helpers';

const verdict = (name: string) => analyzeDocument(fixtureDoc(name), { disposable: true }).assessment;

function article(text: string, extra: Partial<Article> = {}): Article {
  return { isArticle: true, title: null, byline: null, siteName: null, publishedAt: null, lang: 'en', canonicalUrl: null, text, ...extra };
}

describe('assess on pages', () => {
  it.each([
    ['cyber-news.html', 'cyber'],
    ['terror-news.html', 'terrorism'],
    ['natsec-news.html', 'national-security'],
    ['fr-cyber-news.html', 'cyber'],
    ['de-natsec-news.html', 'national-security'],
  ])('calls %s security news about %s', (name, topic) => {
    const a = verdict(name);
    expect(a.isSecurityNews).toBe(true);
    expect(a.score).toBeGreaterThanOrEqual(0.8);
    expect(a.topics[0]?.topic).toBe(topic);
    expect(a.reasons.length).toBeGreaterThan(0);
  });

  it.each(['sport-news.html', 'de-sport-news.html', 'business-news.html', 'docs.html', 'forum.html', 'shop.html', 'vendor-marketing.html', 'pl-news.html'])(
    'stays silent on %s',
    (name) => {
      const a = verdict(name);
      expect(a.isSecurityNews).toBe(false);
    },
  );

  it('keeps clearly low scores for sport and business', () => {
    for (const name of ['sport-news.html', 'de-sport-news.html', 'business-news.html']) {
      expect(verdict(name).score, name).toBeLessThan(0.2);
      expect(verdict(name).topics, name).toEqual([]);
    }
  });

  it('reports ordinary crime as a topic without calling it security news', () => {
    const a = verdict('crime-news.html');
    expect(a.isSecurityNews).toBe(false);
    expect(a.topics.map((t) => t.topic)).toEqual(['crime']);
    expect(a.reasons[0]).toMatch(/^some crime language: "robbery" ×2/);
  });

  it('explains itself with names, ids and levels', () => {
    expect(verdict('cyber-news.html').reasons).toEqual(expect.arrayContaining(['CVE ids (2)', 'threat-level language']));
    expect(verdict('terror-news.html').reasons).toContain('names MI5');
  });

  it('says why a language it cannot read is left alone', () => {
    expect(verdict('pl-news.html')).toEqual({ isSecurityNews: false, score: 0, topics: [], reasons: ['no vocabulary for this language (pl)'] });
  });

  it('reads Spanish with its own, smaller vocabulary', () => {
    const a = verdict('es-news.html');
    expect(a.isSecurityNews).toBe(true);
    expect(a.topics[0]?.topic).toBe('cyber');
  });

  it('never calls a page that is not an article security news', () => {
    const a = verdict('vendor-marketing.html');
    expect(a.isSecurityNews).toBe(false);
    expect(a.reasons[0]).toBe('not an article');
  });
});

describe('assess on texts', () => {
  const sentence = 'The match ended in a draw after both sides had chances in a lively second half at the stadium. ';

  it('does not fire on a passing mention in a long unrelated article', () => {
    const text = `${sentence.repeat(40)}Police said a terrorist threat had been ruled out after a bag was checked. ${sentence.repeat(40)}`;
    const a = assess(article(text), []);
    expect(a.isSecurityNews).toBe(false);
    expect(a.score).toBeLessThan(0.4);
  });

  it('stays quiet on a long vendor landing page full of threat words', () => {
    const pitch =
      'Stop ransomware, phishing and zero-day exploits before they reach your endpoints. Our platform gives your security team ' +
      'threat intelligence, malware analysis and automated patching of vulnerabilities. Request a demo today or start your free ' +
      'trial. Our customers cut incident response time in half. See pricing for every plan, or contact sales for enterprise pricing. ';
    const a = assess(article(pitch.repeat(4)), []);
    expect(a.isSecurityNews).toBe(false);
    expect(a.score).toBeLessThan(0.55);
  });

  it('does not fire on one word repeated, however often', () => {
    const a = assess(article('Ransomware. '.repeat(30)), []);
    expect(a.isSecurityNews).toBe(false);
  });

  it('uses recognised entities the lexicon does not know, and names them', () => {
    const text = 'Officials from Blue Kestrel met Greyfin to discuss it. Blue Kestrel said Greyfin would help. '.repeat(3);
    const at = (s: string, from = 0): number => text.indexOf(s, from);
    const entities: Entity[] = [];
    for (let i = at('Blue Kestrel'); i >= 0; i = at('Blue Kestrel', i + 1)) {
      entities.push({ type: 'threat-actor', text: 'Blue Kestrel', start: i, end: i + 12, id: 'blue-kestrel', name: 'Blue Kestrel', kind: 'apt' });
    }
    for (let i = at('Greyfin'); i >= 0; i = at('Greyfin', i + 1)) {
      entities.push({ type: 'malware', text: 'Greyfin', start: i, end: i + 7, id: 'greyfin', name: 'Greyfin' });
    }
    const without = assess(article(text), []);
    const withEntities = assess(article(text), entities);
    expect(without.score).toBe(0);
    expect(withEntities.score).toBeGreaterThan(0.5);
    expect(withEntities.topics[0]?.topic).toBe('cyber');
    expect(withEntities.reasons).toEqual(expect.arrayContaining(['names Blue Kestrel 6 times', 'names Greyfin 6 times']));
  });

  it('does not count a mention twice when the lexicon already found it', () => {
    const text = 'MI5 said MI5 officers were investigating. The security service declined to comment further on the case.';
    const mi5: Entity[] = [0, 9].map((start) => ({ type: 'agency', text: 'MI5', start, end: start + 3, id: 'mi5', name: 'MI5', kind: 'security-service' }));
    expect(assess(article(text), mi5).score).toBe(assess(article(text), []).score);
  });

  it('reads Japanese security news with its own vocabulary', () => {
    const text = 'サイバー攻撃により、企業の顧客情報が流出した。攻撃者は脆弱性を悪用して不正アクセスを行い、マルウェアを設置したとみられる。情報漏えいの規模は調査中で、ランサムウェアの関与も疑われている。';
    const a = assess(article(text.repeat(2), { lang: 'ja' }), []);
    expect(a.isSecurityNews).toBe(true);
    expect(a.topics[0]?.topic).toBe('cyber');
  });

  it('keeps score and topic scores within 0..1, topics strongest first', () => {
    const a = verdict('terror-news.html');
    for (const t of a.topics) {
      expect(t.score).toBeGreaterThanOrEqual(0);
      expect(t.score).toBeLessThanOrEqual(1);
    }
    const scores = a.topics.map((t) => t.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });
});
