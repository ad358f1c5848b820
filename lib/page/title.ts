/**
 * Title cleaning: a page title often carries the site's name ("Minecraft exploit - Ars Technica").
 * The suffix (or prefix) is removed only when it really is the site's name, so titles that merely
 * contain a dash ("Zimbabwe coup - what we know") are left alone.
 */

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · ', ' / '];

/** Letters and digits only, lower-cased: "Mac & i" and "mac-i" compare equal. */
function key(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a title fragment names the site ("WSJ" for "The Wall Street Journal" is not attempted). */
function isSiteName(fragment: string, siteName: string, host: string | null): boolean {
  const f = key(fragment);
  if (!f) return false;
  const s = key(siteName);
  if (f === s || `the${f}` === s || f === `the${s}`) return true;
  // "Factorio" for the site "Factorio.com"; "BBC News" for "bbc.co.uk" is deliberately not guessed.
  if (host) {
    const label = key(host.replace(/^www\./, '').split('.')[0] ?? '');
    if (label && f === label) return true;
  }
  return s.length > 3 && (s === `${f}com` || f === `${s}com`);
}

/**
 * The page title without a leading or trailing site name. `siteName` and `url` say what the
 * site is called; with neither, the title is only trimmed.
 */
export function cleanTitle(title: string | null | undefined, siteName: string | null, url: string | null): string | null {
  if (!title) return null;
  let t = title.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  let host: string | null = null;
  if (url) {
    try {
      host = new URL(url).hostname;
    } catch {
      host = null;
    }
  }
  if (!siteName && !host) return t;
  const site = siteName ?? '';
  for (const sep of SEPARATORS) {
    const at = t.lastIndexOf(sep);
    if (at > 0) {
      const tail = t.slice(at + sep.length);
      const head = t.slice(0, at).trim();
      if (head.length >= 10 && isSiteName(tail, site, host)) {
        t = head;
        break;
      }
    }
    const first = t.indexOf(sep);
    if (first > 0) {
      const lead = t.slice(0, first);
      const rest = t.slice(first + sep.length).trim();
      if (rest.length >= 10 && isSiteName(lead, site, host)) {
        t = rest;
        break;
      }
    }
  }
  return t;
}
