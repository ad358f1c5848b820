/** Shared helpers for the statistic tests: find one statistic by its exact text. */
import { findStatistics } from '../../../lib/entities/recognizers/statistic';
import type { EntityOf } from '../../../lib/entities/types';

export type Stat = EntityOf<'statistic'>;

/** The statistic whose text is exactly `span`; throws (failing the test) when there is none. */
export function stat(text: string, span: string): Stat {
  const all = findStatistics(text);
  const found = all.find((e) => e.text === span);
  if (!found) throw new Error(`no statistic "${span}" in "${text}"; found ${JSON.stringify(all.map((e) => e.text))}`);
  return found;
}

/** The texts of every statistic found. */
export function texts(text: string): string[] {
  return findStatistics(text).map((e) => e.text);
}

export { findStatistics };
