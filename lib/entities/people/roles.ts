/**
 * The role a text gives a person, from the words around the name: a title or pre-modifier
 * ("Taliban spokesman Zabihullah Mujahid"), or an apposition after or before it
 * ("Andrew Parker, director general of MI5"; "a spokesman for the UN, Rupert Colville,").
 */
import { isCapToken, type Token } from './chains';
import { STOP_WORDS } from './stop-words';
import { ROLE_NOUNS } from './titles';

/** Lower-case words that qualify a role noun before it ("deputy leader", "chief operating officer"). */
const ROLE_MODIFIERS = new Set(
  (
    'deputy chief senior former top lead principal vice acting interim general executive press foreign home ' +
    'defence defense security interior justice health finance prime assistant associate managing operating ' +
    'technical information communications regional national local federal state police military army ' +
    'intelligence counter-terrorism counterterrorism cyber cybersecurity threat research special junior ' +
    'independent government opposition party group company'
  ).split(' '),
);

/** Role words that qualify another noun rather than end a role ("deputy", "vice", "chief"). */
const PREMODIFIER_NOT_HEAD = new Set(
  // Qualifiers, and nouns that organisations are called too ("ransomware victim Colonial Pipeline").
  'deputy vice chief senior acting interim co-chair member victim owner partner agent suspect attacker hacker resident student witness survivor fighter militant operative'.split(
    ' ',
  ),
);

/** Words an apposition may open with that are not part of the role ("the", "both"). */
const LEADING_FILLER = new Set('the a an both also now then formerly currently and but its his her their'.split(' '));

/** Clause words after which an apposition stops ("..., said"). */
const PHRASE_STOP = /[,.;:!?"“”()[\]\n]| said\b| says\b| told\b| who\b| which\b| added\b/u;

const MAX_PHRASE = 140;

const isRoleWord = (w: string): boolean => {
  const l = w.toLowerCase();
  return ROLE_NOUNS.has(l) || (l.endsWith('s') && ROLE_NOUNS.has(l.slice(0, -1)));
};

/** Words that cannot stand before a role noun in an apposition: verbs of saying, prepositions ("say officials"). */
const NOT_BEFORE_ROLE = new Set(
  'say says said tell told added warned claimed reported noted wrote according of to for with by in on at from as that which who whom whose is was are were has had have'.split(' '),
);

/** Whether `w` may stand before the role noun ("a senior military analyst", "market analyst"). */
const qualifies = (w: string): boolean => !NOT_BEFORE_ROLE.has(w.toLowerCase());

/**
 * `phrase` without leading filler words, if one of its first `within` words is a role noun and
 * only qualifiers stand before it ("senior military analyst at Stratfor", not "say officials").
 */
function roleIn(phrase: string, within: number): string | undefined {
  const words = phrase.trim().split(/\s+/);
  while (words.length > 0 && LEADING_FILLER.has((words[0] ?? '').toLowerCase())) words.shift();
  if (words.length === 0 || words.length > 16) return undefined;
  const at = words.slice(0, within).findIndex(isRoleWord);
  if (at < 0 || at > 3 || !words.slice(0, at).every(qualifies)) return undefined;
  return words.join(' ');
}

/**
 * The role phrase written directly before the token at `first`, ending in a role noun
 * ("Cathay Pacific chief executive", "MI5 director general"), if any.
 */
export function premodifierRole(text: string, tokens: readonly Token[], first: number): string | undefined {
  const adjacent = tokens[first - 1];
  const head = tokens[first];
  if (!adjacent || !head || text.slice(adjacent.end, head.start) !== ' ' || isCapToken(adjacent)) return undefined;
  // The word next to the name must be the head of the role ("spokesman"), not a qualifier ("deputy").
  if (!isRoleWord(adjacent.text) || PREMODIFIER_NOT_HEAD.has(adjacent.text)) return undefined;
  let k = first - 1;
  let capitals = false;
  while (k - 1 >= 0) {
    const t = tokens[k - 1];
    const next = tokens[k];
    if (!t || !next || text.slice(t.end, next.start) !== ' ' || t.possessive) break;
    const cap = isCapToken(t);
    if (cap && STOP_WORDS.has(t.text)) break;
    if (!cap && (capitals || !(isRoleWord(t.text) || ROLE_MODIFIERS.has(t.text)))) break;
    capitals ||= cap;
    k--;
  }
  const from = tokens[k];
  return from ? text.slice(from.start, adjacent.end) : undefined;
}

/** The role in an apposition right after a name ending at `end` (", co-founder of X" or " the director general of X"). */
export function roleAfter(text: string, end: number): string | undefined {
  const rest = text.slice(end, end + MAX_PHRASE);
  let phrase: string;
  let within = 4;
  if (rest.startsWith(', ')) {
    phrase = rest.slice(2);
  } else if (rest.startsWith(' the ')) {
    phrase = rest.slice(1);
    within = 3;
  } else {
    return undefined;
  }
  // "X, who heads ..." is a relative clause, not an apposition.
  if (/^(?:who|which|whose|whom|that|where|when)\b/u.test(phrase)) return undefined;
  const stop = PHRASE_STOP.exec(phrase);
  return roleIn(stop ? phrase.slice(0, stop.index) : phrase, within);
}

/** The role in an apposition right before a name starting at `start` ("the Taliban's deputy leader, Sirajuddin Haqqani"). */
export function roleBefore(text: string, start: number): string | undefined {
  if (text.slice(start - 2, start) !== ', ') return undefined;
  const head = text.slice(Math.max(0, start - 2 - MAX_PHRASE), start - 2);
  let cut = -1;
  for (let i = head.length - 1; i >= 0; i--) {
    if (',.;:!?"“”()[]\n'.includes(head[i] ?? '')) {
      cut = i;
      break;
    }
  }
  if (cut < 0 && start - 2 - MAX_PHRASE > 0) return undefined;
  const phrase = head.slice(cut + 1);
  const words = phrase.trim().split(/\s+/);
  // A short clause opening with its role noun: "a spokesman for the UN High Commissioner for Human Rights, ...".
  return words.length <= 12 ? roleIn(phrase, 4) : undefined;
}

/** Joins a title and an apposition the way the gold data does ("General, chairman of the Joint Chiefs of Staff"). */
export function combineRoles(...roles: (string | undefined)[]): string | undefined {
  const parts = roles.filter((r): r is string => r !== undefined && r.length > 0);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
