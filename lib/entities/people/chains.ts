/**
 * Splits text into words and groups adjacent capitalised words into chains ("US President
 * Donald Trump", "Secretary of State Mike Pompeo"): the candidates a personal name is looked for in.
 */
import { opensSentence } from '../../places/words';
import { DOTTED_ABBREVIATIONS, TITLE_WORDS } from './titles';

/** One word of the text; a possessive "'s" is left out of `text` and noted in `possessive`. */
export interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
  /** Position in the token list. */
  index: number;
}

/** A run of capitalised words (and name particles) with single spaces between them. */
export interface Chain {
  tokens: Token[];
  /** Whether the first word opens a sentence, line or quotation. */
  sentenceStart: boolean;
  /** Whether the chain is on a line written in headline case ("Hackers Hit Major Bank"). */
  headline: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/** Lower-case particles inside names ("Abu Bakr al Baghdadi", "Ursula von der Leyen"). */
const PARTICLES = new Set('al el bin ibn bint van von der den de da di du le la del dos das ter ul ud ur'.split(' '));
/** Arabic-style prefixed surnames written in lower case ("al-Baghdadi"). */
const PREFIXED = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|abd|ul|ud|ur|ben|bint)-\p{Lu}/u;
/** Connectors allowed inside a title ("Secretary of State", "Minister for Security"). */
const TITLE_CONNECTORS = new Set(['of', 'for', 'the']);
const SENTENCE_END = /[.!?]["”’)]?\s*$/u;
/** Short words a headline-case line may leave in lower case. */
const HEADLINE_SMALL = new Set('a an and as at but by for from in into nor of on or over per the to up via vs with'.split(' '));

/** The words of `text`, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    let t = m[0];
    let possessive = false;
    if (t.length > 2 && (t.endsWith("'s") || t.endsWith('’s'))) {
      t = t.slice(0, -2);
      possessive = true;
    }
    out.push({ text: t, start, end: start + t.length, possessive, index: out.length });
  }
  return out;
}

/** Whether a token starts like a name word ("Parker", "McCallum", "al-Baghdadi"). */
export function isCapToken(t: Token): boolean {
  return UPPER_START.test(t.text) || PREFIXED.test(t.text);
}

/** Whether `a` and `b` are joined by a single space, or by ". " after an initial or abbreviation ("W. Bush", "Lt. Gen"). */
function joined(text: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  const gap = b.start - a.end;
  const last = text.charCodeAt(b.start - 1);
  if (last !== 32 && last !== 0xa0) return false;
  if (gap === 1) return true;
  return gap === 2 && text.charCodeAt(a.end) === 46 && (a.text.length === 1 || DOTTED_ABBREVIATIONS.has(a.text));
}

/** Which lines of `text` are written in headline case, as a lookup by offset. */
function headlineLines(text: string, tokens: readonly Token[]): (offset: number) => boolean {
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const long = new Array<number>(lineStarts.length).fill(0);
  const lower = new Array<number>(lineStarts.length).fill(0);
  let line = 0;
  for (const t of tokens) {
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? 0) <= t.start) line++;
    if (t.text.length < 4 || HEADLINE_SMALL.has(t.text)) continue;
    long[line] = (long[line] ?? 0) + 1;
    if (LOWER_START.test(t.text)) lower[line] = (lower[line] ?? 0) + 1;
  }
  return (offset: number): boolean => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    if ((long[lo] ?? 0) < 3 || (lower[lo] ?? 0) > 0) return false;
    // A headline does not end like a sentence; a name-dense sentence ("... met President Vance.") does.
    const end = lo + 1 < lineStarts.length ? (lineStarts[lo + 1] ?? text.length) - 1 : text.length;
    return !SENTENCE_END.test(text.slice(Math.max(lineStarts[lo] ?? 0, end - 4), end));
  };
}

/** The chains of capitalised words in `text`, each with at least one token. */
export function findChains(text: string, tokens: readonly Token[]): Chain[] {
  const isHeadline = headlineLines(text, tokens);
  const chains: Chain[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapToken(first)) {
      i++;
      continue;
    }
    const run: Token[] = [first];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run[run.length - 1];
      const t = tokens[j];
      if (!prev || !t || !joined(text, prev, t)) break;
      if (isCapToken(t)) {
        run.push(t);
        j++;
        continue;
      }
      // A particle or a title connector counts only when a capitalised word follows it.
      const next = tokens[j + 1];
      const connector = TITLE_CONNECTORS.has(t.text) && (t.text !== 'the' || prev.text === 'of' || prev.text === 'for');
      const titled = connector && run.some((r) => TITLE_WORDS.has(r.text));
      if ((PARTICLES.has(t.text) || titled) && next && joined(text, t, next) && (isCapToken(next) || t.text === 'of' || PARTICLES.has(next.text))) {
        run.push(t);
        j++;
        continue;
      }
      break;
    }
    // Drop trailing connectors ("Secretary of" before a lower-case word).
    while (run.length > 1 && !isCapToken(run[run.length - 1] ?? first)) run.pop();
    chains.push({ tokens: run, sentenceStart: opensSentence(text, first.start), headline: isHeadline(first.start) });
    i += run.length;
  }
  return chains;
}
