import { describe, expect, it } from 'vitest';
import { safeCell, toCsv, toTable } from '../../../local/local-athena.ts';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas, but keeps numbers', () => {
    expect(safeCell('=HYPERLINK("http://evil","klik")')).toBe('\'=HYPERLINK("http://evil","klik")');
    expect(safeCell('+31 6 …')).toBe("'+31 6 …");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('-1')).toBe('-1');
    expect(safeCell('-2.5')).toBe('-2.5');
    expect(safeCell('gewoon tekst')).toBe('gewoon tekst');
  });

  it('quotes commas, quotes and newlines per RFC 4180', () => {
    const csv = toCsv({ columns: ['a', 'b'], rows: [{ a: 'x, "y"', b: 'regel 1\nregel 2' }, { a: null, b: ['levering'] }] });

    expect(csv).toBe('a,b\r\n"x, ""y""","regel 1\nregel 2"\r\n,"[""levering""]"\r\n');
  });
});

describe('table output', () => {
  it('aligns columns, cuts long cells and counts rows', () => {
    const table = toTable({ columns: ['topic', 'n'], rows: [{ topic: 'levering', n: '22' }, { topic: 'x'.repeat(100), n: '-1' }] }, 10);

    expect(table.split('\n')).toEqual(['topic       n', '──────────  ──', 'levering    22', 'xxxxxxxxx…  -1', '(2 rows)']);
  });
});
