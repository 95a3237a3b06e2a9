import type { EnrichConfig } from '../core/config.ts';
import { enrichRawObject } from '../core/enrich/enrich-object.ts';
import type { Analyzer, FeedbackStore, StateStore } from '../core/ports.ts';
import { metricSink, type Observability } from './observability.ts';
import { s3ObjectQueueHandler } from './wrap.ts';

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
  return s3ObjectQueueHandler(deps, async (key) => {
    const result = await enrichRawObject(
      key,
      { store: deps.store, state: deps.state, analyzer: deps.analyzer, log: deps.logger },
      { now: (deps.now?.() ?? new Date()).toISOString(), dedupeTtlDays: deps.config.DEDUPE_TTL_DAYS, redactHandles: deps.config.REDACT_HANDLES },
    );
    sink.count('ItemsEnriched', result.enriched);
    sink.count('DuplicatesSkipped', result.duplicates);
    sink.count('RecordsQuarantined', result.quarantined);
    sink.count('PiiRedacted', result.piiRedacted);
    sink.count('SentimentPositive', result.sentiment.POSITIVE);
    sink.count('SentimentNegative', result.sentiment.NEGATIVE);
    sink.count('SentimentNeutral', result.sentiment.NEUTRAL);
    sink.count('SentimentMixed', result.sentiment.MIXED);
  });
}
