import type { AggregateStore } from '../ports.ts';
import { EMOTIONS } from '../schema/feedback.ts';

/** Every dimension's DAY counters for one UTC day: `pk -> counters`. */
export type DayRows = Map<string, Record<string, number>>;

/** `YYYY-MM-DD` of the day `offset` days after `day` (negative for before). */
export function addDays(day: string, offset: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The `count` consecutive days ending with `lastDay`, oldest first. */
export function dayRange(lastDay: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(lastDay, i - count + 1));
}

/** Loads the DAY rows of every dimension for the given days (one index query per day). */
export async function loadDays(aggregates: AggregateStore, days: readonly string[]): Promise<Map<string, DayRows>> {
  const result = new Map<string, DayRows>();
  for (const day of days) {
    const rows: DayRows = new Map();
    for (const row of await aggregates.rowsForPeriod(`DAY#${day}`)) rows.set(row.pk, row.counters);
    result.set(day, rows);
  }
  return result;
}

/** The most recent day that has any data, or undefined when the table is empty. */
export async function latestDayWithData(aggregates: AggregateStore): Promise<string | undefined> {
  const rows = await aggregates.rowsBetween('all#all', 'DAY#0000', 'DAY#9999');
  return rows.at(-1)?.sk.slice(4);
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** A text sparkline of a series, scaled to its own maximum ('·' for zero). */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (v <= 0 || max === 0 ? '·' : BLOCKS[Math.min(7, Math.floor((v / max) * 7.999))])).join('');
}

/** Sentiment split of a counters row, as shares of its count. */
export function sentimentShares(counters: Record<string, number> | undefined): { positive: number; negative: number; neutral: number; mixed: number; count: number } {
  const count = counters?.count ?? 0;
  const share = (name: string) => (count ? (counters?.[name] ?? 0) / count : 0);
  return { positive: share('positive'), negative: share('negative'), neutral: share('neutral'), mixed: share('mixed'), count };
}

/** A topic whose volume rose against its recent average. */
export interface RisingTopic {
  topic: string;
  count: number;
  /** Average per day over the previous 7 days. */
  average: number;
  negativeShare: number;
}

/** What the daily digest reports for one day. */
export interface Digest {
  day: string;
  volume: number;
  sentiment: ReturnType<typeof sentimentShares>;
  previousDay: ReturnType<typeof sentimentShares>;
  sameDayLastWeek: ReturnType<typeof sentimentShares>;
  risingTopics: RisingTopic[];
  dominantEmotions: { name: string; count: number }[];
  churnRisk: number;
  botLoop: number;
  /** Per channel: counts of the last 7 days (oldest first). */
  channels: { channel: string; counts: number[] }[];
}

/**
 * Builds the digest of `day` from the DAY rows of that day and the 7 before it: volume and
 * sentiment vs the previous day and the same day last week, topics rising against their 7-day
 * average (at least 3 items and 1.5× the average), dominant emotions, churn-risk and bot-loop
 * counts, and each channel's last 7 days.
 */
export function buildDigest(day: string, rowsByDay: ReadonlyMap<string, DayRows>): Digest {
  const rowsOf = (d: string) => rowsByDay.get(d) ?? new Map<string, Record<string, number>>();
  const today = rowsOf(day);
  const all = today.get('all#all');
  const previousWeek = dayRange(addDays(day, -1), 7);
  const risingTopics: RisingTopic[] = [];
  for (const [pk, counters] of today) {
    if (!pk.startsWith('topic#')) continue;
    const count = counters.count ?? 0;
    const average = previousWeek.reduce((sum, d) => sum + (rowsOf(d).get(pk)?.count ?? 0), 0) / 7;
    if (count >= 3 && count >= 1.5 * Math.max(average, 1)) {
      risingTopics.push({ topic: pk.slice(6), count, average, negativeShare: count ? (counters.negative ?? 0) / count : 0 });
    }
  }
  risingTopics.sort((a, b) => b.count / Math.max(b.average, 1) - a.count / Math.max(a.average, 1) || b.count - a.count);
  const dominantEmotions = EMOTIONS.map((name) => ({ name, count: all?.[`emotion_${name}`] ?? 0 }))
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 3);
  const last7 = dayRange(day, 7);
  const channelNames = new Set<string>();
  for (const d of last7) for (const pk of rowsOf(d).keys()) if (pk.startsWith('channel#')) channelNames.add(pk.slice(8));
  return {
    day,
    volume: all?.count ?? 0,
    sentiment: sentimentShares(all),
    previousDay: sentimentShares(rowsOf(addDays(day, -1)).get('all#all')),
    sameDayLastWeek: sentimentShares(rowsOf(addDays(day, -7)).get('all#all')),
    risingTopics: risingTopics.slice(0, 5),
    dominantEmotions,
    churnRisk: all?.churnRisk ?? 0,
    botLoop: all?.botLoop ?? 0,
    channels: [...channelNames].sort().map((channel) => ({ channel, counts: last7.map((d) => rowsOf(d).get(`channel#${channel}`)?.count ?? 0) })),
  };
}
