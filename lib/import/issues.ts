/**
 * Validation problems as one clear message: where (`clippings[3].url`) and what (`Invalid URL`).
 */
import type { z } from 'zod';

/** A problem found in a file: the path to the value and what is wrong with it. */
export interface Problem {
  path: readonly PropertyKey[];
  message: string;
}

const IDENTIFIER = /^[a-z_$][\w$]*$/i;

/** A path as JavaScript-like text: `clippings[3].entities[0].type`; the root is `file`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && IDENTIFIER.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || 'file';
}

/** Zod's message, made plainer where it is vague (a missing field reads "missing"). */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return `missing (expected ${issue.expected})`;
  return issue.message;
}

/** Zod issues as problems, with `prefix` put in front of each path. */
export function zodProblems(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Problem[] {
  return issues.map((i) => ({ path: [...prefix, ...i.path], message: plainMessage(i) }));
}

/** How many problems a message names before it only counts the rest. */
const SHOWN = 3;

/** One message for the problems: the first few by path, then how many more there are. */
export function describeProblems(problems: readonly Problem[]): string {
  const shown = problems.slice(0, SHOWN).map((p) => `${formatPath(p.path)}: ${p.message}`);
  const rest = problems.length - shown.length;
  return rest > 0 ? `${shown.join('; ')} (and ${rest} more ${rest === 1 ? 'problem' : 'problems'})` : shown.join('; ');
}
