import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLangTag, primaryLanguage } from '../../../lib/page/lang';

describe('detectLanguage', () => {
  it('tells European languages apart by their function words', () => {
    expect(detectLanguage('The council said that the attack on its servers was the work of a criminal group which has been active for years.')).toBe('en');
    expect(detectLanguage("La mairie a confirmé que les serveurs sont chiffrés et qu'une rançon est demandée par les pirates dans un courriel.")).toBe('fr');
    expect(detectLanguage('Der Verfassungsschutz warnt, dass die Spionage an den Hochschulen zunimmt und auch die Forschung bei Batterien betroffen ist.')).toBe('de');
    expect(detectLanguage('La red de bibliotecas lleva tres días sin servicio y el ayuntamiento ha explicado que los préstamos no tendrán recargo.')).toBe('es');
    expect(detectLanguage('O governo não confirmou os dados, mas a polícia também foi chamada pela empresa ao local com uma equipa.')).toBe('pt');
  });

  it('tells scripts apart', () => {
    expect(detectLanguage('トレンドマイクロは、通信を暗号化して保護するアプリの提供を開始すると発表した。')).toBe('ja');
    expect(detectLanguage('宇航员在太空中喝酒会怎么样？后果很严重，专家解释了其中的原因。')).toBe('zh');
    expect(detectLanguage('Самые популярные блоги о кулинарии и путешествиях в этом году.')).toBe('ru');
  });

  it('gives up on text too short to tell', () => {
    expect(detectLanguage('Hello')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});

describe('language tags', () => {
  it('normalises case and separators', () => {
    expect(normalizeLangTag('EN_us')).toBe('en-US');
    expect(normalizeLangTag('fr')).toBe('fr');
    expect(normalizeLangTag('zh-Hant-TW')).toBe('zh');
    expect(normalizeLangTag('not a tag')).toBeNull();
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage(null)).toBeNull();
  });
});
