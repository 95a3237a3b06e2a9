import { gunzipSync, gzipSync } from 'node:zlib';
import { ObjectReadError } from './errors.ts';

/** Encodes records as gzip-compressed JSON Lines, the format of raw/ and curated/ objects. */
export function encodeJsonLinesGz(records: Iterable<unknown>): Uint8Array {
  const parts: string[] = [];
  for (const record of records) parts.push(JSON.stringify(record));
  return gzipSync(parts.length ? `${parts.join('\n')}\n` : '');
}

/** One line of a JSON Lines object: parsed value, or the error that stopped parsing it. */
export type JsonLine = { lineNumber: number; value: unknown; error?: undefined } | { lineNumber: number; value?: undefined; error: string; text: string };

/**
 * Decodes a gzip JSON Lines object line by line. A corrupt or truncated gzip throws
 * ObjectReadError (the whole object is retried, then dead-lettered); a bad line is returned as
 * an error entry so the caller can quarantine that line alone.
 */
export function decodeJsonLinesGz(bytes: Uint8Array, key: string): JsonLine[] {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch (cause) {
    throw new ObjectReadError(`${key} is not a complete gzip object: ${(cause as Error).message}`, { cause });
  }
  const lines: JsonLine[] = [];
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    try {
      lines.push({ lineNumber, value: JSON.parse(line) as unknown });
    } catch (cause) {
      lines.push({ lineNumber, error: `line ${lineNumber} is not valid JSON (${(cause as Error).message})`, text: line.slice(0, 10_000) });
    }
  }
  return lines;
}

/** `YYYY-MM-DD` (UTC) of an ISO timestamp. */
export function utcDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/** `YYYY-MM-DDTHH` (UTC) of an ISO timestamp. */
export function utcHour(iso: string): string {
  return new Date(iso).toISOString().slice(0, 13);
}
