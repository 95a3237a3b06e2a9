import { utcDay, utcHour } from '../codec.ts';
import type { AggregateKey } from '../ports.ts';
import { EMOTIONS, type EnrichedItem } from '../schema/feedback.ts';

/** An emotion counts for an item when its score reaches this level. */
export const EMOTION_PRESENT = 0.3;

/** The dimensions every item is counted under (DESIGN.md §3). */
export const DIMENSIONS = ['all', 'channel', 'source', 'product', 'language', 'topic'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The counters one item adds to every row it belongs to. */
export function itemCounters(item: EnrichedItem): Record<string, number> {
  const counters: Record<string, number> = {
    count: 1,
    positive: item.sentiment.label === 'POSITIVE' ? 1 : 0,
    negative: item.sentiment.label === 'NEGATIVE' ? 1 : 0,
    neutral: item.sentiment.label === 'NEUTRAL' ? 1 : 0,
    mixed: item.sentiment.label === 'MIXED' ? 1 : 0,
    sumPositive: item.sentiment.scores.positive,
    sumNegative: item.sentiment.scores.negative,
    churnRisk: item.signals.churnRisk ? 1 : 0,
    effort: item.signals.effort ? 1 : 0,
    escalation: item.signals.escalationRequested ? 1 : 0,
    botLoop: item.signals.botLoop ? 1 : 0,
    frustratedOrAngry: item.emotions.some((e) => (e.name === 'frustration' || e.name === 'anger') && e.score >= EMOTION_PRESENT) ? 1 : 0,
    piiRedacted: item.pii.redacted,
  };
  if (item.rating !== undefined) {
    counters.ratingCount = 1;
    counters.ratingSum = item.rating;
  }
  for (const emotion of EMOTIONS) {
    const score = item.emotions.find((e) => e.name === emotion)?.score ?? 0;
    counters[`emotion_${emotion}`] = score >= EMOTION_PRESENT ? 1 : 0;
  }
  return counters;
}

/** The `pk` values an item is counted under: `all#all`, `channel#review`, `topic#levering`, … */
export function itemDimensionKeys(item: EnrichedItem): string[] {
  const keys = ['all#all', `channel#${item.channel}`, `source#${item.source}`, `language#${item.language}`];
  if (item.product) keys.push(`product#${item.product}`);
  for (const topic of new Set(item.topics)) keys.push(`topic#${topic}`);
  return keys;
}

/** The period sort keys of an item: its UTC hour and day. */
export function periodKeys(createdAt: string): { hour: string; day: string } {
  return { hour: `HOUR#${utcHour(createdAt)}`, day: `DAY#${utcDay(createdAt)}` };
}

/** A row's summed counters, with the HOUR/DAY key it belongs to. */
export interface RowDelta {
  key: AggregateKey;
  counters: Record<string, number>;
}

/**
 * Sums the counters of a set of items per aggregate row, so one curated object becomes one
 * write per row it touches (not one per item). Zero counters are left out.
 */
export function sumRows(items: Iterable<EnrichedItem>): RowDelta[] {
  const rows = new Map<string, RowDelta>();
  for (const item of items) {
    const counters = itemCounters(item);
    const { hour, day } = periodKeys(item.createdAt);
    for (const pk of itemDimensionKeys(item)) {
      for (const sk of [hour, day]) {
        const id = `${pk}|${sk}`;
        let row = rows.get(id);
        if (!row) {
          row = { key: { pk, sk }, counters: {} };
          rows.set(id, row);
        }
        for (const [name, value] of Object.entries(counters)) {
          if (value !== 0) row.counters[name] = (row.counters[name] ?? 0) + value;
        }
      }
    }
  }
  return [...rows.values()];
}
