import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageHint } from '../../../lambdas/core/analysis/language.ts';

describe('detectLanguage', () => {
  it('detects English when the text is an English sentence', () => {
    expect(detectLanguage('The delivery was late again and nobody called me back.')).toBe('en');
  });

  it('detects Dutch when the text is a Dutch sentence', () => {
    expect(detectLanguage('De bezorging was weer te laat en niemand belde me terug.')).toBe('nl');
  });

  it('labels another language as detected instead of forcing en or nl', () => {
    expect(detectLanguage('Die Lieferung kam viel zu spät und niemand hat zurückgerufen.')).toBe('de');
    expect(detectLanguage("La livraison est arrivée en retard et personne ne m'a rappelé.")).toBe('fr');
  });

  it("returns 'und' when the text is too short to tell", () => {
    expect(detectLanguage('ok')).toBe('und');
    expect(detectLanguage('👍👍')).toBe('und');
  });

  it('uses the hint when the text is too short to detect', () => {
    expect(detectLanguage('ok', 'nl-NL')).toBe('nl');
  });

  it('ignores the hint when detection is reliable', () => {
    expect(detectLanguage('The delivery was late again and nobody called me back.', 'nl')).toBe('en');
  });

  it('settles a short Dutch text by its words when eld is unsure', () => {
    expect(detectLanguage('Slechte app')).toBe('nl');
    expect(detectLanguage('Bedankt!')).toBe('nl');
  });

  it('ignores placeholders, digits and e-mail addresses when detecting', () => {
    expect(detectLanguage('Bel me op [PHONE] of mail naar [EMAIL], mijn pakket 123456 is nog steeds niet bezorgd')).toBe('nl');
  });
});

describe('normalizeLanguageHint', () => {
  it('normalises locale tags, three-letter codes and names to ISO 639-1', () => {
    expect(normalizeLanguageHint('nl-NL')).toBe('nl');
    expect(normalizeLanguageHint('NLD')).toBe('nl');
    expect(normalizeLanguageHint('English')).toBe('en');
    expect(normalizeLanguageHint('und')).toBeUndefined();
    expect(normalizeLanguageHint('???')).toBeUndefined();
  });
});

describe('detectLanguage fast path (function words)', () => {
  it('settles texts full of Dutch or English function words without the n-gram model', () => {
    expect(detectLanguage('Ik heb het al drie keer gevraagd maar er komt geen antwoord')).toBe('nl');
    expect(detectLanguage('I have asked it three times but there is no answer from them')).toBe('en');
  });

  it('leaves German, French and Spanish to the model instead of forcing them into Dutch or English', () => {
    expect(detectLanguage('Ich bin sehr enttäuscht von der Lieferung, das Paket ist nie angekommen')).toBe('de');
    expect(detectLanguage("Je suis très déçu de la livraison, le colis n'est jamais arrivé")).toBe('fr');
    expect(detectLanguage('El servicio de atención es muy malo y no me ayudaron en nada')).toBe('es');
  });
});
