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
    ? shortHash(`${record.source}#${record.sourceId}#${record.stage}#${shortHash(JSON.stringify(record.raw) ?? '', 32)}`, 32)
    : shortHash(`${record.origin.object}#${position}`, 32);
  const source = record.source.toLowerCase().replace(/[^a-z0-9-]/g, '-') || 'unknown';
  return `${PREFIX.quarantine}dt=${day}/${source}/${id}.json`;
}

/** Writes one quarantine record and returns its key. */
export async function putQuarantine(store: FeedbackStore, record: QuarantineRecord): Promise<string> {
  const key = quarantineKey(record);
  await store.putObject(key, JSON.stringify(record, null, 2), 'application/json');
  return key;
}
