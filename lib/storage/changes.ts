/**
 * Which records a committed write touched, read from Dexie's `storagemutated` event (it fires
 * for writes in this context and in other extension contexts alike), so a page holding a large
 * table in memory re-reads the few records that changed instead of all of them.
 */
import type { IntervalTree, ObservabilitySet } from 'dexie';

/**
 * The primary keys of `table` in `dbName` that a write may have changed: null when the table
 * was not touched, 'all' when the change is a range (a clear, a wide delete) rather than keys.
 */
export function changedKeys(parts: ObservabilitySet, dbName: string, table: string): string[] | 'all' | null {
  const tree = parts[`idb://${dbName}/${table}/`];
  if (!tree) return null;
  const keys: string[] = [];
  let wide = false;
  const stack: IntervalTree[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || !('from' in node)) continue;
    if (node.from === node.to && typeof node.from === 'string') keys.push(node.from);
    else wide = true;
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return wide ? 'all' : keys;
}
