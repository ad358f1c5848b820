import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { fileNamer, slugify } from '../../../lib/export/filenames';
import { clippingMarkdown, escapeMarkdown, exportMarkdownZip, markdownFiles, obsidianTag } from '../../../lib/export/markdown';
import { frontMatter, yamlString } from '../../../lib/export/yaml';
import { richClippings } from './fixtures';

// js-yaml (YAML 1.2, as Obsidian reads front matter) is in the tree through ESLint; it has no
// bundled types, so it is loaded untyped for the test only.
const yaml = createRequire(resolve(import.meta.dirname, 'markdown.test.ts'))('js-yaml') as { load: (s: string) => unknown };

function split(md: string): { props: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md);
  if (!m) throw new Error('no front matter');
  return { props: yaml.load(m[1] ?? '') as Record<string, unknown>, body: m[2] ?? '' };
}

describe('YAML quoting', () => {
  it.each([
    'Title: with a colon',
    'He said "no" and \\ left',
    'two\nlines',
    '---',
    '--- \n...\n---',
    '# not a comment',
    '- not a list',
    '[not, a, list]',
    '{not: a map}',
    'yes',
    'null',
    '0o777',
    '2026-01-01',
    '@at `tick` |pipe >fold *alias &anchor !tag %directive',
    'del\u007fnel\u0085ls\u2028ps\u2029bom\ufeffend',
    'tab\there',
    '',
    'émoji 😀 and 例え',
  ])('round-trips %j as a string', (s) => {
    expect(yaml.load(`v: ${yamlString(s)}`)).toEqual({ v: s });
  });

  it('writes nested maps, lists, dates and leaves undefined out', () => {
    const fm = frontMatter({ a: 'x', b: undefined, n: 3, d: new Date(Date.UTC(2026, 0, 2)), l: [], m: { 'threat-actor': ['LockBit'] }, z: null });
    expect(fm.startsWith('---\n') && fm.endsWith('\n---\n')).toBe(true);
    expect(yaml.load(fm.slice(4, -5))).toEqual({ a: 'x', n: 3, d: new Date(Date.UTC(2026, 0, 2)), l: [], m: { 'threat-actor': ['LockBit'] }, z: null });
  });
});

describe('Markdown notes', () => {
  const [cyber, terror, bare, strict, apt] = richClippings();

  it('has front matter with title, url, dates, tags, TLP, level, topics and entities by type', () => {
    if (!cyber) throw new Error('fixture');
    const { props } = split(clippingMarkdown(cyber));
    expect(props).toMatchObject({
      title: 'LockBit: councils hit, "again"\n---\nsecond line',
      url: 'https://news.example/cyber/lockbit-councils?x=1&y=2',
      site: 'news.example',
      created: new Date('2025-12-29T09:20:00.000Z'),
      updated: new Date('2025-12-30T13:06:40.000Z'),
      published: new Date('2026-01-02T07:30:00.000Z'),
      lang: 'en',
      kind: 'article',
      tags: ['ransomware', 'q3-review', 'SUMA1'],
      tlp: 'TLP:AMBER',
      threat_level: 'severe',
      topics: ['cyber'],
      security_news: true,
      score: 0.9,
      threatlight_id: 'article-cyber',
    });
    const entities = props.entities as Record<string, string[]>;
    expect(Object.keys(entities)).toEqual(['agency', 'threat-actor', 'malware', 'threat-level', 'statistic', 'indicator', 'person', 'location']);
    expect(entities['threat-actor']).toEqual(['LockBit']);
    expect(entities.indicator).toContain("http://evil-updates.example/it's/a\\path");
    expect(entities.location).toEqual(['France', 'Leeds']);
  });

  it('keeps a date the page wrote as text, and leaves absent fields out', () => {
    if (!terror || !bare) throw new Error('fixture');
    expect(split(clippingMarkdown(terror)).props.published).toBe('hier');
    const { props, body } = split(clippingMarkdown(bare));
    expect(props).not.toHaveProperty('published');
    expect(props).not.toHaveProperty('tlp');
    expect(props.entities).toEqual({});
    expect(props.tags).toEqual([]);
    expect(body).toContain('# https://例え.jp/パス?q=a b'.replace('https://例え.jp/パス?q=a b', escapeMarkdown('https://例え.jp/パス?q=a b')));
    expect(body).toContain('Source: <https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9?q=a%20b>');
  });

  it('escapes the note and text so Obsidian shows them as written (no links, HTML, comments or math)', () => {
    if (!strict) throw new Error('fixture');
    const { body } = split(clippingMarkdown(strict));
    expect(body).toContain('## Note\n\n\\%\\%hidden\\%\\% \\[\\[link\\]\\] \\<img src\\=x onerror\\=alert(1)> \\$x\\$ \\=\\=mark\\=\\=');
    expect(escapeMarkdown('# head\n> quote\n  - item\n+ plus')).toBe('\\# head\n\\> quote\n  \\- item\n\\+ plus');
    expect(escapeMarkdown('a_b*c`d~e|f\\g')).toBe('a\\_b\\*c\\`d\\~e\\|f\\\\g');
  });

  it('makes Obsidian-friendly tags', () => {
    expect(obsidianTag('#q3 review')).toBe('q3-review');
    expect(obsidianTag('apt/russia')).toBe('apt/russia');
    expect(obsidianTag('!!!')).toBe('');
    if (!apt) throw new Error('fixture');
    expect(split(clippingMarkdown(apt)).props.tags).toEqual(['mention', '44-20-7946-0000', 'indented', '-23', 'apt']);
  });
});

describe('file names', () => {
  it('slugifies titles, keeping letters of every script and dropping Latin accents only', () => {
    expect(slugify('LockBit: councils hit, "again"\n---')).toBe('lockbit-councils-hit-again');
    expect(slugify('Attaque près de Raqqa : « alerte »')).toBe('attaque-pres-de-raqqa-alerte');
    expect(slugify('東京で「サイバー攻撃」が発生')).toBe('東京で-サイバー攻撃-が発生');
    expect(slugify('!!!')).toBe('');
    expect(slugify('a'.repeat(200))).toHaveLength(80);
  });

  it('keeps names unique without regard to case, and avoids Windows device names', () => {
    const name = fileNamer();
    expect(name('Report', 'x', '.md')).toBe('report.md');
    expect(name('REPORT', 'x', '.md')).toBe('report-2.md');
    expect(name('Report 3', 'x', '.md')).toBe('report-3.md');
    expect(name('report', 'x', '.md')).toBe('report-4.md');
    expect(name('', 'article-1', '.md')).toBe('article-1.md');
    expect(name('CON', 'x', '.md')).toBe('con-file.md');
    expect(name('Report', 'x', '.txt')).toBe('report.txt');
  });

  it('names 10,000 clippings with one title quickly', () => {
    const name = fileNamer();
    const t0 = performance.now();
    const names = Array.from({ length: 10_000 }, () => name('Same title', 'x', '.md'));
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(new Set(names).size).toBe(10_000);
    expect(names[9_999]).toBe('same-title-10000.md');
  });

  it('names every clipping of the archive differently', () => {
    const names = markdownFiles(richClippings()).map((f) => f.name);
    expect(names).toEqual([
      'lockbit-councils-hit-again-second-line.md',
      'attaque-pres-de-raqqa-alerte.md',
      'article-bare.md',
      'lockbit-councils-hit-again-second-line-2.md',
      'con-file.md',
    ]);
  });
});

describe('Markdown zip', () => {
  it('zips one UTF-8 note per clipping, the same bytes every time', () => {
    const zip = exportMarkdownZip(richClippings());
    expect(zip[0]).toBe(0x50);
    expect(zip[1]).toBe(0x4b);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toHaveLength(5);
    const note = strFromU8(files['attaque-pres-de-raqqa-alerte.md'] ?? new Uint8Array());
    expect(split(note).props.title).toBe('Attaque près de Raqqa : « alerte »');
    expect(exportMarkdownZip(richClippings())).toEqual(zip);
  });

  it('survives dates zip cannot store', () => {
    const [c] = richClippings();
    if (!c) throw new Error('fixture');
    const zip = exportMarkdownZip([{ ...c, updatedAt: 0 }, { ...c, id: 'far', updatedAt: 253_402_300_799_999 }]);
    expect(Object.keys(unzipSync(zip))).toHaveLength(2);
  });
});
