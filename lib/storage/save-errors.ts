/**
 * Why a save failed, in words the reader can act on. IndexedDB errors reach us wrapped: Dexie
 * turns a transaction aborted by the quota into an AbortError whose `inner` is the browser's
 * QuotaExceededError, and bulk writes collect theirs in `failures`; so the whole chain is read.
 */

/** The kinds of save failure the reader is told apart. */
export type SaveFailureKind = 'quota' | 'unavailable' | 'invalid' | 'other';

/** Names browsers and Dexie give a full store (Chromium and Firefox: QuotaExceededError). */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);
/** DOMException's legacy code for QUOTA_EXCEEDED_ERR. */
const QUOTA_CODE = 22;
/** The database could not be opened or was closed under us (another version open, profile trouble). */
const UNAVAILABLE_NAMES = new Set(['DatabaseClosedError', 'OpenFailedError', 'VersionError', 'InvalidStateError', 'UnknownError', 'MissingAPIError']);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
  issues?: unknown;
}

/** `e` and every error it wraps (inner, cause, failures), breadth first, cycles and depth bounded. */
function errorChain(e: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [e];
  while (queue.length > 0 && out.length < 32) {
    const x = queue.shift();
    if (x === null || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    const err = x as ErrorLike;
    out.push(err);
    queue.push(err.inner, err.cause);
    if (Array.isArray(err.failures)) queue.push(...(err.failures as unknown[]).slice(0, 8));
  }
  return out;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** What kind of failure `e` is, looking through the errors it wraps. */
export function classifySaveError(e: unknown): SaveFailureKind {
  const chain = errorChain(e);
  const named = (names: Set<string>): boolean => chain.some((x) => names.has(text(x.name)));
  if (named(QUOTA_NAMES) || chain.some((x) => x.code === QUOTA_CODE && text(x.name) !== '')) return 'quota';
  // A thrown string or an error with an unfamiliar name can still say what happened.
  if (chain.some((x) => /quota|no space left|disk (?:is )?full/i.test(text(x.message))) || /quota/i.test(text(e))) return 'quota';
  if (chain.some((x) => text(x.name) === 'ZodError' || Array.isArray(x.issues))) return 'invalid';
  if (named(UNAVAILABLE_NAMES)) return 'unavailable';
  return 'other';
}

/** The first line of what went wrong, for the 'other' case (never a stack trace). */
function detail(e: unknown): string {
  const raw = e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e) ? text((e as ErrorLike).message) : String(e);
  const line = raw.split('\n')[0]?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line || 'unknown error';
}

/**
 * The message the reader sees when a save fails with `e`. It says that nothing was saved and
 * what to do; the page keeps the clipping, so saving again after the fix works.
 */
export function saveErrorMessage(e: unknown): string {
  switch (classifySaveError(e)) {
    case 'quota':
      return "Threatlight could not save: the browser's storage for the extension is full. Free some disk space or delete old clippings in the library, then save again.";
    case 'unavailable':
      return 'Threatlight could not save: the library database is not available right now. Save again; if it keeps failing, restart the browser.';
    case 'invalid':
      return 'Threatlight could not save: the clipping is not valid (this is a bug in Threatlight; please report it).';
    case 'other':
      return `Threatlight could not save: ${detail(e)}. Save again in a moment.`;
  }
}
