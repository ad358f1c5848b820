/**
 * German security-news vocabulary. German joins words into compounds ("Terroranschlag",
 * "Cyberangriff"), so most entries are prefixes that catch a whole family of compounds.
 */
import { terms, type Term } from './lexicon';

const terrorism = terms('terrorism', [
  ['terror*', 3], ['anschlag*', 2], ['anschläge*', 2], ['dschihad*', 3], ['islamist*', 2.5], ['extremis*', 2],
  ['rechtsextrem*', 2], ['linksextrem*', 1.5], ['radikalisier*', 2], ['islamischen staat*', 3], ['islamischer staat', 3],
  ['is miliz', 3], ['al kaida', 3], ['selbstmordattentat*', 3], ['attentat*', 2.5], ['attentäter*', 2.5],
  ['sprengsatz', 2.5], ['sprengstoff*', 2], ['geisel*', 1.5], ['bekennerschreiben', 3], ['gefährder', 3],
  ['generalbundesanwalt*', 2], ['bundesanwaltschaft', 2], ['terrorabwehr', 3], ['antiterror*', 3],
]);

const nationalSecurity = terms('national-security', [
  ['verfassungsschutz*', 3], ['bundesnachrichtendienst*', 3], ['nachrichtendienst*', 3], ['geheimdienst*', 3],
  ['spionage*', 3], ['spion', 2.5], ['spione', 2.5], ['bundeswehr', 2], ['militär*', 1], ['soldat*', 1], ['truppen', 1.5],
  ['streitkräfte*', 2], ['nato', 1.5], ['verteidigungsminist*', 2], ['sicherheitspolitik*', 2.5], ['nationale sicherheit', 2.5],
  ['nationalen sicherheit', 2.5], ['innere sicherheit', 2], ['inneren sicherheit', 2], ['überwachung*', 0.8],
  ['massenüberwachung', 3], ['vorratsdatenspeicherung', 3], ['luftangriff*', 2.5], ['luftschläge*', 2.5],
  ['atomwaffe*', 2.5], ['putsch*', 2.5], ['militärputsch', 3], ['waffenstillstand', 2], ['kriegsverbrechen', 2],
  ['sicherheitskräfte*', 2], ['sicherheitsbehörde*', 2], ['landesverrat', 2], ['raketenangriff*', 2.5], ['kampfjet*', 2],
  ['desinformation*', 1.5], ['BND', 3], ['MAD', 1], ['NSA', 2.5], ['CIA', 2.5], ['GCHQ', 3], ['FSB', 2.5],
]);

const cyber = terms('cyber', [
  ['cyber*', 1.5], ['cyberangriff*', 3], ['cyberattacke*', 3], ['cybersicherheit', 3], ['hacker*', 2.5], ['gehackt', 2.5],
  ['schadsoftware', 3], ['schadprogramm*', 3], ['malware', 3], ['trojaner*', 2.5], ['erpressungssoftware', 3],
  ['erpressertrojaner*', 3], ['ransomware', 3], ['phishing', 3], ['sicherheitslücke*', 3], ['schwachstelle*', 1],
  ['sicherheitsupdate*', 2], ['datenleck*', 3], ['datendiebstahl', 3], ['verschlüsselung*', 1], ['passwort', 1],
  ['passwörter', 1], ['angreifer', 0.5], ['botnetz*', 3], ['exploit*', 1.5], ['zero day', 3], ['ddos', 3],
  ['BSI', 3], ['it sicherheit', 3], ['informationssicherheit', 2.5], ['lösegeld*', 1], ['spähsoftware', 3],
]);

const crime = terms('crime', [
  ['polizei*', 1], ['festgenommen', 1.5], ['festnahme*', 1.5], ['verhaftet', 1.5], ['mord', 2], ['mordes', 2],
  ['mörder*', 2], ['tötung*', 1.5], ['messerangriff*', 2], ['raub*', 1.5], ['diebstahl', 2], ['betrug*', 1.5],
  ['staatsanwalt*', 1.5], ['verurteilt', 1.5], ['haftstrafe*', 2], ['ermittlungen', 1], ['tatverdächtig*', 2],
  ['einbruch*', 1.5], ['drogenhandel', 2.5], ['kriminell*', 1.5], ['festgenommen', 1.5],
]);

const cs = [...terms('terrorism', [['IS', 2]], true)];

const offtopic = terms('offtopic', [
  ['cyber monday', 3], ['cyberpunk*', 3], ['in den warenkorb', 3], ['versandkostenfrei', 3], ['lieferzeit', 2], ['bundesliga', 2], ['rezept*', 1],
]);

/** The German lexicon. */
export const DE_TERMS: readonly Term[] = [...terrorism, ...nationalSecurity, ...cyber, ...crime, ...cs, ...offtopic];
