/**
 * A gazetteer: finds known names (agencies, groups, malware...) in running text in one pass.
 *
 * Why a hand-built trie rather than modern-ahocorasick: names must match across runs of
 * whitespace and line breaks ("Counter Terrorism\n  Policing"), which changes lengths and so
 * cannot be expressed as a same-length text transform for an Aho–Corasick automaton. A
 * character trie walked from each word start does this naturally, keeps offsets in the
 * original text, and is linear in practice because a walk stops at the first character no
 * name continues with (the depth is bounded by the longest name).
 */

/** One thing to find, under all of its names. */
export interface GazetteerEntry {
  id: string;
  names: readonly string[];
  /** match case exactly; default: exact case for names that are all-caps/contain digits or have ≤3 letters, case-insensitive otherwise */
  caseSensitive?: boolean;
}

/** One occurrence of an entry in a text; offsets are UTF-16 code units, end exclusive. */
export interface GazetteerMatch {
  id: string;
  start: number;
  end: number;
  text: string;
}

/** A compiled set of names that can be searched for in any number of texts. */
export interface Gazetteer {
  find(text: string): GazetteerMatch[];
}

interface Term {
  id: string;
  /** The name normalised like the text (apostrophes, hyphens, whitespace) but with its case kept. */
  exact: string;
  caseSensitive: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  terms: Term[] | undefined;
}

const SPACE = 32;
const APOSTROPHE = 39;
const HYPHEN = 45;

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const LOWER_RE = /\p{Ll}/u;
const DIGIT_RE = /\p{N}/u;
const LETTER_G_RE = /\p{L}/gu;

/** ASCII word characters, so the common case avoids a regex test. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
}

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Characters that web pages put inside words without meaning anything (soft hyphen, zero-width space/joiners). */
function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** Typographic variants folded onto the ASCII character a name is written with. */
function plainPunct(c: number): number {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201b:
    case 0x02bc:
    case 0x2032:
    case 0xff07:
      return APOSTROPHE;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
    case 0xfe63:
    case 0xff0d:
      return HYPHEN;
    default:
      return c;
  }
}

const lowerCache = new Map<number, number>();

/** The case-folded form of one UTF-16 unit, keeping length 1 (multi-unit lowercasings are left alone). */
function foldUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const p = plainPunct(c);
  if (p !== c) return p;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  let l = lowerCache.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerCache.set(c, l);
  }
  return l;
}

/** Whether the code point starting at `i` is a letter, digit or combining mark. */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const cp = text.codePointAt(i - 1);
    if (cp !== undefined && cp > 0xffff) return WORD_RE.test(String.fromCodePoint(cp));
  }
  const cp = text.codePointAt(i) ?? c;
  return WORD_RE.test(String.fromCodePoint(cp));
}

/** Whether a (folded) trie key is a word character, i.e. a name ending in it needs a boundary after it. */
function isWordKey(key: number): boolean {
  return key < 128 ? ASCII_WORD[key] === 1 : WORD_RE.test(String.fromCharCode(key));
}

/** Whether the code point ending just before `i` is a word character. */
function isWordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return isWordAt(text, i - 2);
  return isWordAt(text, i - 1);
}

/** A name as the trie stores it: trimmed, whitespace collapsed, typographic punctuation made plain. */
function normaliseName(name: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(plainPunct(c));
  }
  return out;
}

/** The default case rule: short, all-caps or numeric names (acronyms, "APT28") must match exactly. */
function defaultCaseSensitive(name: string): boolean {
  if (DIGIT_RE.test(name)) return true;
  if (!LOWER_RE.test(name)) return true;
  const letters = name.match(LETTER_G_RE);
  return (letters?.length ?? 0) <= 3;
}

/** Whether `text[start, end)` spells `exact` with the same case, under the text normalisation. */
function sameExact(text: string, start: number, end: number, exact: string): boolean {
  let k = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isInvisible(c)) {
      i++;
      continue;
    }
    if (isSpace(c)) {
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (exact.charCodeAt(k) !== SPACE) return false;
      k++;
      continue;
    }
    if (exact.charCodeAt(k) !== plainPunct(c)) return false;
    k++;
    i++;
  }
  return k === exact.length;
}

/**
 * A gazetteer over `entries`: `find` returns every occurrence of any entry's names at word
 * boundaries, leftmost-longest and non-overlapping, with offsets into the original text.
 * When two entries share a name, the one listed first wins.
 */
export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const root: TrieNode = { next: undefined, terms: undefined };
  for (const entry of entries) {
    for (const raw of entry.names) {
      const exact = normaliseName(raw);
      if (exact.length === 0) continue;
      const caseSensitive = entry.caseSensitive ?? defaultCaseSensitive(exact);
      let node = root;
      for (let i = 0; i < exact.length; i++) {
        const key = foldUnit(exact.charCodeAt(i));
        node.next ??= new Map();
        let child = node.next.get(key);
        if (!child) {
          child = { next: undefined, terms: undefined };
          node.next.set(key, child);
        }
        node = child;
      }
      node.terms ??= [];
      if (!node.terms.some((t) => t.id === entry.id && t.exact === exact && t.caseSensitive === caseSensitive)) {
        node.terms.push({ id: entry.id, exact, caseSensitive });
      }
    }
  }

  /** The longest name starting at `start`, as [end, id], or undefined. */
  function longestAt(text: string, start: number): [number, string] | undefined {
    const n = text.length;
    let node = root;
    let j = start;
    let best: [number, string] | undefined;
    while (j < n) {
      const c = text.charCodeAt(j);
      let key: number;
      let nj = j + 1;
      if (isSpace(c)) {
        while (nj < n && isSpace(text.charCodeAt(nj))) nj++;
        key = SPACE;
      } else if (isInvisible(c)) {
        j = nj;
        continue;
      } else {
        key = foldUnit(c);
      }
      const child = node.next?.get(key);
      if (!child) break;
      node = child;
      j = nj;
      if (node.terms && (!isWordKey(key) || !isWordAt(text, j))) {
        for (const t of node.terms) {
          if (!t.caseSensitive || sameExact(text, start, j, t.exact)) {
            best = [j, t.id];
            break;
          }
        }
      }
    }
    return best;
  }

  return {
    find(text: string): GazetteerMatch[] {
      const out: GazetteerMatch[] = [];
      const n = text.length;
      let i = 0;
      while (i < n) {
        if (isWordAt(text, i) && !isWordBefore(text, i)) {
          const hit = longestAt(text, i);
          if (hit) {
            out.push({ id: hit[1], start: i, end: hit[0], text: text.slice(i, hit[0]) });
            i = hit[0];
            continue;
          }
        }
        i++;
      }
      return out;
    },
  };
}
