// Turns raw measurements into the figures of DESIGN.md §9 (bench/results.json) and the table.
// A figure is ok when its p90 over pages (or queries) is within budget: every page should be.

/** The median of `xs`. */
export const median = (xs) => quantile(xs, 0.5);
/** The 90th percentile of `xs`. */
export const p90 = (xs) => quantile(xs, 0.9);
function quantile(xs, q) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** A figure over many samples: median and p90, judged on p90. `strict` means "under", not "at most". */
function spread(xs, budget, extra = {}, strict = false) {
  const m = median(xs);
  const p = p90(xs);
  const ok = budget == null || p == null ? null : strict ? p < budget : p <= budget;
  return { median: m, p90: p, budget, ok, n: xs.filter((x) => Number.isFinite(x)).length, ...extra };
}

/** A single measured value against its budget. */
function single(value, budget, extra = {}, strict = false) {
  const ok = budget == null || value == null ? null : strict ? value < budget : value <= budget;
  return { value, budget, ok, ...extra };
}

const round = (x, d = 3) => (x == null ? null : Number(x.toFixed(d)));

const byId = (list, f) => Object.fromEntries(list.map((r) => [r.id, f(r)]));
const pair = (a, b2, ratio, chars) => ({ ours_ms: round(a, 3), base_ms: round(b2, 3), ratio: round(ratio, 3), ...(chars != null && { chars }) });

/** `gate_vs_walk` from the per-page gate measurements. */
export function gateFigure(gate) {
  const passed = gate.filter((r) => r.pass).length;
  return spread(gate.map((r) => r.ratio), 1.5, { pages: gate.length, passed, by_page: byId(gate, (r) => ({ ...pair(r.a, r.b, r.ratio), pass: r.pass, chars: r.chars })) });
}

/** The results object of a run from its raw parts. */
export function summarise({ node, browser, sizes, quick, corpus }) {
  const ratios = {};
  const absolute = {};
  const b = browser;
  ratios.gate_vs_walk = gateFigure(b.gate);
  // The page's share of annotating it (serialise, send, map, place, paint); the analysis itself
  // runs in the extension's own context and is reported beside it, with no budget of its own.
  ratios.analyze_vs_walk = spread(b.analyze.map((r) => r.ratio), 10, { pages: b.analyze.length, by_page: byId(b.analyze, (r) => ({ ...pair(r.a, r.b, r.ratio), entities: r.entities, security: r.security })) });
  ratios.analyze_offpage_vs_walk = spread(b.analyze.map((r) => r.offPageRatio), null, { pages: b.analyze.length, by_page: byId(b.analyze, (r) => pair(r.offPageMs, r.b, r.offPageRatio)) });
  // A page with nothing found has nothing to paint (the analyser paints nothing there either).
  const painted = b.highlight.filter((r) => r.ranges > 0);
  const skipped = b.highlight.length - painted.length;
  const skipNote = skipped ? { note: `${skipped} pages with no entities left out` } : {};
  ratios.highlight_vs_markjs = spread(painted.map((r) => r.ratio), 0.3, {
    pages: painted.length,
    paint_only_vs_markjs: { median: round(median(painted.map((r) => r.paintOnlyMs / r.markMs)), 4), p90: round(p90(painted.map((r) => r.paintOnlyMs / r.markMs)), 4) },
    ...skipNote,
    by_page: byId(painted, (r) => ({ ...pair(r.paintMs, r.markMs, r.ratio), paint_only_ms: round(r.paintOnlyMs, 3), ranges: r.ranges, marks: r.marks })),
  });
  ratios.clear_vs_markjs = spread(painted.map((r) => r.clearRatio), 0.05, { pages: painted.length, ...skipNote, by_page: byId(painted, (r) => pair(r.clearMs, r.unmarkMs, r.clearRatio)) });
  ratios.matcher_vs_regex_loop = spread(node.matcher.perText.map((r) => r.ratio), 0.05, { texts: node.matcher.perText.length, aliases: node.matcher.names, by_text: byId(node.matcher.perText, (r) => pair(r.a, r.b, r.ratio, r.chars)) });
  const rc = node.recognize;
  ratios.recognize_vs_compromise = spread(rc.perText.map((r) => r.ratio), null, {
    texts: rc.perText.length,
    f1_ours: round(rc.ours.overall.f1),
    f1_compromise: round(rc.compromise.overall.f1),
    f1_by_class: Object.fromEntries(Object.keys({ ...rc.ours.byType, ...rc.compromise.byType }).map((k) => [k, { ours: round(rc.ours.byType[k]?.f1), compromise: round(rc.compromise.byType[k]?.f1) }])),
    gold_texts: rc.goldTexts,
    by_text: byId(rc.perText, (r) => pair(r.a, r.b, r.ratio, r.chars)),
  });
  const lib = b.library ?? [];
  const names = ['10k', '100k'];
  const searchBudget = { '10k': 100, '100k': 150 };
  lib.forEach((s, i) => {
    const name = names[i] ?? `${s.size}`;
    const note = s.size === { '10k': 10_000, '100k': 100_000 }[name] ? undefined : `quick run: measured at ${s.size} clippings`;
    ratios[`search_${name}_vs_scan`] = spread(s.queries.map((q) => q.ratio), 0.1, { queries: s.queries.length, size: s.size, ...(note && { note }) });
    absolute[`search_${name}_ms`] = spread(s.queries.map((q) => q.searchMs), searchBudget[name] ?? null, {
      size: s.size,
      by_query: Object.fromEntries(s.queries.map((q) => [q.label, { query: q.query, matches: q.matches, search_ms: round(q.searchMs, 1), scan_ms: round(q.scanMs, 1) }])),
      ...(note && { note }),
    });
    absolute[`save_${name}_ms`] = { median: round(s.saveMs.median, 2), p90: round(s.saveMs.p90, 2), budget: null, ok: null, size: s.size };
    absolute[`insert_${name}_s`] = { value: round(s.insertS, 2), budget: null, ok: null, size: s.size, note: 'bulk insert of generated clippings (toStored + bulkAdd, 2,000 a transaction)' };
  });
  // The library page itself (built extension): first rows, whole library read, search and facet response.
  for (const s of b.libraryUi?.sizes ?? []) {
    const name = s.n === 10_000 ? '10k' : s.n === 100_000 ? '100k' : `${s.n}`;
    const ok = (xs) => xs.filter((x) => x !== null);
    const note = { size: s.n, fill_s: round(s.fillS, 1) };
    absolute[`library_first_rows_${name}_ms`] = spread(ok(s.firstRowMs), null, { ...note, note: 'newest rows drawn, from navigation start' });
    absolute[`library_loaded_${name}_ms`] = spread(ok(s.allLoadedMs), null, { ...note, note: 'every card read, facets counted' });
    const searches = [...s.search.common, ...s.search.twoWords, ...s.search.rare];
    absolute[`library_search_${name}_ms`] = spread(ok(searches), searchBudget[name] ?? null, {
      ...note,
      note: `typed query to the first results shown (the newest matches, while a large match set is still counted); common ${round(median(ok(s.search.common)), 0)}, two words ${round(median(ok(s.search.twoWords)), 0)}, rare ${round(median(ok(s.search.rare)), 0)}; timeouts ${searches.length - ok(searches).length}`,
    });
    absolute[`library_facet_${name}_ms`] = spread(ok(s.facetMs), null, { ...note, note: 'facet click to new result count' });
  }
  const lt = b.longTask;
  absolute.longest_task_ms = single(lt?.longestMs ?? null, 50, lt ? { ...lt, page: b.largestId } : { note: 'not measured' }, true);
  const tr = b.transfer;
  const trNote = tr ? (tr.n === 10_000 ? {} : { note: `quick run: measured at ${tr.n} clippings` }) : { note: 'not measured' };
  const slowest = tr ? Object.entries(tr.exportS).reduce((a, c) => (c[1] > a[1] ? c : a)) : null;
  absolute.export_10k_s = single(slowest?.[1] ?? null, 5, tr ? { slowest: slowest?.[0], by_format: Object.fromEntries(Object.entries(tr.exportS).map(([k, v]) => [k, round(v, 2)])), ...trNote } : trNote);
  absolute.import_10k_s = single(tr?.importS ?? null, 10, tr ? { json_mb: round(tr.bytes / 1e6, 1), added: tr.added, ...trNote } : trNote);
  absolute.content_script_kb = single(sizes.contentKb, 60, sizes.note ? { note: sizes.note } : { gzip_kb: sizes.contentGzipKb, analyser_kb: sizes.analyserKb, analyser_gzip_kb: sizes.analyserGzipKb, analysis_kb: sizes.analysisKb, analysis_gzip_kb: sizes.analysisGzipKb });
  const ind = node.indicators;
  absolute.indicators_vs_ioc_extractor = {
    ...spread(ind.perText.map((r) => r.ratio), null, { texts: ind.perText.length }),
    f1_planted: { ours: round(ind.planted.ours.f1), ioc_extractor: round(ind.planted.iocExtractor.f1), texts: ind.planted.texts, ours_counts: pick(ind.planted.ours), ioc_counts: pick(ind.planted.iocExtractor) },
    f1_gold: { ours: round(ind.gold.ours.f1), ioc_extractor: round(ind.gold.iocExtractor.f1), texts: ind.gold.texts, ours_counts: pick(ind.gold.ours), ioc_counts: pick(ind.gold.iocExtractor) },
  };
  if (b.breakdown) absolute.analysis_stages_ms = { ...Object.fromEntries(Object.entries(b.breakdown).map(([k, v]) => [k, round(v, 1)])), page: b.largestId };
  for (const fig of Object.values(ratios)) roundFigure(fig);
  for (const fig of Object.values(absolute)) roundFigure(fig);
  return { generatedAt: new Date().toISOString(), quick, corpus, ratios, absolute, errors: b.errors };
}

const pick = (s) => ({ tp: s.tp, fp: s.fp, fn: s.fn });

function roundFigure(fig) {
  for (const k of ['median', 'p90', 'value']) if (typeof fig[k] === 'number') fig[k] = round(fig[k], fig[k] < 1 ? 4 : 2);
}

const fmt = (x) => (x == null ? '—' : typeof x === 'number' ? (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(2)) : String(x));

/** The figures as a text table. */
export function table(results) {
  const rows = [['figure', 'median', 'p90', 'budget', 'ok', 'detail']];
  const okText = (ok) => (ok === null || ok === undefined ? 'n/a' : ok ? 'ok' : 'MISSED');
  for (const [name, f] of Object.entries(results.ratios)) {
    let detail = f.pages != null ? `${f.pages} pages${f.passed != null ? ` (gate passed ${f.passed})` : ''}${f.paint_only_vs_markjs ? `; paint() alone ${fmt(f.paint_only_vs_markjs.median)}/${fmt(f.paint_only_vs_markjs.p90)}` : ''}${f.note ? `; ${f.note}` : ''}` : f.texts != null ? `${f.texts} texts` : f.queries != null ? `${f.queries} queries at ${f.size}` : '';
    if (name === 'recognize_vs_compromise') detail += `; F1 ours ${fmt(f.f1_ours)} vs compromise ${fmt(f.f1_compromise)} (person/location/organisation, ${f.gold_texts} gold texts)`;
    if (name === 'matcher_vs_regex_loop') detail += `; ${f.aliases} aliases`;
    rows.push([name, fmt(f.median), fmt(f.p90), f.budget == null ? '—' : `≤ ${f.budget}`, okText(f.ok), detail]);
  }
  for (const [name, f] of Object.entries(results.absolute)) {
    if (name === 'analysis_stages_ms') continue;
    let detail = f.note ?? '';
    if (name === 'content_script_kb' && f.gzip_kb != null) detail = `gzip ${fmt(f.gzip_kb)} KB; analyser (page UI, injected on articles) ${fmt(f.analyser_kb)} KB (gzip ${fmt(f.analyser_gzip_kb)}); off-page analysis ${fmt(f.analysis_kb)} KB (gzip ${fmt(f.analysis_gzip_kb)}), never in the page`;
    if (name === 'export_10k_s' && f.by_format) detail = `${f.note ? `${f.note}; ` : ''}slowest ${f.slowest}; ${Object.entries(f.by_format).map(([k, v]) => `${k} ${v}`).join(', ')}`;
    if (name === 'longest_task_ms' && f.source) detail = `${f.source}; analyser script ${fmt(f.analyserScriptMs)} ms; tasks > 50 ms: ${(f.tasksOver50 ?? []).join(', ') || 'none'}; longest holds ${(f.longestHolds ?? []).join(', ')}`;
    if (name.startsWith('search_') && f.by_query) detail = Object.values(f.by_query).map((q) => `${q.query}(${q.matches}) ${fmt(q.search_ms)}/${fmt(q.scan_ms)}`).join(', ');
    if (name === 'indicators_vs_ioc_extractor') detail = `F1 planted ours ${fmt(f.f1_planted.ours)} vs ioc-extractor ${fmt(f.f1_planted.ioc_extractor)}; gold ours ${fmt(f.f1_gold.ours)} vs ${fmt(f.f1_gold.ioc_extractor)}`;
    const cmp = name === 'longest_task_ms' ? '<' : '≤';
    rows.push([name, fmt(f.median ?? f.value), fmt(f.p90), f.budget == null ? '—' : `${cmp} ${f.budget}`, okText(f.ok), detail]);
  }
  const widths = rows[0].map((_, i) => Math.min(i === 5 ? 200 : 40, Math.max(...rows.map((r) => String(r[i]).length))));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

/** Names of the figures whose budget was missed. */
export function missed(results) {
  return [...Object.entries(results.ratios), ...Object.entries(results.absolute)].filter(([, f]) => f.ok === false).map(([n]) => n);
}
