import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../lambdas/core/analysis/pii.ts';
import { nastyText, RUNS } from './fuzz-helpers.ts';

const lower = 'abcdefghijklmnopqrstuvwxyz';
const alnum = `${lower}0123456789`;
const word = (chars: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });

/** E-mail addresses as customers type them: name.part+tag@sub-domain.example.tld. */
const email = fc
  .tuple(word(alnum, 1, 10), fc.option(fc.tuple(fc.constantFrom('.', '_', '+', '-'), word(alnum, 1, 6))), fc.array(word(alnum, 1, 10), { minLength: 1, maxLength: 2 }), word(lower, 2, 6))
  .map(([local, suffix, labels, tld]) => `${local}${suffix ? suffix.join('') : ''}@${labels.join('.')}.${tld}`);

/** ISO 7064 mod-97 check digits for a country and BBAN. */
function ibanOf(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

const digits = (n: number) => word('0123456789', n, n);
const letters = (n: number) => word(lower.toUpperCase(), n, n);

/** Valid IBANs (NL, BE, DE, GB), compact or printed in groups of four. */
const iban = fc
  .oneof(
    fc.tuple(letters(4), digits(10)).map(([bank, account]) => ibanOf('NL', `${bank}${account}`)),
    digits(12).map((bban) => ibanOf('BE', bban)),
    digits(18).map((bban) => ibanOf('DE', bban)),
    fc.tuple(letters(4), digits(14)).map(([bank, account]) => ibanOf('GB', `${bank}${account}`)),
  )
  .chain((compact) => fc.constantFrom(compact, compact.replace(/(.{4})(?=.)/g, '$1 ')));

/** Text around a planted value, separated by a space as in a sentence. */
const around = fc.tuple(nastyText.filter((text) => text.length < 1_000), nastyText.filter((text) => text.length < 1_000));

describe('redactPii', () => {
  it('never throws and returns text with its counts for any input', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const result = redactPii(text, { handles: true });
        expect(typeof result.text).toBe('string');
        expect(result.redacted).toBeGreaterThanOrEqual(result.types.length);
        expect(result.types).toEqual([...result.types].sort());
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('leaves no trace of a planted e-mail address, whatever text surrounds it', () => {
    fc.assert(
      fc.property(email, around, (address, [before, after]) => {
        const { text } = redactPii(`${before} ${address} ${after}`);
        expect(text).not.toContain(address);
        expect(text).not.toContain(address.slice(address.indexOf('@')));
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('leaves no trace of a planted IBAN, compact or in groups, whatever text surrounds it', () => {
    fc.assert(
      fc.property(iban, around, (planted, [before, after]) => {
        const { text } = redactPii(`${before} ${planted} ${after}`);
        const compact = planted.replace(/ /g, '');
        expect(text).not.toContain(planted);
        expect(text.replace(/ /g, '')).not.toContain(compact.slice(4));
      }),
      { numRuns: RUNS.cheap },
    );
  });
});
