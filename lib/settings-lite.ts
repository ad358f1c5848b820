/**
 * The one setting the always-injected gate needs, read without zod: the gate script must stay
 * small (DESIGN.md §9), and a hand check of one string array is as strict as the schema.
 */

/** The sites where Threatlight is off, from whatever is stored (anything malformed counts as none). */
export function disabledSitesOf(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const list = (raw as { disabledSites?: unknown }).disabledSites;
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
}

/** Whether `host` is one of `sites` or a subdomain of one. */
export function hostIsListed(sites: readonly string[], host: string): boolean {
  const h = host.toLowerCase();
  return sites.some((s) => h === s || h.endsWith(`.${s}`));
}

/** The gate sensitivity from whatever is stored ('normal' when missing or malformed). */
export function gateSensitivityOf(raw: unknown): 'strict' | 'normal' | 'lenient' {
  if (typeof raw !== 'object' || raw === null) return 'normal';
  const v = (raw as { gateSensitivity?: unknown }).gateSensitivity;
  return v === 'strict' || v === 'lenient' ? v : 'normal';
}
