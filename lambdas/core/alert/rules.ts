import type { AggregateStore } from '../ports.ts';
import { poissonZ, severityOf, twoProportionZ } from './statistics.ts';

/** The anomaly rules of DESIGN.md §4. */
export type RuleId = 'negativeShare' | 'frustrationShare' | 'churnRisk' | 'botLoop' | 'volume';

/** How one rule reads an aggregate row. */
export interface AlertRule {
  id: RuleId;
  /** What is measured, for messages: "negative share". */
  label: string;
  kind: 'share' | 'volume';
  /** The counter counted against `count` (share rules). */
  counter?: string;
}

/** The default rule set; every rule runs on every dimension that has enough volume. */
export const DEFAULT_RULES: readonly AlertRule[] = [
  { id: 'negativeShare', label: 'negative share', kind: 'share', counter: 'negative' },
  { id: 'frustrationShare', label: 'frustration/anger share', kind: 'share', counter: 'frustratedOrAngry' },
  { id: 'churnRisk', label: 'churn-risk share', kind: 'share', counter: 'churnRisk' },
  { id: 'botLoop', label: 'bot-loop share', kind: 'share', counter: 'botLoop' },
  { id: 'volume', label: 'volume', kind: 'volume' },
];

/** Thresholds of the alert evaluation (from config). */
export interface AlertSettings {
  windowHours: number;
  baselineDays: number;
  minVolume: number;
  zThreshold: number;
  /** Minimum absolute rise of a share over its baseline (0.1 = 10 points). */
  minLift: number;
  rules?: readonly AlertRule[];
}

/** One rule firing on one dimension in one window. */
export interface Finding {
  rule: AlertRule;
  /** `topic#levering` */
  dimension: string;
  windowStart: string;
  windowEnd: string;
  current: { count: number; hits: number; share: number };
  /** The baseline; `dimension` is `all#all` when the dimension's own history was too thin. */
  baseline: { count: number; hits: number; share: number; hours: number; dimension: string };
  /** Expected count in the window from the baseline rate (volume rule). */
  expected?: number;
  z: number;
  severity: 1 | 2 | 3;
}

const HOUR_MS = 3_600_000;
const hourKey = (ms: number) => `HOUR#${new Date(ms).toISOString().slice(0, 13)}`;

function sumCounters(rows: readonly { counters: Record<string, number> }[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const row of rows) for (const [name, value] of Object.entries(row.counters)) total[name] = (total[name] ?? 0) + value;
  return total;
}

/** How specific a dimension is, to pick the headline of a window's findings. */
export function specificity(dimension: string): number {
  const kind = dimension.split('#')[0];
  return kind === 'topic' ? 4 : kind === 'source' || kind === 'product' ? 3 : kind === 'all' ? 1 : 2;
}

/**
 * Evaluates every rule on every dimension active in the window that ends at `windowEnd`,
 * against the same dimension's previous `baselineDays` (for shares: all feedback's, when the
 * dimension's own history has less than the minimum volume). A rule fires only when the window has
 * the minimum volume, the rise is significant (z ≥ threshold) and, for shares, at least
 * `minLift` above the baseline. Findings come strongest first.
 */
export async function evaluateWindow(windowEnd: Date, aggregates: AggregateStore, settings: AlertSettings): Promise<Finding[]> {
  const endMs = Math.floor(windowEnd.getTime() / HOUR_MS) * HOUR_MS;
  const startMs = endMs - settings.windowHours * HOUR_MS;
  const current = new Map<string, Record<string, number>[]>();
  for (let hour = startMs; hour < endMs; hour += HOUR_MS) {
    for (const row of await aggregates.rowsForPeriod(hourKey(hour))) {
      const list = current.get(row.pk) ?? [];
      list.push(row.counters);
      current.set(row.pk, list);
    }
  }
  const baselineHours = settings.baselineDays * 24;
  const baselineFrom = hourKey(startMs - baselineHours * HOUR_MS);
  const baselineTo = hourKey(startMs - HOUR_MS);
  const findings: Finding[] = [];
  const baselines = new Map<string, Record<string, number>>();
  const baselineOf = async (dimension: string) => {
    let base = baselines.get(dimension);
    if (!base) {
      base = sumCounters(await aggregates.rowsBetween(dimension, baselineFrom, baselineTo));
      baselines.set(dimension, base);
    }
    return base;
  };
  for (const [dimension, rows] of current) {
    const now = sumCounters(rows.map((counters) => ({ counters })));
    const count = now.count ?? 0;
    if (count < settings.minVolume) continue;
    const own = await baselineOf(dimension);
    // A share is compared with the dimension's own history, or with all feedback when that is
    // too thin (a new topic): "88% negative where 22% is normal" is still the news.
    const shareBaseline = (own.count ?? 0) >= settings.minVolume || dimension === 'all#all' ? { counters: own, dimension } : { counters: await baselineOf('all#all'), dimension: 'all#all' };
    for (const rule of settings.rules ?? DEFAULT_RULES) {
      let z: number;
      let hits: number;
      let baseHits: number;
      let baseCount: number;
      let baseDimension = dimension;
      let expected: number | undefined;
      if (rule.kind === 'volume') {
        hits = count;
        baseCount = own.count ?? 0;
        baseHits = baseCount;
        expected = (baseCount / baselineHours) * settings.windowHours;
        z = poissonZ(count, expected);
      } else {
        hits = now[rule.counter ?? ''] ?? 0;
        baseCount = shareBaseline.counters.count ?? 0;
        baseHits = shareBaseline.counters[rule.counter ?? ''] ?? 0;
        baseDimension = shareBaseline.dimension;
        // Without a baseline there is nothing to be significantly above.
        if (baseCount < settings.minVolume) continue;
        if (hits / count - baseHits / baseCount < settings.minLift) continue;
        z = twoProportionZ(hits, count, baseHits, baseCount);
      }
      const severity = severityOf(z, settings.zThreshold);
      if (severity === 0) continue;
      findings.push({
        rule,
        dimension,
        windowStart: new Date(startMs).toISOString(),
        windowEnd: new Date(endMs).toISOString(),
        current: { count, hits, share: hits / count },
        baseline: { count: baseCount, hits: baseHits, share: baseCount ? baseHits / baseCount : 0, hours: baselineHours, dimension: baseDimension },
        ...(expected !== undefined ? { expected } : {}),
        z,
        severity,
      });
    }
  }
  const kindRank = (f: Finding) => (f.rule.kind === 'share' ? 1 : 0);
  return findings.sort((a, b) => b.severity - a.severity || specificity(b.dimension) - specificity(a.dimension) || kindRank(b) - kindRank(a) || b.z - a.z);
}
