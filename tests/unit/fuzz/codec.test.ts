import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJsonLinesGz, encodeJsonLinesGz } from '../../../lambdas/core/codec.ts';
import { ObjectReadError } from '../../../lambdas/core/errors.ts';
import { invalidUtf8, nastyText, RUNS, utf8 } from './fuzz-helpers.ts';

const KEY = 'raw/channel=review/source=appstore/dt=2026-11-21/fuzz.jsonl.gz';

/** The error decoding throws, or undefined when it does not throw. */
function decodeError(bytes: Uint8Array): unknown {
  try {
    decodeJsonLinesGz(bytes, KEY);
    return undefined;
  } catch (error) {
    return error;
  }
}

/** One line of a raw object: JSON, a nasty text, or bytes that are not UTF-8. */
const lineBytes = fc.oneof(
  fc.jsonValue().map((value) => utf8(JSON.stringify(value) ?? 'null')),
  nastyText.map((text) => utf8(text.replace(/[\r\n]/g, ' '))),
  invalidUtf8,
);

describe('decodeJsonLinesGz', () => {
  it('throws only ObjectReadError, naming the key, for bytes that are not a gzip object', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const error = decodeError(bytes);
        if (error !== undefined) {
          expect(error).toBeInstanceOf(ObjectReadError);
          expect((error as Error).message).toContain(KEY);
        }
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('throws ObjectReadError for every truncation of a gzip object, so the message is retried and dead-lettered', () => {
    const truncated = fc
      .array(fc.jsonValue(), { maxLength: 5 })
      .map((values) => encodeJsonLinesGz(values))
      .chain((whole) => fc.nat({ max: whole.length - 1 }).map((end) => whole.slice(0, end)));
    fc.assert(
      fc.property(truncated, (bytes) => {
        expect(decodeError(bytes)).toBeInstanceOf(ObjectReadError);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('round-trips any JSON values, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), nastyText), { maxLength: 8 }), (values) => {
        const decoded = decodeJsonLinesGz(encodeJsonLinesGz(values), KEY);
        expect(decoded.map((line) => line.value)).toEqual(values.map((value) => JSON.parse(JSON.stringify(value))));
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('returns every non-blank line once: parsed, or as an error naming its line number', () => {
    fc.assert(
      fc.property(fc.array(lineBytes, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const separator = utf8(newline);
        const body = lines.flatMap((line, index) => (index === 0 ? [...line] : [...separator, ...line]));
        const decoded = decodeJsonLinesGz(new Uint8Array(gzipSync(new Uint8Array(body))), KEY);

        const texts = lines.map((line) => Buffer.from(line).toString('utf8'));
        const nonBlank = texts.map((text, index) => ({ text, lineNumber: index + 1 })).filter(({ text }) => text.trim() !== '');
        expect(decoded.map((line) => line.lineNumber)).toEqual(nonBlank.map((line) => line.lineNumber));
        for (const line of decoded) {
          if (line.error !== undefined) expect(line.error).toMatch(new RegExp(`^line ${line.lineNumber} is not valid JSON \\(.+\\)$`, 's'));
        }
      }),
      { numRuns: RUNS.normal },
    );
  });
});
