import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MetricSink } from '../core/ports.ts';

/** Metric namespace of every feedback-miner function. */
export const METRIC_NAMESPACE = 'FeedbackMiner';

/** The Powertools logger and metrics one Lambda uses. */
export interface Observability {
  logger: Logger;
  metrics: Metrics;
}

/** Creates one function's logger and metrics (once per cold start). */
export function createObservability(serviceName: string): Observability {
  return {
    logger: new Logger({ serviceName }),
    metrics: new Metrics({ namespace: METRIC_NAMESPACE, serviceName }),
  };
}

/** Adapts Powertools Metrics to the core's MetricSink (counts only). */
export function metricSink(metrics: Metrics): MetricSink {
  return { count: (name, value) => metrics.addMetric(name, MetricUnit.Count, value) };
}

/** The three counters every collector reports after a run. */
export function countCollected(sink: MetricSink, result: { items: number; quarantined: number; rawObjects: readonly string[] }): void {
  sink.count('ItemsCollected', result.items);
  sink.count('RecordsQuarantined', result.quarantined);
  sink.count('RawObjectsWritten', result.rawObjects.length);
}
