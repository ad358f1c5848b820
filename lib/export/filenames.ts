/**
 * File names for exported notes: readable, safe on Windows, macOS and Linux, and unique within
 * one archive even where the file system ignores case.
 */

/** The longest base name (before the extension) an exported file gets. */
export const MAX_NAME_CHARS = 80;

// Names Windows reserves for devices, with or without an extension.
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * `title` as a file-name slug: lower case, Latin accents dropped, every run of characters
 * other than letters and digits (any script) made one `-`; empty when nothing is left.
 */
export function slugify(title: string, max = MAX_NAME_CHARS): string {
  const folded = title
    .normalize('NFKD')
    // Only the Latin/Greek/Cyrillic combining accents go: other scripts' marks carry meaning (が).
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
  // Runs collapse to one `-`, so trimming needs to remove at most one at each end.
  const slug = folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  const cut = Array.from(slug).slice(0, max).join('');
  return cut.replace(/-$/, '');
}

/** Gives each file of one archive its name: `(title, fallback, ext) => unique name`. */
export type FileNamer = (base: string, fallback: string, ext: string) => string;

/**
 * A namer for one archive: names from `base` (or `fallback` when `base` slugs to nothing) plus
 * `ext`, never repeated (compared without case, as Windows and macOS do), with -2, -3… added
 * as needed. It remembers the next free number of each name, so 10,000 equal titles stay fast.
 */
export function fileNamer(): FileNamer {
  const used = new Set<string>();
  const nextNumber = new Map<string, number>();
  return (base, fallback, ext) => {
    let stem = slugify(base) || slugify(fallback) || 'clipping';
    if (RESERVED.test(stem)) stem = `${stem}-file`;
    const key = `${stem}${ext}`.toLowerCase();
    let n = nextNumber.get(key) ?? 1;
    let name = n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`;
    while (used.has(name.toLowerCase())) name = `${stem}-${++n}${ext}`;
    nextNumber.set(key, n + 1);
    used.add(name.toLowerCase());
    return name;
  };
}
