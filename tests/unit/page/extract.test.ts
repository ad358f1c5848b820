import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { docOf, fixture, fixtureDoc } from './helpers';

describe('extractArticle', () => {
  it('reads metadata from JSON-LD and strips the site name from the title', () => {
    const a = extractArticle(fixtureDoc('cyber-news.html'), 'https://news.harbour-gazette.example/tech/x');
    expect(a).toMatchObject({
      isArticle: true,
      title: 'Ransomware gang hits regional hospital network through unpatched VPN flaw',
      byline: 'Priya Castellane',
      siteName: 'Harbour Gazette',
      publishedAt: '2024-03-14T07:45:00+00:00',
      lang: 'en-GB',
      canonicalUrl: 'https://news.harbour-gazette.example/tech/2024/03/hospital-ransomware',
    });
  });

  it('extracts the main text as paragraphs, without navigation or footer', () => {
    const a = extractArticle(fixtureDoc('cyber-news.html'));
    expect(a.text).toContain('A ransomware attack has forced the Northmoor Hospitals group');
    expect(a.text).toContain('CVE-2024-21762');
    expect(a.text).not.toContain('Council tax rises');
    expect(a.text).not.toContain('© Harbour Gazette');
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
    expect(a.text).not.toMatch(/ {2}|\n{3}/);
  });

  it('reads OpenGraph, meta author and <time> when there is no JSON-LD', () => {
    expect(extractArticle(fixtureDoc('terror-news.html'))).toMatchObject({
      title: 'UK terrorism threat level raised to severe after station attack',
      byline: 'Tom Ashworth',
      siteName: 'The Daily Lantern',
      publishedAt: '2023-11-02T18:20:00Z',
      canonicalUrl: 'https://dailylantern.example/uk/threat-level-severe',
    });
    expect(extractArticle(fixtureDoc('natsec-news.html'))).toMatchObject({
      title: 'Former defense contractor charged with passing submarine secrets',
      byline: 'Dana Whitcombe',
      publishedAt: '2022-06-09',
      lang: 'en-US',
    });
  });

  it('reads French and German pages', () => {
    expect(extractArticle(fixtureDoc('fr-cyber-news.html'))).toMatchObject({
      title: 'Une cyberattaque paralyse les services de la ville de Belcourt',
      byline: 'Claire Fontanel',
      publishedAt: '2023-09-21T09:10:00+02:00',
      lang: 'fr',
    });
    expect(extractArticle(fixtureDoc('de-natsec-news.html'))).toMatchObject({
      title: 'Verfassungsschutz warnt vor Spionage an Hochschulen',
      publishedAt: '2024-02-05',
      lang: 'de',
    });
  });

  it('says a product page and a tiny page are not articles', () => {
    expect(extractArticle(fixtureDoc('shop.html')).isArticle).toBe(false);
    expect(extractArticle(fixtureDoc('tiny.html'))).toMatchObject({ isArticle: false, title: 'Loading…', text: 'Loading…' });
  });

  it('trusts the text over a template language declaration', () => {
    const body = '<p>Der Verfassungsschutz warnt, dass die Spionage an den Hochschulen zunimmt und auch die Forschung bei Batterien betroffen ist. Die Behörde hat die Universitäten informiert und rät zu mehr Vorsicht bei Kooperationen.</p>';
    const a = extractArticle(docOf(`<!doctype html><html lang="en"><head><title>T</title></head><body><article>${body.repeat(3)}</article></body></html>`));
    expect(a.lang).toBe('de');
  });

  it('reads a page nested too deeply for Readability as plain text', () => {
    const deep = `${'<div>'.repeat(400)}<p>${'Plain words. '.repeat(50)}</p>${'</div>'.repeat(400)}`;
    const a = extractArticle(docOf(deep));
    expect(a.isArticle).toBe(false);
    expect(a.text.startsWith('Plain words.')).toBe(true);
  });

  it('works on a browser-style document (happy-dom) as well as linkedom', () => {
    const doc = new DOMParser().parseFromString(fixture('terror-news.html'), 'text/html');
    const a = extractArticle(doc);
    expect(a.title).toBe('UK terrorism threat level raised to severe after station attack');
    expect(a.text).toContain('Joint Terrorism Analysis Centre');
  });
});
