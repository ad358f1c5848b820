/**
 * Timestamps as the export formats want them: RFC 3339 in UTC with milliseconds and `Z`
 * (STIX 2.1 requires exactly that for created/modified).
 */

/** The latest instant JavaScript dates and 4-digit years can both express (9999-12-31T23:59:59.999Z). */
const MAX_MS = 253_402_300_799_999;

/** `ms` (epoch milliseconds) as `YYYY-MM-DDTHH:MM:SS.sssZ`, clamped into years 1970–9999 so it never throws. */
export function isoTime(ms: number): string {
  const safe = Number.isFinite(ms) ? Math.min(Math.max(Math.trunc(ms), 0), MAX_MS) : 0;
  return new Date(safe).toISOString();
}

/** Epoch milliseconds of a page's published date string, or null when it is missing or not a date. */
export function publishedMs(published: string | null): number | null {
  if (!published) return null;
  const ms = Date.parse(published);
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_MS ? ms : null;
}

/** Whether `ms` is a date the exports can write as it is (years 1970–9999). */
export function inDateRange(ms: number): boolean {
  return Number.isInteger(ms) && ms >= 0 && ms <= MAX_MS;
}
