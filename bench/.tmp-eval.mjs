import { longestExtensionTask } from './trace.mjs';
import { serveBench } from './serve.mjs';
const server = await serveBench({ generated: { dir: 'tests/fixtures/bench' } });
const dirs = { before: '/work/wt-head/.output/chrome-mv3', after: '/work/main/.output/chrome-mv3' };
const res = { before: [], after: [] };
for (let i = 0; i < 4; i++) for (const k of i % 2 ? ['after', 'before'] : ['before', 'after']) {
  const r = await longestExtensionTask(dirs[k], `${server.base}/generated/article-m.html`);
  res[k].push([r.analyserScriptMs, r.longestMs]);
}
console.log(JSON.stringify(res));
await server.close();
