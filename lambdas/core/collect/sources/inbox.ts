import type { Channel } from '../../schema/feedback.ts';
import { feedbackId, hashAuthor, shortHash } from '../ids.ts';
import type { NormaliseContext, NormaliseResult } from '../source-format.ts';
import { type CsvDelimiter, CsvFormatError, csvRows, decodeText } from './csv.ts';
import type { ExportEntry, ExportFormat, ExportProblem } from './export-format.ts';
import { GOOGLE_PLAY_SOURCE } from './googleplay.ts';
import { normalisePlayConsoleRow, PLAY_CONSOLE_COLUMNS } from './googleplay-csv.ts';
import { checkedItem, isoFromMillis, isRecord, nonEmpty, rejected } from './shared.ts';

/**
 * Which column (CSV header) or key (JSONL, dotted paths allowed) holds each FeedbackItem field,
 * e.g. `{ text: 'Review Text', rating: 'Star Rating', createdAt: 'Review Submit Date and Time' }`.
 */
export interface InboxMapping {
  text: string;
  createdAt: string;
  sourceId?: string;
  title?: string;
  rating?: string;
  author?: string;
  language?: string;
  url?: string;
  product?: string;
}

/** What a mapped inbox format produces. */
export interface MappedFormatOptions {
  /** FeedbackItem `source`, e.g. `upload` or `survey`. */
  source: string;
  channel: Channel;
  mapping: InboxMapping;
  /** Force a CSV delimiter instead of detecting it. */
  delimiter?: CsvDelimiter;
}

/** A row or line handed to a normaliser: its position and its values by column or key. */
export interface MappedRecord {
  line: number;
  values: Record<string, unknown>;
}

const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const LOCAL_ISO = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * Reads the date formats exports use: ISO-8601 (with or without an offset; without one, or with a
 * space instead of `T`, the time is taken as UTC), epoch milliseconds or seconds, and day-first
 * dates (`20-11-2026 14:05`, `20/11/2026`, `20.11.2026`, as Dutch tools write them). Anything else
 * is returned unchanged, so validation quotes it in the reason.
 *
 * @example
 * parseDateValue('20-11-2026 14:05'); // '2026-11-20T14:05:00.000Z'
 */
export function parseDateValue(value: string): string {
  const text = value.trim();
  if (/^\d{12,14}$/.test(text)) return isoFromMillis(Number(text)) ?? value;
  if (/^\d{9,11}$/.test(text)) return isoFromMillis(Number(text) * 1000) ?? value;
  const dayFirst = text.match(DAY_FIRST);
  if (dayFirst) {
    const [, day, month, year, hour = '0', minute = '0', second = '0'] = dayFirst;
    const millis = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
    const date = new Date(millis);
    return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? date.toISOString() : value;
  }
  const local = text.match(LOCAL_ISO);
  const candidate = local ? `${local[1]}T${local[2]}Z` : /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(candidate)) return value;
  const parsed = new Date(candidate);
  return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString();
}

/** `4`, `4.0`, `4,0` and `4/5` are 4; anything else is returned as text so validation names it. */
export function parseRatingValue(value: string): number | string {
  const match = value.trim().match(/^(\d+)(?:[.,]0+)?(?:\s*\/\s*5)?$/);
  return match ? Number(match[1]) : value.trim();
}

function valueAt(values: Record<string, unknown>, path: string): string | undefined {
  let current: unknown = path in values ? values[path] : undefined;
  if (current === undefined && path.includes('.')) {
    current = values;
    for (const key of path.split('.')) current = isRecord(current) ? current[key] : undefined;
  }
  if (current === undefined || current === null) return undefined;
  if (typeof current === 'string') return current;
  if (typeof current === 'number' || typeof current === 'boolean') return String(current);
  try {
    return JSON.stringify(current);
  } catch {
    // Nested too deeply to serialise (a stack overflow): as unusable as a missing value.
    return undefined;
  }
}

/**
 * Normalises one mapped row or line of an uploaded export. The id is the `sourceId` column when
 * mapped and filled, else a hash of the date and text, so uploading the same rows again does
 * not duplicate them. Text is kept exactly as written (a leading `=`, `+`, `-` or `@` included):
 * it is data here, and must be escaped by whatever writes it back into a spreadsheet.
 *
 * @example
 * normaliseMappedRecord({ source: 'upload', channel: 'review', mapping }, { line: 2, values: row }, ctx);
 */
export function normaliseMappedRecord(options: MappedFormatOptions, record: unknown, ctx: NormaliseContext): NormaliseResult {
  if (!isRecord(record) || typeof record.line !== 'number' || !isRecord(record.values)) return rejected('not a mapped row', record);
  const { mapping, source } = options;
  const values = record.values;
  const where = `line ${record.line}`;
  const text = valueAt(values, mapping.text);
  const createdAt = valueAt(values, mapping.createdAt);
  if (text === undefined) return rejected(`${where}: has no '${mapping.text}' (mapped as text)`, record);
  if (createdAt === undefined || createdAt.trim() === '') return rejected(`${where}: has no '${mapping.createdAt}' (mapped as createdAt)`, record);
  const given = mapping.sourceId ? nonEmpty(valueAt(values, mapping.sourceId)) : undefined;
  const sourceId = given ?? `sha-${shortHash(`${createdAt.trim()}\u0000${text.trim()}`, 32)}`;
  const rating = mapping.rating ? nonEmpty(valueAt(values, mapping.rating)) : undefined;
  const author = mapping.author ? nonEmpty(valueAt(values, mapping.author)) : undefined;
  const candidate = {
    id: feedbackId(source, sourceId),
    source,
    channel: options.channel,
    sourceId,
    url: mapping.url ? nonEmpty(valueAt(values, mapping.url)) : undefined,
    product: (mapping.product ? nonEmpty(valueAt(values, mapping.product)) : undefined) ?? ctx.product,
    text,
    title: mapping.title ? nonEmpty(valueAt(values, mapping.title)) : undefined,
    rating: rating === undefined ? undefined : parseRatingValue(rating),
    language: mapping.language ? nonEmpty(valueAt(values, mapping.language)) : undefined,
    author: author === undefined ? undefined : hashAuthor(ctx.authorSalt, author),
    createdAt: parseDateValue(createdAt),
    collectedAt: ctx.collectedAt,
  };
  const fieldNames: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping)) if (column) fieldNames[field] = `'${column}'`;
  return checkedItem(candidate, `${where}${given ? ` (${given})` : ''}`, sourceId, record, fieldNames);
}

function readCsv(key: string, body: Uint8Array, required: readonly string[], delimiter?: CsvDelimiter): { entries: ExportEntry[]; problems: ExportProblem[] } {
  let parsed: ReturnType<typeof csvRows>;
  try {
    parsed = csvRows(decodeText(body), delimiter ? { delimiter } : {});
  } catch (error) {
    const reason = error instanceof CsvFormatError ? error.message : String(error);
    return { entries: [], problems: [{ reason: `${key}: ${reason}`, raw: decodeText(body).slice(0, 100_000), position: 1 }] };
  }
  const missing = required.filter((column) => !parsed.header.includes(column));
  if (missing.length > 0) {
    return {
      entries: [],
      problems: [{ reason: `${key}: the header has no column ${missing.map((c) => `'${c}'`).join(', ')} (it has ${parsed.header.map((c) => `'${c}'`).join(', ')}); fix the file or the column mapping`, raw: parsed.header, position: 1 }],
    };
  }
  return {
    entries: parsed.rows.map((row) => ({ group: `${key}#${row.line}`, raw: row, position: row.line })),
    problems: parsed.problems.map((problem) => ({ reason: `${key}: ${problem.reason}`, raw: problem.fields, position: problem.line })),
  };
}

function readJsonl(key: string, body: Uint8Array, required: readonly string[]): { entries: ExportEntry[]; problems: ExportProblem[] } {
  const entries: ExportEntry[] = [];
  const problems: ExportProblem[] = [];
  decodeText(body)
    .split(/\r?\n/)
    .forEach((text, index) => {
      const line = index + 1;
      if (text.trim() === '') return;
      try {
        const value: unknown = JSON.parse(text);
        if (!isRecord(value)) throw new Error('a line must be a JSON object');
        entries.push({ group: `${key}#${line}`, raw: { line, values: value }, position: line });
      } catch (cause) {
        problems.push({ reason: `${key} line ${line} is not a JSON object (${(cause as Error).message})`, raw: text.slice(0, 10_000), position: line });
      }
    });
  if (entries.length > 0 && required.length > 0) {
    // A mapping that matches no line at all is a configuration mistake: say so once.
    const first = entries[0]?.raw as MappedRecord;
    const missing = required.filter((path) => valueAt(first.values, path) === undefined);
    if (missing.length === required.length) {
      return { entries: [], problems: [{ reason: `${key}: the first line has none of the mapped keys ${missing.map((c) => `'${c}'`).join(', ')}; fix the file or the mapping`, raw: first.values, position: first.line }] };
    }
  }
  return { entries, problems };
}

/**
 * An uploaded CSV export with a column mapping (any tool's export, no code): `,` or `;`
 * delimited (detected), UTF-8 or UTF-16, quoted fields with line breaks; one item per row.
 */
export function mappedCsvFormat(options: MappedFormatOptions): ExportFormat {
  return {
    name: 'mapped-csv',
    source: options.source,
    channel: options.channel,
    groupsSpanObjects: false,
    accepts: (key) => /\.csv$/i.test(key),
    read: (key, body) => readCsv(key, body, [options.mapping.text, options.mapping.createdAt], options.delimiter),
    normalise: (entries, ctx) => normaliseMappedRecord(options, entries[0], ctx),
  };
}

/** An uploaded JSON Lines export with a key mapping; one item per line. */
export function mappedJsonlFormat(options: MappedFormatOptions): ExportFormat {
  return {
    name: 'mapped-jsonl',
    source: options.source,
    channel: options.channel,
    groupsSpanObjects: false,
    accepts: (key) => /\.(jsonl|ndjson)$/i.test(key),
    read: (key, body) => readJsonl(key, body, [options.mapping.text, options.mapping.createdAt]),
    normalise: (entries, ctx) => normaliseMappedRecord(options, entries[0], ctx),
  };
}

/**
 * The Play Console review export (`reviews_<package>_<yyyymm>.csv`, UTF-16LE with a BOM as
 * Google writes it, or re-saved as UTF-8), with its fixed columns; source `googleplay`.
 */
export const playConsoleCsvFormat: ExportFormat = {
  name: 'playconsole-csv',
  source: GOOGLE_PLAY_SOURCE,
  channel: 'review',
  groupsSpanObjects: false,
  accepts: (key) => /\.csv$/i.test(key),
  // Detected, not fixed: a file re-saved by a Dutch spreadsheet uses `;`.
  read: (key, body) => readCsv(key, body, PLAY_CONSOLE_COLUMNS.filter((c) => c === 'Package Name' || c === 'Star Rating' || c === 'Review Text')),
  normalise: (entries, ctx) => normalisePlayConsoleRow(entries[0], ctx),
};
