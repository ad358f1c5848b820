#!/usr/bin/env node
// `npm run bench`: the budgets of DESIGN.md §9, each measured side by side with its baseline in
// one run — lib/ in Node, pages and the library in real headless Chromium, the built extension
// for the longest task and the content script's size. Prints a table, writes bench/results.json.
//
//   npm run bench                  full run (minutes: 10,000 and 100,000 clippings in IndexedDB)
//   npm run bench -- --quick       smoke run: few small pages, small libraries, fewer rounds
//   npm run bench -- --check       exit 1 when a budget is missed
//   npm run bench -- --corpus DIR  the evaluation corpus (default ../shared/corpus; skipped when absent)
//   npm run bench -- --only gate   just gate_vs_walk (seconds, for work on the gate); writes nothing
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { transform } from 'esbuild';
import { buildBench } from '../bench/build.mjs';
import { serveBench } from '../bench/serve.mjs';
import { runBrowser } from '../bench/browser.mjs';
import { libraryUiBench } from '../bench/library-ui.mjs';
import { gateFigure, missed, summarise, table } from '../bench/report.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const check = args.includes('--check');
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1] : undefined;
if (only !== undefined && only !== 'gate') throw new Error(`--only: the one figure that runs alone is gate, not ${only}`);
const root = path.resolve(import.meta.dirname, '..');
const corpusArg = args.indexOf('--corpus');
const corpusDir = corpusArg >= 0 && args[corpusArg + 1] ? path.resolve(args[corpusArg + 1]) : path.resolve(root, '..', 'shared', 'corpus');
const fixtures = path.join(root, 'tests', 'fixtures', 'bench');
const extensionDir = path.join(root, '.output', 'chrome-mv3');
const started = Date.now();
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);

/** Entity texts of the corpus with their gold, or none when the corpus is absent. */
function corpusTexts() {
  const dir = path.join(corpusDir, 'entities');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const txt = path.join(dir, path.dirname(f), gold.text_file ?? path.basename(f).replace(/\.gold\.json$/, '.txt'));
      return fs.existsSync(txt) ? [{ id: gold.id, text: fs.readFileSync(txt, 'utf8'), gold }] : [];
    });
}

/** Corpus pages to measure on, by kind, or none when the corpus is absent. */
function corpusPages(base) {
  const labelsFile = path.join(corpusDir, 'labels.jsonl');
  if (!fs.existsSync(labelsFile)) return { articles: [], nonArticles: [] };
  const labels = fs.readFileSync(labelsFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const present = labels.filter((l) => fs.existsSync(path.join(corpusDir, 'pages', `${l.id}.html`)));
  const entry = (l) => ({ id: l.id, url: `${base}/corpus/${l.id}.html` });
  const nonArticles = present.filter((l) => l.page === 'non-article');
  const security = present.filter((l) => l.page === 'article' && l.security === 'yes');
  const others = present.filter((l) => l.page === 'article' && l.security !== 'yes');
  // Every security-news page, then an even spread of the others.
  const want = quick ? 2 : 24;
  const step = Math.max(1, Math.floor(others.length / Math.max(1, want - security.length)));
  const spreadOthers = others.filter((_, i) => i % step === 0);
  const articles = [...security, ...spreadOthers].slice(0, want);
  return { articles: articles.map(entry), nonArticles: (quick ? nonArticles.slice(0, 2) : nonArticles).map(entry) };
}

/** Sizes of the built extension's scripts: the always-injected one minified and gzipped. */
async function scriptSizes() {
  const file = (p) => path.join(extensionDir, p);
  if (!fs.existsSync(file('content-scripts/content.js'))) return { contentKb: null, note: 'no build: run `npm run build:chrome` first' };
  const measure = async (p) => {
    if (!fs.existsSync(file(p))) return [null, null];
    const min = (await transform(fs.readFileSync(file(p), 'utf8'), { minify: true, loader: 'js' })).code;
    const kb = (n) => Math.round((n / 1024) * 10) / 10;
    return [kb(Buffer.byteLength(min)), kb(zlib.gzipSync(min, { level: 9 }).length)];
  };
  const [contentKb, contentGzipKb] = await measure('content-scripts/content.js');
  const [analyserKb, analyserGzipKb] = await measure('analyser.js');
  // The off-page analysis (Chrome's offscreen document) is the one chunk analysis.html loads.
  const chunks = fs.existsSync(file('chunks')) ? fs.readdirSync(file('chunks')).filter((f) => f.startsWith('analysis-')) : [];
  const [analysisKb, analysisGzipKb] = chunks[0] ? await measure(`chunks/${chunks[0]}`) : [null, null];
  return { contentKb, contentGzipKb, analyserKb, analyserGzipKb, analysisKb, analysisGzipKb };
}

async function main() {
  log(`${quick ? 'quick' : 'full'} run; corpus ${fs.existsSync(corpusDir) ? corpusDir : 'absent'}`);
  const { node, pageScript } = await buildBench(root);

  fs.mkdirSync(fixtures, { recursive: true });
  const generated = node.generatedPages(quick);
  for (const p of generated) {
    const file = path.join(fixtures, p.name);
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== p.html) fs.writeFileSync(file, p.html);
  }

  if (only === 'gate') return gateOnly(generated, pageScript);
  const nodeOpts = quick ? { rounds: 3, minSampleMs: 5 } : { rounds: 7, minSampleMs: 20 };
  const corpus = corpusTexts();
  const texts = [...corpus, ...node.generatedTexts(quick)];
  log(`matcher_vs_regex_loop on ${texts.length} texts`);
  const matcher = node.matcherVsRegexLoop(texts, nodeOpts);
  log(`recognize_vs_compromise on ${texts.length} texts (${corpus.length} with gold)`);
  const recognize = node.recognizeVsCompromise(texts, nodeOpts);
  log('indicators against ioc-extractor');
  const indicators = node.indicatorsVsIocExtractor(node.indicatorTexts(quick), corpus, nodeOpts);

  const server = await serveBench({ gen: { dir: fixtures }, corpus: { dir: path.join(corpusDir, 'pages'), noScripts: true } });
  let browser;
  try {
    const fromCorpus = corpusPages(server.base);
    const entry = (p) => ({ id: `generated/${p.name}`, url: `${server.base}/gen/${p.name}` });
    const articles = generated.filter((p) => p.article);
    const largest = articles.reduce((a, b) => (b.html.length > a.html.length ? b : a));
    const pages = {
      nonArticles: [...generated.filter((p) => !p.article).map(entry), ...fromCorpus.nonArticles],
      articles: [...articles.map(entry), ...fromCorpus.articles],
      largest: entry(largest),
    };
    const built = fs.existsSync(path.join(extensionDir, 'manifest.json'));
    if (!built) log('no extension build in .output/chrome-mv3: longest_task_ms falls back to the bundled lib');
    browser = await runBrowser(pageScript, server, pages, {
      quick,
      log,
      extensionDir: built ? extensionDir : null,
      librarySizes: quick ? [2_000, 5_000] : [10_000, 100_000],
      transferSize: quick ? 2_000 : 10_000,
    });
    browser.largestId = pages.largest.id;
    if (built) {
      log('library page figures with the built extension');
      browser.libraryUi = await libraryUiBench(root, extensionDir, quick ? [2_000] : [10_000, 100_000], { rounds: quick ? 2 : 3, log }).catch((e) => {
        browser.errors.push(`library UI: ${String(e?.message ?? e).split('\n')[0]}`);
        return null;
      });
    }
  } finally {
    await server.close();
  }

  const results = summarise({
    node: { matcher, recognize, indicators },
    browser,
    sizes: await scriptSizes(),
    quick,
    corpus: fs.existsSync(corpusDir),
  });
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${table(results)}\n`);
  const miss = missed(results);
  log(`done; ${miss.length ? `budgets missed: ${miss.join(', ')}` : 'every budget met'}; bench/results.json written`);
  if (results.errors.length) log(`errors: ${results.errors.join('; ')}`);
  if (check && miss.length) process.exitCode = 1;
}

/** `--only gate`: gate_vs_walk alone, printed page by page; bench/results.json is left as it was. */
async function gateOnly(generated, pageScript) {
  const server = await serveBench({ gen: { dir: fixtures }, corpus: { dir: path.join(corpusDir, 'pages'), noScripts: true } });
  try {
    const nonArticles = [...generated.filter((p) => !p.article).map((p) => ({ id: `generated/${p.name}`, url: `${server.base}/gen/${p.name}` })), ...corpusPages(server.base).nonArticles];
    const browser = await runBrowser(pageScript, server, { nonArticles }, { quick, log, only: 'gate' });
    const fig = gateFigure(browser.gate);
    for (const [id, r] of Object.entries(fig.by_page)) process.stdout.write(`${id.padEnd(40).slice(0, 40)}  ${r.ratio.toFixed(2)}  ${r.pass ? 'pass' : 'fail'}  ${r.ours_ms} / ${r.base_ms} ms\n`);
    process.stdout.write(`gate_vs_walk median ${fig.median.toFixed(2)} p90 ${fig.p90.toFixed(2)} (budget ≤ ${fig.budget} at p90) over ${fig.pages} pages\n`);
    if (browser.errors.length) log(`errors: ${browser.errors.join('; ')}`);
    if (check && fig.ok === false) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exitCode = 2;
});
