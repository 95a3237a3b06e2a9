import { aggregateCuratedObject } from '../core/aggregate/aggregate-object.ts';
import type { AggregateConfig } from '../core/config.ts';
import type { AggregateStore, FeedbackStore } from '../core/ports.ts';
import { metricSink, type Observability } from './observability.ts';
import { s3ObjectQueueHandler } from './wrap.ts';

/** What the aggregate function needs, built by the composition root. */
export interface AggregateHandlerDeps extends Observability {
  store: FeedbackStore;
  aggregates: AggregateStore;
  config: AggregateConfig;
}

/**
 * Aggregate (SQS of S3 ObjectCreated notifications on curated/feedback/): counts each curated
 * object exactly once into the aggregates table; failures become partial batch failures.
 */
export function makeAggregateHandler(deps: AggregateHandlerDeps) {
  const sink = metricSink(deps.metrics);
  return s3ObjectQueueHandler(deps, async (key) => {
    const result = await aggregateCuratedObject(key, { store: deps.store, aggregates: deps.aggregates, log: deps.logger }, { hourRetentionDays: deps.config.HOUR_RETENTION_DAYS });
    sink.count('ItemsAggregated', result.items);
    sink.count('AggregateRowsApplied', result.applied);
    sink.count('AggregateRowsAlreadyCounted', result.alreadyCounted);
  });
}
