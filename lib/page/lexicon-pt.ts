/**
 * Portuguese security-news vocabulary: the strongest terms only. "Golpe" alone is a scam (crime);
 * only "golpe de estado" is a coup.
 */
import { terms, type Term } from './lexicon';

/** The Portuguese lexicon. */
export const PT_TERMS: readonly Term[] = [
  ...terms('terrorism', [
    ['terroris*', 3], ['antiterror*', 3], ['atentado*', 2.5], ['jihad*', 3], ['islamista*', 2.5], ['extremis*', 2],
    ['radicaliz*', 2], ['estado islâmico', 3], ['al qaeda', 3], ['carro bomba', 3], ['explosivo*', 1.5], ['reféns', 1.5],
  ]),
  ...terms('national-security', [
    ['segurança nacional', 2.5], ['serviços de inteligência', 3], ['serviço de inteligência', 3], ['inteligência', 1],
    ['espionagem', 3], ['espião', 2.5], ['espiões', 2.5], ['militar*', 1], ['exército', 1], ['tropas', 1.5], ['soldados', 1],
    ['forças armadas', 2], ['ministro da defesa', 2], ['míssil', 2], ['mísseis', 2], ['golpe de estado', 3],
    ['ataque aéreo', 2.5], ['otan', 1.5], ['armas nucleares', 2.5], ['guerra', 0.3],
  ]),
  ...terms('national-security', [['ABIN', 3], ['CIA', 2.5]], true),
  ...terms('cyber', [
    ['ciberataque*', 3], ['ataque hacker', 3], ['ataques hacker*', 3], ['cibersegurança', 3], ['segurança cibernética', 3],
    ['ciber*', 1.5], ['hacker*', 2.5], ['malware', 3], ['ransomware', 3], ['phishing', 3], ['vulnerabilidade*', 2],
    ['vazamento de dados', 3], ['senha*', 1], ['criptografia', 1], ['invasão', 0.5],
  ]),
  ...terms('crime', [
    ['polícia', 1], ['preso*', 1], ['presa', 1], ['prisão', 1], ['assassinato*', 2], ['homicídio*', 2], ['roubo*', 1.5],
    ['furto*', 1.5], ['tráfico de drogas', 2.5], ['traficante*', 2], ['arrombamento*', 2], ['golpe', 1], ['suspeito*', 1.5],
  ]),
  ...terms('offtopic', [
    ['inteligência artificial', 2], ['adicionar ao carrinho', 3], ['frete grátis', 3], ['futebol', 1], ['campeonato', 1],
    ['receita', 1], ['novela', 1],
  ]),
];
