import { describe, expect, it } from 'vitest';
import { isValidIban, passesElevenProof, passesLuhn, redactPii } from '../../../lambdas/core/analysis/pii.ts';

describe('redactPii', () => {
  it('replaces an e-mail address with [EMAIL]', () => {
    expect(redactPii('Mail me op jan.jansen+test@example.co.uk graag')).toEqual({
      text: 'Mail me op [EMAIL] graag',
      redacted: 1,
      types: ['EMAIL'],
    });
  });

  it.each([
    ['06-12345678'],
    ['06 1234 5678'],
    ['0612345678'],
    ['+31 6 12345678'],
    ['+31612345678'],
    ['0031 6 12345678'],
    ['+31 (0)20 123 4567'],
    ['020-1234567'],
    ['010 123 4567'],
  ])('replaces the Dutch phone number %s with [PHONE]', (phone) => {
    expect(redactPii(`Bel me op ${phone} na vijven`).text).toBe('Bel me op [PHONE] na vijven');
  });

  it.each([['+44 20 7946 0958'], ['+1 (555) 123-4567'], ['+32 470 12 34 56']])(
    'replaces the international phone number %s with [PHONE]',
    (phone) => {
      expect(redactPii(`Call me on ${phone} please`).text).toBe('Call me on [PHONE] please');
    },
  );

  it('replaces a valid IBAN with [IBAN] whether grouped or compact', () => {
    expect(redactPii('IBAN NL91 ABNA 0417 1643 00 ten name van mij').text).toBe('IBAN [IBAN] ten name van mij');
    expect(redactPii('IBAN NL91ABNA0417164300.').text).toBe('IBAN [IBAN].');
  });

  it('replaces IBANs of other countries', () => {
    expect(redactPii('DE89 3704 0044 0532 0130 00 and GB82WEST12345698765432').text).toBe('[IBAN] and [IBAN]');
  });

  it('leaves an IBAN-shaped string that fails mod-97', () => {
    const r = redactPii('IBAN NL92ABNA0417164300 klopt niet');
    expect(r.text).toBe('IBAN NL92ABNA0417164300 klopt niet');
    expect(r.redacted).toBe(0);
  });

  it('replaces a Luhn-valid card number with [CARD]', () => {
    expect(redactPii('Kaart 4111 1111 1111 1111 verlopen').text).toBe('Kaart [CARD] verlopen');
    expect(redactPii('card 5500-0000-0000-0004').text).toBe('card [CARD]');
  });

  it('leaves a card-shaped number that fails Luhn', () => {
    expect(redactPii('Kaart 4111 1111 1111 1112 verlopen').types).toEqual([]);
  });

  it('replaces a BSN that passes the 11-proof with [BSN]', () => {
    expect(redactPii('mijn bsn is 111222333').text).toBe('mijn bsn is [BSN]');
  });

  it('leaves nine digits that fail the 11-proof', () => {
    expect(redactPii('mijn bsn is 123456789').redacted).toBe(0);
  });

  it('leaves a valid-looking BSN that is part of a longer number', () => {
    expect(redactPii('referentie 1112223334455').redacted).toBe(0);
    expect(redactPii('code 111222333-12').redacted).toBe(0);
  });

  it('leaves an order number even when it passes the 11-proof', () => {
    expect(redactPii('Ordernummer 123456782 is kwijt').redacted).toBe(0);
  });

  it('replaces a postcode with its street and house number', () => {
    expect(redactPii('Ik woon op Kerkstraat 12, 1234 AB Amsterdam').text).toBe('Ik woon op [POSTCODE] Amsterdam');
  });

  it('replaces a postcode followed by a house number', () => {
    expect(redactPii('Adres: 1234AB 12a, graag bezorgen').text).toBe('Adres: [POSTCODE], graag bezorgen');
  });

  it('leaves a postcode without a house number', () => {
    expect(redactPii('Storing in 1234 AB sinds vanochtend').redacted).toBe(0);
  });

  it('replaces a URL that carries a token in its query', () => {
    expect(redactPii('reset via https://example.com/reset?token=abc123&user=1.').text).toBe('reset via [URL].');
    expect(redactPii('see https://x.io/cb?code=9f8e7d&state=1').text).toBe('see [URL]');
  });

  it('leaves a plain URL', () => {
    expect(redactPii('zie https://example.com/faq?page=2').redacted).toBe(0);
  });

  it('replaces @handles only when asked to', () => {
    expect(redactPii('@KPN_Webcare help!').text).toBe('@KPN_Webcare help!');
    expect(redactPii('@KPN_Webcare help!', { handles: true })).toEqual({ text: '[HANDLE] help!', redacted: 1, types: ['HANDLE'] });
  });

  it('does not mistake an e-mail address for a handle', () => {
    expect(redactPii('mail piet@example.nl', { handles: true }).types).toEqual(['EMAIL']);
  });

  it.each([
    ['Het kostte € 120,50 en daarna €1.234,56'],
    ['Besteld op 12-05-2024, geleverd op 01-06-2024 om 10:00'],
    ['In 1995 en 2023 was alles nog goed'],
    ['Order #12345678 en bestelnummer 0123456789 zijn kwijt'],
    ['Factuur 2024-001234 klopt niet, klantnummer 123456782'],
    ['Track & trace 3SABCD1234567 werkt niet'],
    ['Ik betaal 89 euro per maand voor 1000 kWh'],
  ])('leaves ordinary numbers alone in "%s"', (text) => {
    expect(redactPii(text)).toEqual({ text, redacted: 0, types: [] });
  });

  it('counts every replacement and lists the distinct types sorted', () => {
    const r = redactPii('Mail a@b.nl of c@d.nl, bel 0612345678, IBAN NL91ABNA0417164300');
    expect(r.redacted).toBe(4);
    expect(r.types).toEqual(['EMAIL', 'IBAN', 'PHONE']);
  });
});

describe('checksums', () => {
  it('validates IBAN, Luhn and the 11-proof', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91ABNA041716430')).toBe(false);
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesElevenProof('111222333')).toBe(true);
    expect(passesElevenProof('123456789')).toBe(false);
  });
});

describe('redactPii street addresses', () => {
  it('keeps a multi-word street name together with the postcode', () => {
    expect(redactPii('Mijn adres is Burgemeester de Vlugtlaan 12, 1063 BS Amsterdam').text).toBe('Mijn adres is [POSTCODE] Amsterdam');
  });
});

describe('redactPii on phone numbers written in pairs', () => {
  it('redacts a Dutch mobile number written as five pairs', () => {
    expect(redactPii('Bel me op 06 12 34 56 78 aub').text).toBe('Bel me op [PHONE] aub');
  });

  it('still leaves a date followed by a time alone', () => {
    expect(redactPii('Storing op 01-12-2026 10:00 gemeld').text).toBe('Storing op 01-12-2026 10:00 gemeld');
  });
});
