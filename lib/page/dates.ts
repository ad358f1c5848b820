/**
 * Publication dates as pages write them (ISO, RFC 2822, "March 25, 2015", "25 mars 2015") turned
 * into ISO 8601. The publisher's own UTC offset is kept rather than converting to UTC, because the
 * date a reader sees on the page is the publisher's local date.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, janvier: 1, januar: 1, janv: 1, jän: 1, jänner: 1, enero: 1, ene: 1,
  feb: 2, february: 2, février: 2, fevrier: 2, févr: 2, februar: 2, febrero: 2,
  mar: 3, march: 3, mars: 3, märz: 3, marz: 3, marzo: 3, mär: 3,
  apr: 4, april: 4, avril: 4, avr: 4, abril: 4, abr: 4,
  may: 5, mai: 5, mayo: 5,
  jun: 6, june: 6, juin: 6, juni: 6, junio: 6,
  jul: 7, july: 7, juillet: 7, juil: 7, juli: 7, julio: 7,
  aug: 8, august: 8, août: 8, aout: 8, agosto: 8, ago: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9,
  oct: 10, october: 10, octobre: 10, okt: 10, oktober: 10, octubre: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11,
  dec: 12, december: 12, décembre: 12, decembre: 12, déc: 12, dez: 12, dezember: 12, diciembre: 12, dic: 12,
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1;
}

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  if (/^z$/i.test(zone) || /^(?:gmt|utc)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return '';
  return `${m[1] ?? '+'}${m[2] ?? '00'}:${m[3] ?? '00'}`;
}

function isoOf(y: number, mo: number, d: number, h?: number, mi?: number, s?: number, zone?: string): string | null {
  if (!validYmd(y, mo, d)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined || h > 23 || mi > 59) return day;
  return `${day}T${pad(h)}:${pad(mi)}:${pad(s ?? 0)}${offsetOf(zone)}`;
}

const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(z|[+-]\d{2}:?\d{2}|[+-]\d{2}|gmt|utc)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/;
/** "March 25, 2015", "Tue, Nov 19 2019 3:46 PM", "Nov. 19, 2019". */
const MONTH_FIRST = /\b([a-zäéû]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?/i;
/** "25 March 2015", "19 Nov 2019 10:00:00 GMT", "1er janvier 2020", "3. März 2021". */
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+([a-zäéû]{3,9})\.?,?\s+(\d{4})(?:,?\s+(?:at\s+|à\s+|um\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*(z|[+-]\d{4}|gmt|utc)?)?/i;

function hour24(h: number | undefined, ampm: string | undefined): number | undefined {
  if (h === undefined || !ampm) return h;
  const pm = ampm.toLowerCase().startsWith('p');
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/**
 * The ISO 8601 form of a date written on a page, or null when `raw` is not a recognisable date.
 * Date-only inputs give "YYYY-MM-DD"; times keep their stated offset ("2019-11-19T10:00:00-08:00").
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 120);
  if (!s) return null;
  let m = ISO_LIKE.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]), num(m[4]), num(m[5]), num(m[6]), m[7]);
  m = COMPACT.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]), num(m[4]), num(m[5]), num(m[6]));
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), 'Z');
  }
  m = SLASHED.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = MONTH_FIRST.exec(s);
  const mf = m ? MONTHS[(m[1] ?? '').toLowerCase()] : undefined;
  if (m && mf) return isoOf(Number(m[3]), mf, Number(m[2]), hour24(num(m[4]), m[7]), num(m[5]), num(m[6]));
  m = DAY_FIRST.exec(s);
  const df = m ? MONTHS[(m[2] ?? '').toLowerCase()] : undefined;
  if (m && df) return isoOf(Number(m[3]), df, Number(m[1]), hour24(num(m[4]), m[7]), num(m[5]), num(m[6]), m[8]);
  return null;
}

/** The date a URL path carries ("/2019/11/19/..."), a common last resort for news sites. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:[/_.-]|$)/.exec(url);
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
