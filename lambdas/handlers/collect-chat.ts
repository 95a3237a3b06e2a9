import { collectExports, type ExportPrefix, type ExportsResult } from '../core/collect/sources/collect-exports.ts';
import type { FeedbackStore, StateStore } from '../core/ports.ts';
import { countCollected, metricSink, type Observability } from './observability.ts';
import { scheduledHandler } from './wrap.ts';

/** What an export collector (chat or inbox) needs, built by the collectors composition. */
export interface CollectExportsDeps extends Observability {
  prefixes: readonly ExportPrefix[];
  store: FeedbackStore;
  state: StateStore;
  authorSalt: () => Promise<string>;
  config: { maxItemsPerObject: number; maxObjectsPerRun: number };
}

/**
 * The scheduled chat collector (EventBridge scheduled event): Amazon Connect transcripts, Lex V2
 * conversation logs and generic JSONL transcripts under their S3 prefixes.
 */
export function makeCollectChatHandler(deps: CollectExportsDeps) {
  const sink = metricSink(deps.metrics);
  return scheduledHandler('collect-chat', deps, async (run): Promise<ExportsResult> => {
    const result = await collectExports(
      { prefixes: deps.prefixes, store: deps.store, state: deps.state, log: deps.logger, metrics: sink },
      {
        runAt: run.time.toISOString(),
        runId: run.id,
        authorSalt: await deps.authorSalt(),
        maxItemsPerObject: deps.config.maxItemsPerObject,
        maxObjectsPerRun: deps.config.maxObjectsPerRun,
      },
    );
    countCollected(sink, result);
    return result;
  });
}
