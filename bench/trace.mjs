// `longest_task_ms` with the built extension: a Chromium trace of the page's main thread while
// the extension annotates it. Tasks count from the analyser's injection to a while after the
// highlights appear; the page's own loading and layout before that are reported apart.
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/e2e/browsers.mjs';

const MAIN = 'CrRendererMain';
const TASK = /(?:^|::)RunTask$/;

/** Loads `url` with the extension in `extensionDir`; resolves with the main-thread tasks around its annotation. */
export async function longestExtensionTask(extensionDir, url) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run', '--disable-background-networking'],
  });
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 30_000 });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'v8.execute', 'v8', 'disabled-by-default-devtools.timeline', '__metadata'] }, transferMode: 'ReportEvents' });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('tl-')), null, { timeout: 90_000, polling: 100 });
    const paintedAfterMs = Date.now() - t0;
    await page.waitForTimeout(2000);
    await cdp.send('Tracing.end');
    await complete;
    return summarise(events, url, paintedAfterMs);
  } finally {
    await context.close();
  }
}

function summarise(events, url, paintedAfterMs) {
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name);
  const path = new URL(url).pathname;
  const pid = events.find((e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(path))?.pid;
  if (pid === undefined) throw new Error('the page was not found in the trace');
  const onMain = (e) => e.pid === pid && threads.get(`${e.pid}:${e.tid}`) === MAIN;
  const tasks = events.filter((e) => e.ph === 'X' && TASK.test(e.name) && onMain(e) && e.dur > 0);
  const scripts = events.filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && onMain(e) && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  const taskOf = (ev) => tasks.find((t) => t.tid === ev.tid && t.ts <= ev.ts && ev.ts < t.ts + t.dur);
  const analyser = scripts.find((s) => /\/analyser\.js$/.test(s.args.data.url));
  const gate = scripts.find((s) => /content-scripts\//.test(s.args.data.url));
  if (!analyser) throw new Error('the analyser was never injected (the gate or the background turned the page away)');
  const start = taskOf(analyser)?.ts ?? analyser.ts;
  const ms = (us) => Math.round(us / 100) / 10;
  const duringTasks = tasks.filter((t) => t.ts >= start).sort((a, b) => b.dur - a.dur);
  const during = duringTasks.map((t) => ms(t.dur));
  // What ran inside the longest task: its four longest events.
  const longest = duringTasks[0];
  const all = events.filter((e) => e.ph === 'X' && onMain(e));
  const holds = longest
    ? all
        .filter((e) => e !== longest && e.tid === longest.tid && e.ts >= longest.ts && e.ts < longest.ts + longest.dur)
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 4)
        .map((e) => `${e.name}${e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : ''} ${ms(e.dur)}`)
    : [];
  const before = tasks.filter((t) => t.ts < start).map((t) => ms(t.dur)).sort((a, b) => b - a);
  const gateTask = gate ? taskOf(gate) : undefined;
  return {
    source: 'built extension (trace of the page main thread)',
    longestMs: during[0] ?? 0,
    tasksOver50: during.filter((d) => d > 50),
    longestHolds: holds,
    analyserScriptMs: ms(analyser.dur),
    gateTaskMs: gateTask ? ms(gateTask.dur) : null,
    pageOwnLongestMs: before[0] ?? 0,
    paintedAfterMs,
  };
}
