/** Italian security-news vocabulary: the strongest terms only. */
import { terms, type Term } from './lexicon';

/** The Italian lexicon. */
export const IT_TERMS: readonly Term[] = [
  ...terms('terrorism', [
    ['terroris*', 3], ['antiterrorismo', 3], ['attentat*', 3], ['jihad*', 3], ['islamist*', 2.5], ['estremis*', 2],
    ['radicalizz*', 2], ['stato islamico', 3], ['isis', 3], ['al qaeda', 3], ['autobomba', 3], ['ordigno', 2.5],
    ['esplosivo', 1.5], ['ostaggi', 1.5], ['kamikaze', 2.5],
  ]),
  ...terms('national-security', [
    ['sicurezza nazionale', 2.5], ['servizi segreti', 3], ['intelligence', 1.5], ['spionaggio', 3], ['spia', 2], ['spie', 2.5],
    ['militar*', 1], ['esercito', 1], ['truppe', 1.5], ['soldati', 1], ['forze armate', 2], ['ministro della difesa', 2],
    ['missil*', 2], ['colpo di stato', 3], ['golpe', 2.5], ['raid aereo', 2.5], ['raid aerei', 2.5], ['nato', 1.5],
    ['armi nucleari', 2.5], ['guerra', 0.3],
  ]),
  ...terms('national-security', [['AISE', 3], ['AISI', 3], ['CIA', 2.5]], true),
  ...terms('cyber', [
    ['cyber*', 1.5], ['attacco informatico', 3], ['attacchi informatici', 3], ['sicurezza informatica', 3], ['hacker*', 2.5],
    ['malware', 3], ['ransomware', 3], ['phishing', 3], ['vulnerabilità', 2], ['violazione dei dati', 3], ['furto di dati', 3],
    ['password', 1], ['crittografia', 1], ['trojan', 2.5], ['pirati informatici', 3],
  ]),
  ...terms('crime', [
    ['polizia', 1], ['carabinieri', 1], ['arrestat*', 1.5], ['arresto', 1.5], ['omicidio', 2], ['rapina*', 2], ['furto', 1.5],
    ['truffa*', 1.5], ['procura', 1], ['condannat*', 1.5], ['mafia', 2], ['spaccio', 2],
  ]),
  ...terms('offtopic', [
    ['intelligenza artificiale', 2], ['aggiungi al carrello', 3], ['spedizione gratuita', 3], ['calcio', 1], ['ricetta', 1],
    ['videogioco', 2], ['videogiochi', 2],
  ]),
];
