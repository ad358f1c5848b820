import { describe, expect, it } from 'vitest';
import { readMetadata, jsonLdSaysArticle } from '../../../lib/page/metadata';
import { docOf, fixtureDoc } from './helpers';

describe('readMetadata', () => {
  it('reads JSON-LD first: headline, authors, date, publisher', () => {
    const m = readMetadata(fixtureDoc('cyber-news.html'), 'https://news.harbour-gazette.example/x');
    expect(m.byline).toBe('Priya Castellane');
    expect(m.published).toBe('2024-03-14T07:45:00+00:00');
    expect(m.siteName).toBe('Harbour Gazette');
    expect(m.jsonLdTypes).toContain('NewsArticle');
    expect(m.canonicalUrl).toBe('https://news.harbour-gazette.example/tech/2024/03/hospital-ransomware');
    expect(m.ogType).toBe('article');
  });

  it('falls back to OpenGraph and meta tags', () => {
    const m = readMetadata(fixtureDoc('terror-news.html'));
    expect(m.published).toBe('2023-11-02T18:20:00Z');
    expect(m.byline).toBe('Tom Ashworth');
    expect(m.siteName).toBe('The Daily Lantern');
    expect(m.canonicalUrl).toBe('https://dailylantern.example/uk/threat-level-severe');
    expect(m.lang).toBe('en');
  });

  it('uses <time datetime> when no meta tag states the date', () => {
    const m = readMetadata(fixtureDoc('natsec-news.html'));
    expect(m.published).toBe('2022-06-09');
    expect(m.byline).toBe('Dana Whitcombe');
  });

  it('reads parsely, dc and sailthru conventions', () => {
    const doc = docOf(`<html><head>
      <meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">
      <meta name="DC.creator" content="Jane Doe">
      <meta name="sailthru.title" content="Sailthru title">
      <meta http-equiv="content-language" content="fr-CA"></head><body><p>x</p></body></html>`);
    const m = readMetadata(doc);
    expect(m.published).toBe('2024-04-20T04:20:00.000Z');
    expect(m.byline).toBe('Jane Doe');
    expect(m.title).toBe('Sailthru title');
    expect(m.lang).toBe('fr-CA');
  });

  it('finds the article node inside a JSON-LD @graph and survives broken JSON', () => {
    const doc = docOf(`<html><head>
      <script type="application/ld+json">{not json</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
        {"@type":["ReportageNewsArticle"],"headline":"Graph headline","author":[{"name":"A One"},{"name":"B Two"}],"datePublished":"2021-05-06"}]}</script>
      </head><body><p>x</p></body></html>`);
    const m = readMetadata(doc);
    expect(m.title).toBe('Graph headline');
    expect(m.byline).toBe('A One, B Two');
    expect(m.published).toBe('2021-05-06');
    expect(m.jsonLdTypes).toEqual(['WebSite', 'ReportageNewsArticle']);
  });
});

describe('jsonLdSaysArticle', () => {
  it('reads article types, also in a @graph and behind a schema.org address', () => {
    expect(jsonLdSaysArticle('{"@type":"NewsArticle"}')).toBe(true);
    expect(jsonLdSaysArticle('{"@graph":[{"@type":"WebSite"},{"@type":"https://schema.org/BlogPosting"}]}')).toBe(true);
  });

  it('says no to JSON-LD that names no article type, without parsing it', () => {
    expect(jsonLdSaysArticle('{"@type":"Organization","name":"Shop"}')).toBe(false);
    expect(jsonLdSaysArticle('{"@type":"Organization", not even JSON')).toBe(false);
  });

  it('still parses a type name spelled with \\u escapes', () => {
    expect(jsonLdSaysArticle('{"@type":"News\\u0041rticle"}')).toBe(true);
  });
});
