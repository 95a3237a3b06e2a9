import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, csvRows, decodeText, parseCsv } from '../../../lambdas/core/collect/sources/csv.ts';
import { safeCell, toCsv } from '../../../local/local-athena.ts';
import { anyBytes, nastyText, RUNS } from './fuzz-helpers.ts';

/** A cell as spreadsheet tools write it: quoted when it must be (or always; a leading U+FEFF would read as a BOM). */
function cell(value: string, delimiter: string, quoteAll: boolean): string {
  return quoteAll || value.includes(delimiter) || /^\uFEFF|["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Cells a real export can hold, the 1 MB text aside (it has its own tests elsewhere). */
const cellText = nastyText.filter((text) => text.length < 100_000);

const table = fc.record({
  rows: fc.integer({ min: 2, max: 5 }).chain((columns) => fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 5 })),
  delimiter: fc.constantFrom(',', ';', '\t'),
  quoteAll: fc.boolean(),
  bom: fc.boolean(),
  newline: fc.constantFrom('\n', '\r\n'),
});

/** A formula a spreadsheet would run: starts with = + - @ (or a tab/CR before one), and is not a plain number. */
const isFormula = (text: string) => /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text);

describe('parseCsv', () => {
  it('reads back every cell exactly, whatever it holds (quoted newlines, delimiters, quotes, BOM, formulas)', () => {
    fc.assert(
      fc.property(table, ({ rows, delimiter, quoteAll, bom, newline }) => {
        const text = `${bom ? '\uFEFF' : ''}${rows.map((row) => row.map((value) => cell(value, delimiter, quoteAll)).join(delimiter)).join(newline)}${newline}`;

        expect(parseCsv(text, { delimiter }).records.map((record) => record.fields)).toEqual(rows);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('throws nothing but CsvFormatError on any text', () => {
    fc.assert(
      fc.property(fc.oneof(nastyText, fc.array(fc.constantFrom('"', ',', ';', '\n', '\r', 'a', '""', '\uFEFF'), { maxLength: 30 }).map((parts) => parts.join(''))), (text) => {
        try {
          const { records } = parseCsv(text);
          expect(Array.isArray(records)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(CsvFormatError);
          expect((error as Error).message).toMatch(/^the quoted field that starts on line \d+ is never closed$/);
        }
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('maps every data row to the header or reports it with its line', () => {
    fc.assert(
      fc.property(table, ({ rows, delimiter, quoteAll, newline }) => {
        const text = rows.map((row) => row.map((value) => cell(value, delimiter, quoteAll)).join(delimiter)).join(newline);
        const records = parseCsv(text, { delimiter }).records;
        const { rows: mapped, problems } = csvRows(text, { delimiter });

        expect(mapped.length + problems.length).toBe(Math.max(0, records.length - 1));
      }),
      { numRuns: RUNS.normal },
    );
  });
});

describe('decodeText', () => {
  it('decodes any bytes (invalid UTF-8, odd-length UTF-16, BOMs) without throwing and without keeping a BOM', () => {
    const withBom = fc.tuple(fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), anyBytes).map(([bom, body]) => new Uint8Array([...bom, ...body]));
    fc.assert(
      fc.property(withBom, (bytes) => {
        const text = decodeText(bytes);
        expect(typeof text).toBe('string');
        expect(text.charCodeAt(0)).not.toBe(0xfeff);
      }),
      { numRuns: RUNS.cheap },
    );
  });
});

describe('CSV export of query results', () => {
  const value = fc.oneof(cellText, fc.double(), fc.integer(), fc.constant(null), fc.boolean(), fc.array(cellText, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }));

  it('never starts a cell with = + - @ (or tab/CR) unless it is a plain number', () => {
    fc.assert(
      fc.property(value, (input) => {
        expect(isFormula(safeCell(input))).toBe(false);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('keeps formula-looking text visible: only a leading quote is added', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const safe = safeCell(text);
        expect(safe === text || safe === `'${text}`).toBe(true);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('writes CSV that a spreadsheet reads back cell for cell, with no formula in any cell, header included', () => {
    const result = fc.uniqueArray(cellText.filter((name) => !name.startsWith('\uFEFF')), { minLength: 2, maxLength: 4 }).chain((columns) =>
      fc.array(fc.tuple(...columns.map(() => value)), { minLength: 1, maxLength: 4 }).map((rows) => ({ columns, rows: rows.map((cells) => Object.fromEntries(columns.map((column, index) => [column, cells[index]]))) })),
    );
    fc.assert(
      fc.property(result, (query) => {
        const [header, ...rows] = parseCsv(toCsv(query), { delimiter: ',' }).records.map((record) => record.fields);

        expect(header).toEqual(query.columns.map(safeCell));
        expect(rows).toEqual(query.rows.map((row) => query.columns.map((column) => safeCell(row[column]))));
        for (const fields of [header ?? [], ...rows]) for (const field of fields) expect(isFormula(field), field).toBe(false);
      }),
      { numRuns: RUNS.normal },
    );
  });
});
