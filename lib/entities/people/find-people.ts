/**
 * Finds named people: a capitalised name with evidence that it is a person (a title or
 * honorific, a known given name, a role noun before it or an apposition around it), then the
 * later mentions of the same person by surname ("Parker said").
 */
import { PERSON_LIKE_PLACES } from '../../places/ambiguous';
import { isDemonym } from '../../places/demonyms';
import { findPlaceNames, NOT_A_PLACE_ID } from '../../places/places';
import { isNameLikeWord } from '../../places/words';
import { findChains, tokenize, type Chain, type Token } from './chains';
import { opensName } from './given-names';
import { combineRoles, premodifierRole, roleAfter, roleBefore } from './roles';
import { CALENDAR_WORDS, GROUP_NOUNS_AFTER_NAME, ORG_WORDS, STOP_WORDS } from './stop-words';
import { HONORIFICS, ROLE_NOUNS, SINGLE_NAME_TITLES, TITLE_WORDS } from './titles';

/** One mention of a person. */
export interface PersonMention {
  start: number;
  end: number;
  text: string;
  /** The person's name without honorific ("Parker"), for grouping mentions. */
  name: string;
  role?: string;
}

/** Places that are also common surnames, allowed after a given name ("Tom Holland"). */
const SURNAME_PLACES = new Set(['London', 'Washington', 'Wales', 'Holland', 'England', 'Lincoln', 'Hamilton', 'Nelson', 'Richmond']);

const MAX_NAME_WORDS = 4;

/** Title words that qualify a title rather than end one ("Home", "Leader" in "Opposition Leader"). */
const WEAK_TITLES = new Set(
  'Home Foreign Defence Defense Interior Health Security Press Homeland Cabinet Special Leader Opposition Shadow Vice Deputy Acting Assistant Field Rear Crown Chief Premier Founder Co-founder Officer Agent Counsel Envoy'.split(' '),
);

/** Lower-case words that stand between an organisation's name and a role noun ("press" secretary). */
const ROLE_QUALIFIERS = new Set('press deputy chief senior general executive foreign home defence defense security'.split(' '));

interface Context {
  text: string;
  tokens: readonly Token[];
  /** Whether a token lies inside a known place name (other than surname-like ones). */
  inPlace: (t: Token) => boolean;
}

/** Whether `t` can be a word of a personal name after its first word (titles such as "King" are surnames too). */
function isSurnameWord(t: Token, ctx: Context): boolean {
  const w = t.text;
  if (!/^\p{Lu}/u.test(w) && !/^[a-z]+-\p{Lu}/u.test(w)) return false;
  if (!/\p{Ll}/u.test(w)) return w.length === 1; // initials ("George W. Bush"); all-caps words are not names
  if (STOP_WORDS.has(w) || CALENDAR_WORDS.has(w) || ORG_WORDS.has(w) || HONORIFICS.has(w) || isDemonym(w)) return false;
  return !ctx.inPlace(t) || PERSON_LIKE_PLACES.has(w) || SURNAME_PLACES.has(w);
}

/** Whether `t` can open a name found by context alone (no given name or title to vouch for it). */
const isFirstNameWord = (t: Token, ctx: Context): boolean => isNameLikeWord(t.text) && !ctx.inPlace(t);

const PARTICLE = /^\p{Ll}+$/u;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/** The longest run of name words from `from` in the chain (particles inside), at most {@link MAX_NAME_WORDS}. */
function nameRun(chain: readonly Token[], from: number, ctx: Context): number {
  let end = from;
  let words = 0;
  for (let i = from; i < chain.length && words < MAX_NAME_WORDS; i++) {
    const t = chain[i];
    if (!t) break;
    if (PARTICLE.test(t.text) && i > from) continue;
    if (!isSurnameWord(t, ctx)) break;
    words++;
    end = i + 1;
  }
  return end;
}

interface Found {
  first: number;
  last: number;
  spanStart: number;
  role?: string;
}

/** `start` moved back over an initialism the tokenizer split ("U.S. Attorney" rather than "S. Attorney"). */
function withInitialism(text: string, start: number): number {
  let s = start;
  while (s >= 2 && text[s - 1] === '.' && /\p{Lu}/u.test(text[s - 2] ?? '') && !/[\p{L}\p{N}]/u.test(text[s - 3] ?? '')) s -= 2;
  return s;
}

/** Whether the chain is followed by a lower-case role noun, so it modifies that noun ("White House press secretary"). */
function modifiesRoleNoun(text: string, end: number): boolean {
  const m = /^ ([a-z-]+)(?: ([a-z-]+))?/u.exec(text.slice(end, end + 40));
  const [, first = '', second = ''] = m ?? [];
  return ROLE_NOUNS.has(first) || (ROLE_QUALIFIERS.has(first) && ROLE_NOUNS.has(second));
}

/** Reads one chain; returns the person in it, if the evidence is there. */
function readChain(chain: Chain, ctx: Context): Found | undefined {
  const toks = chain.tokens;
  const n = toks.length;
  if (chain.headline) return undefined;
  // 1. A title before the name: "US President Donald Trump", "Lt Gen Sergei Rudskoi", "Mr Park".
  let p = -1;
  let connector = -1;
  for (let i = 0; i < n - 1; i++) {
    const w = toks[i]?.text ?? '';
    if (TITLE_WORDS.has(w)) p = i;
    else if (w === 'of' || w === 'for') connector = i;
  }
  if (connector > p && p >= 0) {
    // "Secretary of State Mike Pompeo": the words after "of" belong to the title up to the name.
    let q = connector + 1;
    while (q < n && !opensName(toks[q]?.text ?? '')) q++;
    p = q < n ? q - 1 : Math.min(n - 1, connector + 1);
  }
  if (p >= 0 && p < n - 1) {
    // A given name further on marks where the name starts ("Disney Chief Executive Bob Iger").
    for (let q = p + 2; q < n - 1 && !opensName(toks[p + 1]?.text ?? ''); q++) {
      if (opensName(toks[q]?.text ?? '') && toks.slice(p + 1, q).every((t) => !ctx.inPlace(t))) {
        p = q - 1;
        break;
      }
    }
    const title = toks[p];
    let from = p + 1;
    while (from < n && PARTICLE.test(toks[from]?.text ?? '')) from++;
    // Without a given name, the title itself must be one that names people ("Premier Solution Partner" is not).
    const strong = !WEAK_TITLES.has(title?.text ?? '') || TITLE_WORDS.has(toks[p - 1]?.text ?? '');
    if (!opensName(toks[from]?.text ?? '') && !strong) return undefined;
    const end = nameRun(toks, from, ctx);
    const words = end - from;
    const trailing = toks[end];
    if (!title || words === 0 || (trailing && ORG_WORDS.has(trailing.text))) return undefined;
    if (words === 1 && !SINGLE_NAME_TITLES.has(title.text)) return undefined;
    if (words === 1 && !isNameLikeWord(toks[from]?.text ?? '')) return undefined;
    const honorific = HONORIFICS.has(title.text) && p === from - 1;
    let titleStart = 0;
    while (titleStart < p && STOP_WORDS.has(toks[titleStart]?.text ?? '') && !TITLE_WORDS.has(toks[titleStart]?.text ?? '')) {
      titleStart++;
    }
    const head = toks[titleStart];
    const titleRole = honorific || !head ? undefined : ctx.text.slice(withInitialism(ctx.text, head.start), title.end);
    return {
      first: from,
      last: end - 1,
      spanStart: honorific ? title.start : (toks[from]?.start ?? 0),
      role: titleRole,
    };
  }
  // 2. A known given name: "Kevin King", "American Kevin King", "Xi Jinping".
  for (let q = 0; q < n - 1; q++) {
    const t = toks[q];
    if (!t || !opensName(t.text)) continue;
    const end = nameRun(toks, q, ctx);
    if (end - q < 2) continue;
    const before = toks.slice(0, q);
    if (!before.every((b) => STOP_WORDS.has(b.text) || isDemonym(b.text))) return undefined;
    const trailing = toks[end];
    if (trailing && (ORG_WORDS.has(trailing.text) || ctx.inPlace(trailing))) return undefined;
    return { first: q, last: end - 1, spanStart: t.start };
  }
  return undefined;
}

/** Evidence from the words around a chain that its two or three words are a person's name. */
function readByContext(chain: Chain, ctx: Context): Found | undefined {
  const toks = chain.tokens;
  const n = toks.length;
  const head = toks[0];
  const tail = toks[n - 1];
  if (!head || !tail || n < 2 || n > 3 || chain.headline) return undefined;
  if (!isFirstNameWord(head, ctx) || nameRun(toks, 0, ctx) !== n) return undefined;
  if (modifiesRoleNoun(ctx.text, tail.end)) return undefined;
  const premod = premodifierRole(ctx.text, ctx.tokens, head.index);
  if (premod) return { first: 0, last: n - 1, spanStart: head.start, role: premod };
  const after = roleAfter(ctx.text, tail.end);
  if (after) return { first: 0, last: n - 1, spanStart: head.start, role: after };
  const before = roleBefore(ctx.text, head.start);
  const follow = ctx.text.slice(tail.end, tail.end + 8);
  if (before && /^(?:,| said| says| told)/u.test(follow)) return { first: 0, last: n - 1, spanStart: head.start, role: before };
  return undefined;
}

/** The people mentioned in `text`, in order. */
export function findPeople(text: string): PersonMention[] {
  const tokens = tokenize(text);
  const places = findPlaceNames(text).filter((m) => m.id !== NOT_A_PLACE_ID);
  // Tokens and places are both in text order, so one forward pointer answers "is this token in a place?".
  let pi = 0;
  const inPlace = (t: Token): boolean => {
    while (pi > 0 && (places[pi - 1]?.end ?? 0) > t.start) pi--;
    while (pi < places.length && (places[pi]?.end ?? 0) <= t.start) pi++;
    const m = places[pi];
    return m !== undefined && m.start < t.end && t.start < m.end;
  };
  const ctx: Context = { text, tokens, inPlace };
  const chains = findChains(text, tokens);
  const out: PersonMention[] = [];
  const surnames = new Set<string>();
  const fullNames = new Set<string>();
  const used = new Set<Chain>();
  let lower: Set<string> | undefined;
  const lowerWords = (): Set<string> => {
    lower ??= new Set(tokens.filter((t) => isLowerAscii(t.text.charCodeAt(0))).map((t) => t.text));
    return lower;
  };
  for (const chain of chains) {
    const f = readChain(chain, ctx) ?? readByContext(chain, ctx);
    if (!f) continue;
    const firstTok = chain.tokens[f.first];
    const lastTok = chain.tokens[f.last];
    if (!firstTok || !lastTok) continue;
    const name = text.slice(firstTok.start, lastTok.end);
    const chainHead = chain.tokens[0];
    const premod =
      f.role === undefined && chainHead && chainHead.start === f.spanStart
        ? premodifierRole(text, tokens, chainHead.index)
        : undefined;
    const lead = f.role ?? premod;
    const after = roleAfter(text, lastTok.end);
    const role = lead !== undefined && after !== undefined && lead !== after ? combineRoles(lead, after) : (lead ?? after ?? roleBefore(text, f.spanStart));
    out.push({ start: f.spanStart, end: lastTok.end, text: text.slice(f.spanStart, lastTok.end), name, ...(role ? { role } : {}) });
    surnames.add(lastTok.text);
    fullNames.add(name);
    used.add(chain);
  }
  // Later (or earlier) mentions by surname alone or by the full name: "Parker said", "Weeks' family".
  for (const chain of chains) {
    if (used.has(chain)) continue;
    const toks = chain.tokens;
    const head = toks[0];
    const tail = toks[toks.length - 1];
    if (!head || !tail) continue;
    const single = toks.length === 1 && surnames.has(head.text);
    if (!single && (toks.length === 1 || toks.length > MAX_NAME_WORDS + 1)) continue;
    const phrase = single ? head.text : text.slice(head.start, tail.end);
    if (!single && !fullNames.has(phrase)) continue;
    // "Young people ..." after "Tom Young": at a sentence start a surname that the text also uses
    // as an ordinary lower-case word is read as that word.
    if (single && chain.sentenceStart && lowerWords().has(head.text.toLowerCase())) continue;
    const next = /^ (\p{Ll}+)/u.exec(text.slice(tail.end, tail.end + 30));
    if (next?.[1] && GROUP_NOUNS_AFTER_NAME.has(next[1])) continue;
    out.push({ start: head.start, end: tail.end, text: phrase, name: phrase });
  }
  return out.sort((a, b) => a.start - b.start);
}
