import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { EnrichConfig } from '../core/config.ts';
import { enrichRawObject } from '../core/enrich/enrich-object.ts';
import type { Analyzer, FeedbackStore, StateStore } from '../core/ports.ts';
import { metricSink, type Observability } from './observability.ts';
import { objectKeysOf } from './s3-notifications.ts';

/** What the enrich function needs, built by the composition root. */
export interface EnrichHandlerDeps extends Observability {
  store: FeedbackStore;
  state: StateStore;
  analyzer: Analyzer;
  config: EnrichConfig;
  now?: () => Date;
}

/**
 * Enrich (SQS of S3 ObjectCreated notifications on raw/): each message's objects are enriched;
 * a failing message is reported as a partial batch failure, so SQS retries it and finally moves
 * it to the dead-letter queue.
 */
export function makeEnrichHandler(deps: EnrichHandlerDeps) {
  const sink = metricSink(deps.metrics);
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord) => {
    for (const key of objectKeysOf(record)) {
      const result = await enrichRawObject(
        key,
        { store: deps.store, state: deps.state, analyzer: deps.analyzer, log: deps.logger },
        { now: (deps.now?.() ?? new Date()).toISOString(), dedupeTtlDays: deps.config.DEDUPE_TTL_DAYS, redactHandles: deps.config.REDACT_HANDLES },
      );
      sink.count('ItemsEnriched', result.enriched);
      sink.count('DuplicatesSkipped', result.duplicates);
      sink.count('RecordsQuarantined', result.quarantined);
      sink.count('PiiRedacted', result.piiRedacted);
    }
  };
  const handle = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(event, recordHandler, processor, { context });
  return middy(handle).use(injectLambdaContext(deps.logger, { clearState: true })).use(logMetrics(deps.metrics));
}
