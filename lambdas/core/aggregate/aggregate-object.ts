import { decodeCuratedFeedback } from '../curated-format.ts';
import { shortHash } from '../collect/ids.ts';
import { ObjectReadError } from '../errors.ts';
import type { AggregateStore, FeedbackStore, Log } from '../ports.ts';
import { type EnrichedItem, EnrichedItemSchema } from '../schema/feedback.ts';
import { sumRows } from './rows.ts';

/** The ports aggregation needs. */
export interface AggregateDeps {
  store: FeedbackStore;
  aggregates: AggregateStore;
  log: Log;
}

/** What aggregating one curated object did. */
export interface AggregateResult {
  curatedKey: string;
  items: number;
  rows: number;
  /** Rows this call added to; the rest had already counted this object. */
  applied: number;
  alreadyCounted: number;
}

/** Run at most this many conditional writes at once. */
const WRITE_CONCURRENCY = 8;

/**
 * Adds one curated object's items to the aggregates, exactly once: each row gets one
 * conditional write that adds the counters and records the object's id as a contributor, so a
 * re-delivered event, a retried batch or a concurrent run adds nothing twice.
 */
export async function aggregateCuratedObject(curatedKey: string, deps: AggregateDeps, options: { hourRetentionDays: number }): Promise<AggregateResult> {
  const items: EnrichedItem[] = [];
  for (const decoded of await decodeCuratedFeedback(await deps.store.getObject(curatedKey), curatedKey, (v) => EnrichedItemSchema.safeParse(v))) {
    // Curated objects are written by enrich only; a bad one is a bug or tampering: retry, then dead-letter.
    if (!decoded.ok) throw new ObjectReadError(decoded.reason);
    items.push(decoded.item);
  }
  const contributor = shortHash(curatedKey, 20);
  const rows = sumRows(items);
  let applied = 0;
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++];
      if (!row) break;
      const expiresAt = row.key.sk.startsWith('HOUR#') ? Math.floor(Date.parse(`${row.key.sk.slice(5)}:00:00Z`) / 1000) + 3600 + options.hourRetentionDays * 86_400 : undefined;
      if (await deps.aggregates.addOnce(row.key, row.counters, contributor, expiresAt)) applied += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, rows.length) }, worker));
  const result = { curatedKey, items: items.length, rows: rows.length, applied, alreadyCounted: rows.length - applied };
  deps.log.info('curated object aggregated', { ...result });
  return result;
}
