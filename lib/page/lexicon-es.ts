/**
 * Spanish security-news vocabulary: the strongest terms only, so that Spanish security news is
 * recognised without ordinary Spanish pages misfiring ("inteligencia artificial" is not espionage).
 */
import { terms, type Term } from './lexicon';

/** The Spanish lexicon. */
export const ES_TERMS: readonly Term[] = [
  ...terms('terrorism', [
    ['terroris*', 3], ['antiterroris*', 3], ['atentado*', 2.5], ['yihad*', 3], ['islamista*', 2.5], ['extremis*', 2],
    ['radicaliz*', 2], ['estado islámico', 3], ['al qaeda', 3], ['coche bomba', 3], ['artefacto explosivo', 2.5],
    ['explosivos', 1.5], ['rehenes', 1.5], ['terroristas suicidas', 3],
  ]),
  ...terms('national-security', [
    ['seguridad nacional', 2.5], ['servicios de inteligencia', 3], ['servicio de inteligencia', 3], ['inteligencia', 1],
    ['espionaje', 3], ['espía*', 2.5], ['militar*', 1], ['ejército', 1], ['tropas', 1.5], ['soldados', 1],
    ['fuerzas armadas', 2], ['ministerio de defensa', 2], ['ministro de defensa', 2], ['ministra de defensa', 2],
    ['misil*', 2], ['golpe de estado', 3], ['bombardeo*', 2], ['ataque aéreo', 2.5], ['otan', 1.5], ['armas nucleares', 2.5],
    ['conflicto armado', 2], ['fuerzas de seguridad', 2], ['guerra', 0.3],
  ]),
  ...terms('national-security', [['CNI', 2], ['CIA', 2.5]], true),
  ...terms('cyber', [
    ['ciberataque*', 3], ['ciberseguridad', 3], ['ciberdelincuen*', 3], ['ciber*', 1.5], ['hacker*', 2.5], ['hackeo*', 2.5],
    ['hackead*', 2.5], ['piratas informáticos', 3], ['pirata informático', 3], ['malware', 3], ['ransomware', 3],
    ['secuestro de datos', 2.5], ['phishing', 3], ['vulnerabilidad*', 2], ['brecha de seguridad', 3], ['filtración de datos', 3],
    ['ataque informático', 3], ['ataques informáticos', 3], ['contraseña*', 1], ['cifrado', 1], ['troyano*', 2.5], ['atacantes', 1], ['datos robados', 2],
    ['robado datos', 2], ['incidente de seguridad', 2.5], ['ciberincidente*', 3], ['servidores', 0.5],
  ]),
  ...terms('cyber', [['INCIBE', 3]], true),
  ...terms('crime', [
    ['policía', 1], ['detenido*', 1.5], ['arrestad*', 1.5], ['asesinato*', 2], ['homicidio*', 2], ['robo*', 1.5],
    ['narcotráfico', 2.5], ['condenado*', 1.5], ['secuestr*', 1.5], ['estafa*', 1.5], ['fiscalía', 1],
  ]),
  ...terms('offtopic', [
    ['inteligencia artificial', 2], ['añadir al carrito', 3], ['envío gratis', 3], ['fútbol', 1], ['gol', 1], ['película', 1],
    ['receta*', 1], ['videojuego*', 2],
  ]),
];
