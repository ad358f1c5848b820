/**
 * Developer tool: runs the registered recognizers over every .txt under a folder and prints
 * JSON Lines in the CLI's shape, for `../shared/eval/score.mjs entities`.
 *   npx vite-node scripts/dump-entities.ts ../shared/corpus/entities > /tmp/ents.jsonl
 */
import fs from 'node:fs';
import path from 'node:path';
import { recognize } from '../lib/entities/recognize';

const root = process.argv[2] ?? '../shared/corpus/entities';
const files = fs
  .readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.txt'))
  .sort();
for (const f of files) {
  const p = path.join(root, f);
  const text = fs.readFileSync(p, 'utf8');
  process.stdout.write(`${JSON.stringify({ source: { path: p }, entities: recognize(text) })}\n`);
}
