/**
 * Generated web pages for the browser benchmarks: news articles of several lengths inside the
 * usual site furniture (navigation, related links, comments, footer), and pages that are not
 * articles (shop grids, portals, forums, docs, web apps, search results) of several sizes.
 */
import { Rng } from './random';
import { everydaySentence, indicatorText, paragraph, securitySentence } from './sentences';
import { ACTORS, EVERYDAY, EVERYDAY_WORDS, PLACES, PEOPLE, THINGS } from './words';

/** A generated page: its file name, whether it is an article, and its HTML. */
export interface GeneratedPage {
  name: string;
  article: boolean;
  html: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `body{font:16px/1.5 Georgia,serif;margin:0;color:#222}header,footer{background:#f4f4f4;padding:8px}
nav a{margin-right:8px;font:13px sans-serif}main{display:flex;gap:24px;max-width:1100px;margin:auto}
article{flex:3}aside{flex:1;font:14px sans-serif}.card{display:inline-block;width:220px;margin:8px;vertical-align:top}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px}`;

function shell(title: string, head: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<meta name="viewport" content="width=device-width">${head}<style>${STYLE}</style></head>\n<body>${body}</body></html>\n`;
}

/** A site header with `links` navigation links in nested menus. */
function siteHeader(r: Rng, links: number): string {
  const items: string[] = [];
  for (let i = 0; i < links; i++) {
    const label = `${r.pick(EVERYDAY_WORDS)} ${r.pick([...THINGS, ...EVERYDAY])}`;
    items.push(`<li><a href="/section/${i}">${esc(label)}</a></li>`);
    if (i % 12 === 11) items.push('</ul><ul class="menu">');
  }
  return `<header><div class="logo"><a href="/">The Daily Ledger</a></div><nav><ul class="menu">${items.join('')}</ul></nav>` +
    '<form role="search"><input name="q" placeholder="Search"><button>Go</button></form></header>';
}

function siteFooter(r: Rng, links: number): string {
  const items: string[] = [];
  for (let i = 0; i < links; i++) items.push(`<a href="/about/${i}">${esc(r.pick(EVERYDAY_WORDS))} ${i}</a>`);
  return `<footer><p class="legal">© The Daily Ledger. All rights reserved.</p><div class="footer-links">${items.join(' · ')}</div></footer>`;
}

/** A news article of `paras` paragraphs; `security` chooses its subject. */
export function articlePage(name: string, seed: number, opts: { paras: number; security: boolean; chrome: number; iocs?: number }): GeneratedPage {
  const r = new Rng(seed);
  const make = opts.security ? securitySentence : everydaySentence;
  const title = opts.security
    ? `${r.pick(ACTORS)} linked to attacks on ${r.pick(PLACES)} as officials warn of rising threat`
    : `What to expect from ${r.pick(EVERYDAY)} this year`;
  const author = r.pick(PEOPLE);
  const date = `2024-0${r.between(1, 9)}-1${r.between(0, 9)}T08:30:00Z`;
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: date, author: { '@type': 'Person', name: author } });
  const head = `<meta property="og:type" content="article"><meta property="article:published_time" content="${date}">` +
    `<script type="application/ld+json">${ld}</script>`;
  const body: string[] = [`<h1>${esc(title)}</h1><p class="byline">By <a rel="author" href="/people/1">${esc(author)}</a></p><time datetime="${date}">${date.slice(0, 10)}</time>`];
  for (let i = 0; i < opts.paras; i++) {
    if (i > 0 && i % 9 === 0) body.push(`<h2>${esc(make(r).split(' ').slice(0, 6).join(' '))}</h2>`);
    if (i > 0 && i % 13 === 0) body.push(`<blockquote><p>${esc(make(r))}</p></blockquote>`);
    if (i > 0 && i % 17 === 0) body.push(`<figure><div class="img" role="img"></div><figcaption>${esc(everydaySentence(r))}</figcaption></figure>`);
    if (i > 0 && i % 21 === 0) body.push(`<ul>${[0, 1, 2].map(() => `<li>${esc(make(r))}</li>`).join('')}</ul>`);
    // Inline markup splits text nodes the way real articles do.
    const text = esc(paragraph(r, r.between(3, 6), make)).replace(/ (said|warned|confirmed) /, ' <em>$1</em> ');
    body.push(`<p>${text}</p>`);
  }
  if (opts.iocs) {
    const { text } = indicatorText(r, opts.iocs);
    body.push('<h2>Indicators of compromise</h2>', ...text.split('\n\n').map((p) => `<p>${esc(p)}</p>`));
  }
  const related = Array.from({ length: 12 }, (_, i) => `<li><a href="/story/${i}">${esc(make(r).slice(0, 70))}</a></li>`).join('');
  const comments = Array.from({ length: Math.round(opts.chrome / 10) }, (_, i) =>
    `<div class="comment"><b>${esc(r.pick(EVERYDAY_WORDS))}_${i}</b><span>${esc(everydaySentence(r).slice(0, 100))}</span></div>`).join('');
  const html = shell(title, head,
    `${siteHeader(r, opts.chrome)}<main><article>${body.join('\n')}</article><aside class="related"><h3>Most read</h3><ul>${related}</ul></aside></main>` +
      `<section class="comments">${comments}</section>${siteFooter(r, Math.round(opts.chrome / 4))}`);
  return { name, article: true, html };
}

function card(r: Rng, i: number): string {
  const name = `${r.pick(EVERYDAY_WORDS)} ${r.pick(THINGS)}`;
  return `<div class="card"><div class="img" role="img" aria-label="${esc(name)}"></div><h3><a href="/p/${i}">${esc(name)}</a></h3>` +
    `<span class="price">£${r.between(4, 240)}.99</span><p>${esc(everydaySentence(r).slice(0, 110))}</p><button>Add to basket</button></div>`;
}

/** A page that is not an article, of kind `kind` with roughly `n` items. */
export function nonArticlePage(name: string, seed: number, kind: 'shop' | 'portal' | 'forum' | 'docs' | 'app' | 'search', n: number): GeneratedPage {
  const r = new Rng(seed);
  let main = '';
  switch (kind) {
    case 'shop':
      main = `<h1>Home and garden</h1><div class="grid">${Array.from({ length: n }, (_, i) => card(r, i)).join('')}</div>`;
      break;
    case 'portal':
      main = Array.from({ length: Math.ceil(n / 20) }, (_, s) =>
        `<section><h2>${esc(r.pick(EVERYDAY))}</h2><ul>${Array.from({ length: 20 }, (_, i) =>
          `<li><a href="/s/${s}/${i}">${esc(everydaySentence(r).slice(0, 80))}</a> <span class="time">${r.between(1, 59)} min ago</span></li>`).join('')}</ul></section>`).join('');
      break;
    case 'forum':
      main = `<table><thead><tr><th>Topic</th><th>Replies</th><th>Last post</th></tr></thead><tbody>${Array.from({ length: n }, (_, i) =>
        `<tr><td><a href="/t/${i}">${esc(everydaySentence(r).slice(0, 60))}</a></td><td>${r.int(300)}</td><td>${esc(r.pick(PEOPLE))}</td></tr>`).join('')}</tbody></table>`;
      break;
    case 'docs':
      main = Array.from({ length: n }, (_, i) =>
        `<h3 id="fn${i}"><code>${esc(r.pick(EVERYDAY_WORDS))}${i}(options)</code></h3><dl><dt>Returns</dt><dd>${esc(everydaySentence(r).slice(0, 90))}</dd>` +
          `<dt>Since</dt><dd>v${r.between(1, 9)}.${r.int(20)}</dd></dl><pre>const x = ${esc(r.pick(EVERYDAY_WORDS))}${i}({ size: ${r.int(99)} });</pre>`).join('');
      break;
    case 'app':
      main = `<div class="app"><div class="toolbar">${Array.from({ length: 30 }, (_, i) => `<button>${esc(r.pick(EVERYDAY_WORDS))} ${i}</button>`).join('')}</div>` +
        Array.from({ length: n }, (_, i) =>
          `<div class="row"><div class="cell"><div><span>${i}</span></div></div><div class="cell"><div><span>${esc(r.pick(THINGS))}</span></div></div>` +
            `<div class="cell"><div><span>${r.between(1, 999)}</span></div></div><div class="cell"><div><span>${esc(r.pick(EVERYDAY_WORDS))}</span></div></div></div>`).join('') + '</div>';
      break;
    case 'search':
      main = `<h1>Results</h1><ol>${Array.from({ length: n }, (_, i) =>
        `<li><h3><a href="/r/${i}">${esc(everydaySentence(r).slice(0, 60))}</a></h3><cite>www.example.org/${i}</cite><p>${esc(everydaySentence(r).slice(0, 130))}</p></li>`).join('')}</ol>`;
      break;
  }
  const title = `${kind} ${name}`;
  return { name, article: false, html: shell(title, '', `${siteHeader(r, 60)}<main><div class="content">${main}</div></main>${siteFooter(r, 20)}`) };
}

/** Every generated page; `quick` keeps to a few small ones. */
export function generatedPages(quick: boolean): GeneratedPage[] {
  const pages: GeneratedPage[] = [
    articlePage('article-s.html', 11, { paras: 8, security: true, chrome: 80 }),
    articlePage('article-m.html', 12, { paras: 30, security: true, chrome: 200, iocs: 4 }),
    articlePage('article-everyday.html', 13, { paras: 20, security: false, chrome: 150 }),
    nonArticlePage('shop-s.html', 21, 'shop', 40),
    nonArticlePage('portal-m.html', 22, 'portal', 200),
    nonArticlePage('search-m.html', 23, 'search', 50),
  ];
  if (quick) return pages;
  pages.push(
    articlePage('article-l.html', 14, { paras: 90, security: true, chrome: 400, iocs: 10 }),
    articlePage('article-xl.html', 15, { paras: 300, security: true, chrome: 1200, iocs: 20 }),
    nonArticlePage('shop-l.html', 24, 'shop', 400),
    nonArticlePage('portal-l.html', 25, 'portal', 1200),
    nonArticlePage('forum-m.html', 26, 'forum', 300),
    nonArticlePage('docs-m.html', 27, 'docs', 120),
    nonArticlePage('app-l.html', 28, 'app', 2000),
  );
  return pages;
}
