/**
 * Developer measure: how often saved passages are found again after their page was edited.
 * Takes passages from real article bodies (../shared/corpus/aeb-bodies.json), edits the page
 * around and inside them, and checks the anchor lands on the passage (≥ 80% overlap).
 *   npx vite-node scripts/measure-anchoring.ts
 */
import fs from 'node:fs';
import { anchorSelectors } from '../lib/anchoring/anchor';
import { describeSpan } from '../lib/anchoring/selectors';

const file = '../shared/corpus/aeb-bodies.json';
if (!fs.existsSync(file)) {
  console.log(`skipped: ${file} is absent`);
  process.exit(0);
}
const bodies = Object.values(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { articleBody: string }>)
  .map((b) => b.articleBody)
  .filter((t) => t.length > 2000);
let seed = 7;
const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);

type Edit = (page: string, start: number, end: number) => { page: string; start: number; end: number };
const EDITS: Record<string, Edit> = {
  unchanged: (p, s, e) => ({ page: p, start: s, end: e }),
  'text inserted before': (p, s, e) => ({ page: `Updated: a correction was added. ${p}`, start: s + 33, end: e + 33 }),
  'word changed inside': (p, s, e) => {
    const at = s + Math.floor((e - s) / 2);
    return { page: `${p.slice(0, at)}XX${p.slice(at + 4)}`, start: s, end: e - 2 };
  },
  'sentence removed before': (p, s, e) => {
    const cut = Math.min(200, s);
    return { page: p.slice(0, s - cut) + p.slice(s), start: s - cut, end: e - cut };
  },
  'typo fixed in 3 places': (p, s, e) => {
    let q = p;
    for (const k of [0.2, 0.5, 0.8]) {
      const at = s + Math.floor((e - s) * k);
      q = `${q.slice(0, at)}#${q.slice(at + 1)}`;
    }
    return { page: q, start: s, end: e };
  },
};

for (const [name, edit] of Object.entries(EDITS)) {
  let ok = 0;
  let n = 0;
  const methods: Record<string, number> = {};
  for (const body of bodies) {
    for (let k = 0; k < 3; k++) {
      const len = 80 + rnd(400);
      const s = 300 + rnd(body.length - len - 600);
      const sel = describeSpan(body, s, s + len);
      const ed = edit(body, s, s + len);
      const a = anchorSelectors(ed.page, sel);
      n++;
      if (!a) continue;
      const overlap = Math.max(0, Math.min(a.end, ed.end) - Math.max(a.start, ed.start)) / (ed.end - ed.start);
      if (overlap >= 0.8) ok++;
      methods[a.method] = (methods[a.method] ?? 0) + 1;
    }
  }
  console.log(`${name.padEnd(26)} ${ok}/${n} re-anchored (${((100 * ok) / n).toFixed(1)}%)  ${JSON.stringify(methods)}`);
}
