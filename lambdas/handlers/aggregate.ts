import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { aggregateCuratedObject } from '../core/aggregate/aggregate-object.ts';
import type { AggregateConfig } from '../core/config.ts';
import type { AggregateStore, FeedbackStore } from '../core/ports.ts';
import { metricSink, type Observability } from './observability.ts';
import { objectKeysOf } from './s3-notifications.ts';

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
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord) => {
    for (const key of objectKeysOf(record)) {
      const result = await aggregateCuratedObject(key, { store: deps.store, aggregates: deps.aggregates, log: deps.logger }, { hourRetentionDays: deps.config.HOUR_RETENTION_DAYS });
      sink.count('ItemsAggregated', result.items);
      sink.count('AggregateRowsApplied', result.applied);
      sink.count('AggregateRowsAlreadyCounted', result.alreadyCounted);
    }
  };
  const handle = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(event, recordHandler, processor, { context });
  return middy(handle).use(injectLambdaContext(deps.logger, { clearState: true })).use(logMetrics(deps.metrics));
}
