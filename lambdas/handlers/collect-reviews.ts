import { collectIncremental, type IncrementalResult } from '../core/collect/collect-incremental.ts';
import type { SourceQuery } from '../core/collect/source-client.ts';
import type { FeedbackStore, StateStore } from '../core/ports.ts';
import { countCollected, metricSink, type Observability } from './observability.ts';
import { scheduledHandler } from './wrap.ts';

/** What an API collector (reviews or social) needs, built by the collectors composition. */
export interface CollectSourcesDeps extends Observability {
  /** The configured source queries of this collector's kind. */
  queries: readonly SourceQuery[];
  store: FeedbackStore;
  state: StateStore;
  authorSalt: () => Promise<string>;
  config: { lookbackDays: number; maxItemsPerObject: number };
}

/**
 * A scheduled API collector (EventBridge scheduled event): runs every configured query of its
 * kind incrementally and returns what each did; a failing query is in the result, not thrown.
 */
export function makeCollectSourcesHandler(kind: string, deps: CollectSourcesDeps) {
  const sink = metricSink(deps.metrics);
  return scheduledHandler(`collect-${kind}`, deps, async (run): Promise<IncrementalResult> => {
    const result = await collectIncremental(
      { queries: deps.queries, store: deps.store, state: deps.state, log: deps.logger, metrics: sink },
      {
        runAt: run.time.toISOString(),
        runId: run.id,
        authorSalt: await deps.authorSalt(),
        lookbackDays: deps.config.lookbackDays,
        maxItemsPerObject: deps.config.maxItemsPerObject,
      },
    );
    countCollected(sink, result);
    return result;
  });
}

/** The review collector: App Store, Google Play (API) and Trustpilot. */
export function makeCollectReviewsHandler(deps: CollectSourcesDeps) {
  return makeCollectSourcesHandler('reviews', deps);
}
