/**
 * What a number can count or measure: time units (durations and rates), measurement units,
 * and the word classes that tell where a counted noun phrase ends.
 */

/** Time units, any spelling → the singular unit a duration keeps ("months" → "month"). */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['secs', 'second'],
  ['minute', 'minute'], ['minutes', 'minute'], ['mins', 'minute'],
  ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'], ['h', 'hour'],
  ['day', 'day'], ['days', 'day'], ['night', 'night'], ['nights', 'night'],
  ['week', 'week'], ['weeks', 'week'], ['fortnight', 'fortnight'], ['fortnights', 'fortnight'],
  ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'],
  ['decade', 'decade'], ['decades', 'decade'], ['century', 'century'], ['centuries', 'century'],
]);

/** Adverbs that state a rate's period on their own ("100 attacks daily"). */
export const RATE_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'hour'], ['daily', 'day'], ['nightly', 'night'], ['weekly', 'week'], ['monthly', 'month'],
  ['annually', 'year'], ['yearly', 'year'],
]);

/** Units of measurement (distance, weight, data, bandwidth, speed, area, volume), as written. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'mile', 'miles', 'metres', 'meters',
  'metre', 'meter', 'm', 'cm', 'mm', 'ft', 'feet', 'foot', 'yards', 'kg', 'kgs', 'kilograms', 'kilogram', 'kilos',
  'grams', 'tonnes', 'tons', 'tonne', 'ton', 'lb', 'lbs', 'litres', 'liters', 'gallons', 'barrels',
  'acres', 'hectares', 'sq', 'kb', 'mb', 'gb', 'tb', 'pb', 'bytes', 'kilobytes', 'megabytes',
  'gigabytes', 'terabytes', 'petabytes', 'kbps', 'mbps', 'gbps', 'tbps', 'pps', 'mpps', 'rps', 'mph', 'kph', 'kmh',
  'ghz', 'mhz', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'horsepower', 'hp', 'bhp', 'oz', 'ml', 'cc', 'psi', 'ppi', 'dpi', 'fps',
]);

/** Nouns that are plural without a final "s". */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'police', 'personnel', 'staff', 'aircraft', 'crew', 'data', 'media', 'criteria',
  'phenomena', 'feet', 'teeth', 'mice', 'geese', 'cattle', 'livestock', 'sheep', 'fish', 'deer', 'offspring',
  'youth', 'clergy', 'infantry', 'militia', 'taliban', 'mujahideen', 'peshmerga', 'spacecraft', 'watercraft',
  'alumni', 'bacteria', 'faithful', 'kin', 'folk', 'swine', 'troops',
]);

/** Singular words that happen to end like plurals. */
const FALSE_PLURALS: ReadonlySet<string> = new Set([
  'specimen', 'abdomen', 'omen', 'amen', 'regimen', 'stamen', 'acumen', 'hymen', 'semen', 'yemen', 'news',
  'series', 'species', 'analysis', 'crisis', 'basis', 'thesis', 'status', 'bonus', 'virus', 'campus',
  'census', 'consensus', 'focus', 'corpus', 'apparatus', 'chaos', 'gas', 'bias', 'alias', 'atlas', 'canvas',
  'lens', 'us', 'this', 'his', 'its', 'was', 'has', 'is', 'as', 'thus', 'plus', 'minus', 'always', 'perhaps',
  'whereas', 'nevertheless', 'nonetheless', 'afterwards', 'towards', 'besides', 'overseas', 'across',
  'politics', 'physics', 'economics', 'ethics', 'mathematics', 'logistics', 'tactics', 'forensics', 'isis', 'hamas',
  'paris', 'texas', 'wales', 'athens', 'brussels', 'lazarus', 'kansas', 'arkansas', 'honduras', 'cyprus',
]);

/** Nouns left as heads by an adjective used as a noun ("400 dead", "three injured"). */
export const NOMINAL_ADJECTIVES: ReadonlySet<string> = new Set(['dead', 'injured', 'wounded', 'missing']);

/** True when a lower-case word looks like a plural noun ("members", "militiamen", "people"); `capitalised`: written with a capital. */
export function looksPlural(w: string, capitalised = false): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (FALSE_PLURALS.has(w) || w.length < 3) return false;
  if (w.endsWith('men')) return true;
  if (!w.endsWith('s')) return false;
  if (capitalised && w.endsWith('is') && w.length > 4) return true; // "Israelis", "Iraqis"
  return !(w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith("'s") || w.endsWith('ous'));
}

/** Words that can never be part of a counted noun phrase: determiners, pronouns, prepositions, auxiliaries. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those of in on at to from by for with without into onto upon over under about ' +
    'around after before since during between among amongst across against through throughout within inside ' +
    'outside near per via as than and or but nor so yet if when while where who whom whose which what why how ' +
    'there here it its they them their theirs he him his she her hers we us our ours you your i me my is are ' +
    'was were be been being am have has had having do does did will would shall should can could may might must ' +
    'not no also still now then ago later earlier more less fewer most least each every all both either neither ' +
    'some any many much few several such own same other another only just even already reportedly allegedly ' +
    'apparently including according said says say alone altogether respectively too very almost nearly ' +
    'roughly approximately around up down out off away back again once twice further additional last next ' +
    'previous following past recent total overall like unlike toward towards whether because although though ' +
    'despite until unless till whereas nearly whilst onwards per cent percent'
  ).split(' '),
);

/** Words that end a noun phrase when they follow its first word (mostly verbs seen after counts). */
export const VERBISH: ReadonlySet<string> = new Set(
  (
    'remain remains remained include includes included seem seems seemed appear appears appeared become ' +
    'becomes became get gets got make makes made take takes took go goes went come comes came face faces ' +
    'live lives lived work works worked use uses used need needs show shows showed claim claims claimed ' +
    'continue continues continued stand stands stood sit sits sat fell fall falls rose rise rises wait waits ' +
    'believed thought known expected estimated reported feared thought'
  ).split(' '),
);
