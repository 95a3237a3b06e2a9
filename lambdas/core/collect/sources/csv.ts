import { FeedbackMinerError } from '../../errors.ts';

/** Field separators the inbox accepts; Dutch spreadsheet exports use `;`. */
export type CsvDelimiter = ',' | ';' | '\t';

/** One CSV record (a row) and the line it starts on (1-based), for reasons a person can find. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** A CSV document that cannot be parsed at all (e.g. a quote that never closes). */
export class CsvFormatError extends FeedbackMinerError {
  constructor(message: string) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

/**
 * Decodes an uploaded text file: UTF-16LE or UTF-16BE by their byte-order mark (the Play Console
 * review export is UTF-16LE with a BOM), UTF-8 with or without a BOM, and UTF-16LE without a BOM
 * when every second byte of the start is zero. The BOM is not part of the result.
 *
 * @example
 * decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])); // 'A'
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (looksLikeUtf16Le(bytes)) return new TextDecoder('utf-16le').decode(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length - (bytes.length % 2), 64);
  if (sample < 4) return false;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index + 1] !== 0 || bytes[index] === 0) return false;
  }
  return true;
}

/**
 * Guesses the delimiter from the header line: whichever of `,` `;` and tab occurs most often
 * outside quotes (`,` on a tie or when there is none).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  const best = (Object.entries(counts) as [CsvDelimiter, number][]).sort((a, b) => b[1] - a[1])[0];
  return best !== undefined && best[1] > 0 && best[1] > counts[','] ? best[0] : ',';
}

/**
 * Parses CSV text (RFC 4180 plus what real exports do): fields in double quotes may contain the
 * delimiter, line breaks (CRLF, LF or CR) and doubled quotes (`""` for `"`); a leading BOM is
 * ignored; blank lines are skipped; the delimiter is detected from the header unless given. A
 * quote inside an unquoted field is kept as written. Throws CsvFormatError for a quoted field
 * that never closes.
 *
 * @example
 * parseCsv('Naam;Tekst\r\n"Jan";"Zei ""hoi""\nen ging"').records.map((r) => r.fields);
 * // [['Naam', 'Tekst'], ['Jan', 'Zei "hoi"\nen ging']]
 */
export function parseCsv(input: string, options: { delimiter?: CsvDelimiter } = {}): { delimiter: CsvDelimiter; records: CsvRecord[] } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  let quotedFrom = 0;

  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };

  while (index < text.length) {
    const char = text[index] as string;
    if (char === '"' && field === '') {
      // Quoted field: read up to the closing quote.
      quotedFrom = line;
      index += 1;
      let closed = false;
      while (index < text.length) {
        const inner = text[index] as string;
        if (inner === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          const after = text[index + 1];
          if (after === undefined || after === delimiter || after === '\n' || after === '\r') {
            index += 1;
            closed = true;
            break;
          }
          // A stray quote inside a quoted field: keep it, as spreadsheet tools do.
          field += '"';
          index += 1;
          continue;
        }
        if (inner === '\r' || inner === '\n') {
          line += 1;
          if (inner === '\r' && text[index + 1] === '\n') {
            field += '\r\n';
            index += 2;
            continue;
          }
        }
        field += inner;
        index += 1;
      }
      if (!closed) throw new CsvFormatError(`the quoted field that starts on line ${quotedFrom} is never closed`);
      continue;
    }
    if (char === delimiter) {
      fields.push(field);
      field = '';
      index += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    field += char;
    index += 1;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { delimiter, records };
}

/** One data row keyed by the header's column names. */
export interface CsvRow {
  /** Line the row starts on (1-based; the header is line 1 in most files). */
  line: number;
  values: Record<string, string>;
}

/** A row that cannot be mapped to the header, with why. */
export interface CsvRowProblem {
  line: number;
  reason: string;
  fields: string[];
}

/**
 * Parses CSV text into rows keyed by the header (the first record; names are trimmed). A row
 * with fewer fields than the header gets empty strings for the rest; a row with more fields is a
 * problem (usually a broken quote), reported with its line instead of being guessed at.
 */
export function csvRows(text: string, options: { delimiter?: CsvDelimiter } = {}): { header: string[]; rows: CsvRow[]; problems: CsvRowProblem[] } {
  const { records } = parseCsv(text, options);
  const [first, ...rest] = records;
  const header = (first?.fields ?? []).map((name) => name.trim());
  const rows: CsvRow[] = [];
  const problems: CsvRowProblem[] = [];
  for (const record of rest) {
    if (record.fields.length > header.length) {
      problems.push({ line: record.line, fields: record.fields, reason: `line ${record.line} has ${record.fields.length} fields but the header has ${header.length}; check the quotes on that line` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, column) => {
      values[name] = record.fields[column] ?? '';
    });
    rows.push({ line: record.line, values });
  }
  return { header, rows, problems };
}
