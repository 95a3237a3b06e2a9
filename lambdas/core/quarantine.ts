import { shortHash } from './collect/ids.ts';
import type { FeedbackStore } from './ports.ts';
import { PREFIX } from './storage-contract.ts';

/** What quarantine/ holds for every record that could not be used: the record and why. */
export interface QuarantineRecord {
  /** Human-readable reason a CX analyst or engineer can act on. */
  reason: string;
  /** Which stage rejected it: collect (normalisation) or enrich (validation). */
  stage: 'collect' | 'enrich';
  source: string;
  /** The document or raw object it came from, and its position there. */
  origin: { object: string; record?: number; line?: number };
  sourceId?: string;
  /** The original record exactly as received (or its text when it was not JSON). */
  raw: unknown;
  quarantinedAt: string;
}

/**
 * The deterministic quarantine key of a record: `quarantine/dt=<day>/<source>/<id>.json`. The id
 * is derived from the record's source id and content (or, without an id, from its origin and
 * position), so a retry or a re-fetch overwrites the same object instead of adding a copy.
 */
export function quarantineKey(record: QuarantineRecord): string {
  const day = record.quarantinedAt.slice(0, 10);
  const position = record.origin.record ?? record.origin.line ?? 0;
  // The same record (same source id and content) read again, from wherever, lands on the same
  // key; a different record, or another version of it, gets its own, so nothing is overwritten.
  const id = record.sourceId
    ? shortHash(`${record.source}#${record.sourceId}#${record.stage}#${shortHash(jsonOf(record.raw) ?? '', 32)}`, 32)
    : shortHash(`${record.origin.object}#${position}`, 32);
  const source = record.source.toLowerCase().replace(/[^a-z0-9-]/g, '-') || 'unknown';
  return `${PREFIX.quarantine}dt=${day}/${source}/${id}.json`;
}

/**
 * JSON of a raw record, or undefined when it cannot be serialised: JSON.stringify overflows the
 * stack on values nested a few thousand levels deep, which a hostile or broken file can hold.
 */
function jsonOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * Writes one quarantine record and returns its key. A raw record too deeply nested to serialise
 * is replaced by a note (its origin still says where the original is), so one poison record
 * cannot fail the whole run.
 */
export async function putQuarantine(store: FeedbackStore, record: QuarantineRecord): Promise<string> {
  const key = quarantineKey(record);
  const storable = jsonOf(record.raw) === undefined && record.raw !== undefined ? { ...record, raw: '(not stored: the record is nested too deeply to serialise; see origin)' } : record;
  await store.putObject(key, JSON.stringify(storable, null, 2), 'application/json');
  return key;
}
