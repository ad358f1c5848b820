/** Dutch security-news vocabulary: the strongest terms only (compounds are caught by prefixes). */
import { terms, type Term } from './lexicon';

/** The Dutch lexicon. */
export const NL_TERMS: readonly Term[] = [
  ...terms('terrorism', [
    ['terroris*', 3], ['terreur*', 3], ['aanslag*', 2.5], ['bomaanslag*', 3], ['jihad*', 3], ['islamist*', 2.5],
    ['extremis*', 2], ['radicaliser*', 2], ['islamitische staat', 3], ['al qaida', 3], ['gijzel*', 1.5],
    ['dreigingsniveau', 3], ['explosie*', 0.5],
  ]),
  ...terms('terrorism', [['NCTV', 3]], true),
  ...terms('national-security', [
    ['nationale veiligheid', 2.5], ['inlichtingendienst*', 3], ['spionage', 3], ['spion*', 2.5], ['militair*', 1],
    ['leger', 1], ['troepen', 1.5], ['soldaten', 1], ['krijgsmacht', 2], ['defensie', 1.5], ['minister van defensie', 2],
    ['raket*', 1.5], ['staatsgreep', 3], ['luchtaanval*', 2.5], ['navo', 1.5], ['kernwapen*', 2.5],
  ]),
  ...terms('national-security', [['AIVD', 3], ['MIVD', 3]], true),
  ...terms('cyber', [
    ['cyber*', 1.5], ['cyberaanval*', 3], ['hacker*', 2.5], ['gehackt', 2.5], ['malware', 3], ['ransomware', 3],
    ['gijzelsoftware', 3], ['phishing', 3], ['kwetsbaarhe*', 2], ['datalek*', 3], ['wachtwoord*', 1], ['versleutel*', 1],
  ]),
  ...terms('cyber', [['NCSC', 3]], true),
  ...terms('crime', [
    ['politie', 1], ['aangehouden', 1.5], ['gearresteerd', 1.5], ['moord*', 2], ['doodgeschoten', 2], ['overval*', 2],
    ['diefstal', 2], ['fraude', 1.5], ['officier van justitie', 1.5], ['veroordeeld', 1.5],
  ]),
  ...terms('offtopic', [['in winkelwagen', 3], ['gratis verzending', 3], ['eredivisie', 2], ['recept*', 1]]),
];
