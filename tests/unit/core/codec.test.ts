import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeJsonLinesGz, encodeJsonLinesGz, utcDay, utcHour } from '../../../lambdas/core/codec.ts';
import { ObjectReadError } from '../../../lambdas/core/errors.ts';

describe('gzip JSON Lines', () => {
  it('round-trips records with unicode and newlines inside strings', () => {
    const records = [{ text: 'Heel blij 😊\nmet "de app"' }, { text: 'ﺷﻜﺮﺍ', n: 2 }];

    const lines = decodeJsonLinesGz(encodeJsonLinesGz(records), 'k');

    expect(lines.map((l) => l.value)).toEqual(records);
    expect(lines.map((l) => l.lineNumber)).toEqual([1, 2]);
  });

  it('reports a bad line with its number and keeps the good ones', () => {
    const bytes = gzipSync('{"a":1}\n{"a":\n\n{"a":3}\n');

    const lines = decodeJsonLinesGz(bytes, 'k');

    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({ lineNumber: 2, error: expect.stringContaining('line 2 is not valid JSON') });
    expect(lines[2]).toMatchObject({ lineNumber: 4, value: { a: 3 } });
  });

  it('throws ObjectReadError naming the key when the gzip is truncated', () => {
    const bytes = encodeJsonLinesGz([{ text: 'x'.repeat(1000) }]);

    expect(() => decodeJsonLinesGz(bytes.slice(0, bytes.length - 10), 'raw/a.jsonl.gz')).toThrow(ObjectReadError);
    expect(() => decodeJsonLinesGz(bytes.slice(0, bytes.length - 10), 'raw/a.jsonl.gz')).toThrow(/raw\/a\.jsonl\.gz/);
  });

  it('encodes an empty list as an empty object', () => {
    expect(decodeJsonLinesGz(encodeJsonLinesGz([]), 'k')).toEqual([]);
  });
});

describe('utcDay and utcHour', () => {
  it('convert offsets to UTC before cutting', () => {
    expect(utcDay('2026-11-21T00:30:00+01:00')).toBe('2026-11-20');
    expect(utcHour('2026-11-21T00:30:00+01:00')).toBe('2026-11-20T23');
  });
});
