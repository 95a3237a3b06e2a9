import { describe, expect, it } from 'vitest';
import { CsvFormatError, csvRows, decodeText, detectDelimiter, parseCsv } from '../../../../lambdas/core/collect/sources/csv.ts';

const fields = (text: string) => parseCsv(text).records.map((record) => record.fields);

describe('parseCsv', () => {
  it('keeps the delimiter inside a quoted field', () => {
    expect(fields('a,b\n"1,5",x')).toEqual([
      ['a', 'b'],
      ['1,5', 'x'],
    ]);
  });

  it('keeps line breaks inside a quoted field (CRLF and LF)', () => {
    expect(fields('tekst,n\r\n"regel 1\r\nregel 2\nregel 3",1\r\n')).toEqual([
      ['tekst', 'n'],
      ['regel 1\r\nregel 2\nregel 3', '1'],
    ]);
  });

  it('turns doubled quotes into one quote', () => {
    expect(fields('a\n"hij zei ""hoi"""')).toEqual([['a'], ['hij zei "hoi"']]);
  });

  it('keeps a quote inside an unquoted field as written', () => {
    expect(fields('a,b\n5" scherm,x')).toEqual([
      ['a', 'b'],
      ['5" scherm', 'x'],
    ]);
  });

  it('ignores a leading byte-order mark', () => {
    expect(fields('\uFEFFNaam,Score\nJan,4')[0]).toEqual(['Naam', 'Score']);
  });

  it('skips blank lines and keeps empty fields', () => {
    expect(fields('a,b\n\n1,\n\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });

  it('reports the line each record starts on, counting line breaks inside quotes', () => {
    expect(parseCsv('a\n"x\ny"\nz').records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('detects ; as the delimiter of a Dutch spreadsheet export', () => {
    expect(parseCsv('Naam;Toelichting\nJan;"Goed, snel"').records[1]?.fields).toEqual(['Jan', 'Goed, snel']);
  });

  it('throws CsvFormatError naming the line of a quote that never closes', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(new CsvFormatError('the quoted field that starts on line 2 is never closed'));
  });
});

describe('detectDelimiter', () => {
  it('picks the separator that occurs most outside quotes in the header', () => {
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });
});

describe('decodeText', () => {
  const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));

  it('decodes UTF-16LE with a byte-order mark, as the Play Console writes it', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...utf16le('Star Rating,Review Text\n5,Top 👍')]))).toBe('Star Rating,Review Text\n5,Top 👍');
  });

  it('decodes UTF-16LE without a byte-order mark', () => {
    expect(decodeText(utf16le('Naam,Tekst'))).toBe('Naam,Tekst');
  });

  it('decodes UTF-16BE with a byte-order mark', () => {
    const le = utf16le('Hé');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toBe('Hé');
  });

  it('decodes UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('één')]))).toBe('één');
    expect(decodeText(new Uint8Array(Buffer.from('één')))).toBe('één');
  });
});

describe('csvRows', () => {
  it('keys rows by the trimmed header and pads short rows', () => {
    expect(csvRows(' Naam ,Score\nJan').rows).toEqual([{ line: 2, values: { Naam: 'Jan', Score: '' } }]);
  });

  it('reports a row with more fields than the header instead of guessing', () => {
    expect(csvRows('a,b\n1,2,3').problems).toEqual([{ line: 2, fields: ['1', '2', '3'], reason: 'line 2 has 3 fields but the header has 2; check the quotes on that line' }]);
  });
});
