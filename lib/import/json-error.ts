/**
 * Where a file stops being JSON, and why, in words that are the same in every browser
 * (engines word `JSON.parse` errors differently, and some give no position at all).
 * Runs only after `JSON.parse` has failed; iterative, so deep nesting cannot overflow the stack.
 */

/** The first syntax error in a text that is not JSON. */
export interface JsonSyntaxError {
  /** Offset (UTF-16 code units) of the offending character. */
  offset: number;
  /** 1-based line and column of that character. */
  line: number;
  column: number;
  reason: string;
}

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?/iy;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[\da-f]{4}$/i;

function describe(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0)) return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(code)}'`;
}

/** Line and column (1-based) of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The end of the string literal starting at `start` (the index after its closing quote), or an error. */
function scanString(text: string, start: number): number | { at: number; reason: string } {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '"') return i + 1;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) return { at: i, reason: 'a \\u escape needs four hex digits' };
        i += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next)) return { at: i, reason: 'an unknown escape in a string' };
      i += 2;
      continue;
    }
    if (ch.charCodeAt(0) < 0x20) return { at: i, reason: `${describe(ch)} inside a string (line breaks and tabs must be escaped)` };
    i++;
  }
  return { at: text.length, reason: 'the file ends inside a string (truncated?)' };
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  // Whether the last token was a comma: then a closing bracket means a trailing comma.
  let afterComma = false;
  const fail = (at: number, reason: string): JsonSyntaxError => ({ offset: at, ...lineColumn(text, at), reason });
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) {
      if (state === 'after' && stack.length === 0) return null;
      return fail(i, 'the file ends too early (truncated?)');
    }
    const ch = text[i] ?? '';
    const top = stack[stack.length - 1];
    const commaBefore = afterComma;
    afterComma = false;
    if (state === 'value' || state === 'value-or-close') {
      if (ch === ']' && state === 'value-or-close') {
        stack.pop();
        state = 'after';
        i++;
      } else if (ch === '{' || ch === '[') {
        stack.push(ch);
        state = ch === '{' ? 'key-or-close' : 'value-or-close';
        i++;
      } else if (ch === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.at, end.reason);
        i = end;
        state = 'after';
      } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m) return fail(i, 'an invalid number');
        i += m[0].length;
        state = 'after';
      } else {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (!word) {
          const hint = commaBefore && (ch === ']' || ch === '}') ? ' (a trailing comma?)' : '';
          return fail(i, `unexpected ${describe(ch)} where a value should be${hint}`);
        }
        i += word.length;
        state = 'after';
      }
    } else if (state === 'key' || state === 'key-or-close') {
      if (ch === '}' && state === 'key-or-close') {
        stack.pop();
        state = 'after';
        i++;
      } else if (ch === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.at, end.reason);
        i = end;
        state = 'colon';
      } else {
        const hint = commaBefore && ch === '}' ? ' (a trailing comma?)' : '';
        return fail(i, `unexpected ${describe(ch)} where a property name in double quotes should be${hint}`);
      }
    } else if (state === 'colon') {
      if (ch !== ':') return fail(i, `unexpected ${describe(ch)} where ':' should follow the property name`);
      state = 'value';
      i++;
    } else {
      if (top === undefined) return fail(i, `unexpected ${describe(ch)} after the end of the data`);
      const close = top === '{' ? '}' : ']';
      if (ch === ',') {
        state = top === '{' ? 'key' : 'value';
        afterComma = true;
        i++;
      } else if (ch === close) {
        stack.pop();
        i++;
      } else {
        return fail(i, `unexpected ${describe(ch)} where ',' or '${close}' should be`);
      }
    }
  }
}
