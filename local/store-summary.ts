import { decodeJsonLinesGz } from '../lambdas/core/codec.ts';
import { decodeCuratedFeedback } from '../lambdas/core/curated-format.ts';
import type { AggregateStore, FeedbackStore } from '../lambdas/core/ports.ts';
import { type EnrichedItem, EnrichedItemSchema } from '../lambdas/core/schema/feedback.ts';
import { PREFIX } from '../lambdas/core/storage-contract.ts';

/** A quarantined record as listed in the report. */
export interface QuarantineEntry {
  key: string;
  source: string;
  stage: string;
  reason: string;
  origin: string;
}

/** What the stores hold after a run: the numbers the report and the tests read. */
export interface StoreSummary {
  curatedObjects: number;
  curatedItems: number;
  /** Distinct item ids in curated/ (equal to curatedItems when nothing is duplicated). */
  distinctIds: number;
  rawObjects: number;
  rawLines: number;
  byChannel: Record<string, number>;
  bySource: Record<string, number>;
  byLanguage: Record<string, number>;
  sentiment: Record<string, number>;
  emotions: Record<string, number>;
  topics: Record<string, number>;
  signals: Record<string, number>;
  piiRedacted: number;
  quarantine: QuarantineEntry[];
  /** Sum of `count` over the all#all DAY rows: must equal curatedItems. */
  aggregateTotal: number;
}

/** The validated items of one curated object; throws if any row is invalid. */
async function decodeCurated(store: FeedbackStore, key: string): Promise<EnrichedItem[]> {
  return (await decodeCuratedFeedback(await store.getObject(key), key, (v) => EnrichedItemSchema.safeParse(v))).map((decoded) => {
    if (!decoded.ok) throw new Error(decoded.reason);
    return decoded.item;
  });
}

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/** Reads every curated item (validated) from the store. */
export async function* curatedItems(store: FeedbackStore): AsyncIterable<EnrichedItem> {
  for await (const key of store.listKeys(PREFIX.curatedFeedback)) {
    for (const decoded of await decodeCurated(store, key)) yield decoded;
  }
}

/** Summarises what the stores hold, straight from S3 and DynamoDB. */
export async function summariseStores(store: FeedbackStore, aggregates: AggregateStore): Promise<StoreSummary> {
  const summary: StoreSummary = {
    curatedObjects: 0,
    curatedItems: 0,
    distinctIds: 0,
    rawObjects: 0,
    rawLines: 0,
    byChannel: {},
    bySource: {},
    byLanguage: {},
    sentiment: {},
    emotions: {},
    topics: {},
    signals: {},
    piiRedacted: 0,
    quarantine: [],
    aggregateTotal: 0,
  };
  const ids = new Set<string>();
  for await (const key of store.listKeys(PREFIX.curatedFeedback)) {
    summary.curatedObjects += 1;
    for (const item of await decodeCurated(store, key)) {
      summary.curatedItems += 1;
      ids.add(item.id);
      bump(summary.byChannel, item.channel);
      bump(summary.bySource, item.source);
      bump(summary.byLanguage, item.language);
      bump(summary.sentiment, item.sentiment.label);
      for (const emotion of item.emotions) if (emotion.score >= 0.3) bump(summary.emotions, emotion.name);
      for (const topic of item.topics) bump(summary.topics, topic);
      for (const [signal, on] of Object.entries(item.signals)) if (on) bump(summary.signals, signal);
      summary.piiRedacted += item.pii.redacted;
    }
  }
  summary.distinctIds = ids.size;
  for await (const key of store.listKeys(PREFIX.raw)) {
    summary.rawObjects += 1;
    summary.rawLines += decodeJsonLinesGz(await store.getObject(key), key).length;
  }
  for await (const key of store.listKeys(PREFIX.quarantine)) {
    const record = JSON.parse(Buffer.from(await store.getObject(key)).toString('utf8')) as {
      reason: string;
      source: string;
      stage: string;
      origin: { object: string; record?: number; line?: number };
    };
    const position = record.origin.record !== undefined ? ` #${record.origin.record}` : record.origin.line !== undefined ? ` line ${record.origin.line}` : '';
    summary.quarantine.push({ key, source: record.source, stage: record.stage, reason: record.reason, origin: `${record.origin.object}${position}` });
  }
  for (const row of await aggregates.rowsBetween('all#all', 'DAY#0000', 'DAY#9999')) summary.aggregateTotal += row.counters.count ?? 0;
  return summary;
}
