/**
 * French security-news vocabulary. Everyday words that English cognates would wrongly catch
 * ("coup" = blow, "militant" = activist, "renseignement" = any inquiry) are left out or weigh
 * little; the phrases journalists use for the security sense carry the weight.
 */
import { terms, type Term } from './lexicon';

const terrorism = terms('terrorism', [
  ['terroris*', 3], ['antiterroris*', 3], ['anti terroris*', 3], ['attentat*', 3], ['djihad*', 3], ['jihad*', 3],
  ['islamiste*', 2.5], ['extrémis*', 2], ['radicalis*', 2], ['état islamique', 3], ['daech', 3], ['daesh', 3],
  ['al qaida', 3], ['al qaïda', 3], ['kamikaze*', 2.5], ['otage*', 1.5], ['prise d otages', 2.5], ['vigipirate', 3],
  ['fiché s', 2.5], ['fichés s', 2.5], ['ultradroite', 2], ['engin explosif', 2.5], ['explosifs', 1.5], ['tuerie*', 1.5],
  ['revendiqué', 1.5], ['revendication', 1], ['assaillant*', 1.5], ['hommes armés', 1.5], ['menace terroriste', 3],
]);

const nationalSecurity = terms('national-security', [
  ['renseignement', 1.5], ['services de renseignement', 3], ['loi sur le renseignement', 3], ['agents de renseignement', 3],
  ['sécurité nationale', 2.5], ['sécurité intérieure', 2], ['défense nationale', 2], ['ministère des armées', 2],
  ['ministre des armées', 2], ['ministre de la défense', 2], ['armée*', 1], ['militaire*', 1], ['soldat*', 1],
  ['troupes', 1.5], ['espionnage', 3], ['espion*', 2.5], ['surveillance', 1.5], ['surveillance de masse', 3],
  ['écoutes', 1], ['interceptions', 1.5], ['boîtes noires', 2], ['frappes aériennes', 2.5], ['frappe aérienne', 2.5],
  ['missile*', 2], ['coup d état', 2.5], ['putsch', 2.5], ['cessez le feu', 2], ['otan', 1.5], ['armes nucléaires', 2.5],
  ['arme nucléaire', 2.5], ['conflit armé', 2], ['forces de sécurité', 2], ['forces armées', 2], ['état major', 1.5],
  ['contre espionnage', 3], ['ingérence*', 1.5], ['désinformation', 1.5], ['secret défense', 2.5], ['loi martiale', 2.5],
  ['DGSI', 3], ['DGSE', 3], ['NSA', 2.5], ['CIA', 2.5], ['cnrlt', 3], ['cnctr', 3],
]);

const cyber = terms('cyber', [
  ['cyber*', 1.5], ['cybersécurité', 3], ['cyberattaque*', 3], ['cybercrimin*', 3], ['pirate informatique', 3],
  ['pirates informatiques', 3], ['piratage*', 3], ['piraté*', 2.5], ['hacker*', 2.5], ['logiciel malveillant', 3],
  ['logiciels malveillants', 3], ['malware*', 3], ['rançongiciel*', 3], ['ransomware', 3], ['hameçonnage', 3],
  ['phishing', 3], ['faille de sécurité', 3], ['failles de sécurité', 3], ['faille*', 1], ['vulnérabilit*', 2],
  ['fuite de données', 3], ['fuites de données', 3], ['chiffrement', 1], ['mot de passe', 1], ['mots de passe', 1],
  ['ANSSI', 3], ['botnet*', 3], ['déni de service', 3], ['ddos', 3], ['cheval de troie', 2.5], ['porte dérobée', 2.5],
  ['logiciel espion', 3], ['logiciels espions', 3], ['attaque informatique', 3], ['attaques informatiques', 3],
]);

const crime = terms('crime', [
  ['police', 1], ['policier*', 1], ['gendarm*', 1], ['interpellé*', 1.5], ['mis en examen', 2], ['garde à vue', 2],
  ['condamné*', 1.5], ['meurtre*', 2], ['homicide*', 2], ['braquage*', 2], ['escroquerie*', 2], ['trafic de drogue', 2.5],
  ['stupéfiants', 2], ['procureur*', 1.5], ['prison', 1], ['agression*', 1.5], ['poignardé*', 2], ['tribunal', 1],
  ['cambriolage*', 2], ['vol à main armée', 2.5], ['enlèvement', 1.5], ['délinquan*', 1.5], ['criminel*', 1.5],
]);

const offtopic = terms('offtopic', [
  ['cyber monday', 3], ['cyberpunk*', 3], ['ajouter au panier', 3], ['livraison gratuite', 3], ['en stock', 2], ['championnat', 1], ['ligue 1', 2], ['recette*', 1],
]);

/** The French lexicon. */
export const FR_TERMS: readonly Term[] = [...terrorism, ...nationalSecurity, ...cyber, ...crime, ...offtopic];
