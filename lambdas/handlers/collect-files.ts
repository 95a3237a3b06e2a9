import { type CollectResult, collectDocuments } from '../core/collect/collect-documents.ts';
import type { SourceFormat } from '../core/collect/source-format.ts';
import type { CollectConfig } from '../core/config.ts';
import type { DocumentSource, FeedbackStore, StateStore } from '../core/ports.ts';
import { countCollected, metricSink, type Observability } from './observability.ts';
import { scheduledHandler } from './wrap.ts';

/** What the file collector needs, built by the composition root. */
export interface CollectFilesDeps extends Observability {
  source: DocumentSource;
  formats: readonly SourceFormat[];
  store: FeedbackStore;
  state: StateStore;
  authorSalt: () => Promise<string>;
  config: CollectConfig;
}

/**
 * The scheduled file-drop collector (EventBridge scheduled event): collects every new document
 * of its source into raw/, quarantining what cannot be normalised.
 */
export function makeCollectFilesHandler(deps: CollectFilesDeps) {
  const sink = metricSink(deps.metrics);
  return scheduledHandler('collect-files', deps, async (run): Promise<CollectResult> => {
    const result = await collectDocuments(
      { source: deps.source, formats: deps.formats, store: deps.store, state: deps.state, log: deps.logger },
      {
        runAt: run.time.toISOString(),
        runId: run.id,
        authorSalt: await deps.authorSalt(),
        maxItemsPerObject: deps.config.RAW_OBJECT_MAX_ITEMS,
        ...(deps.config.PRODUCT ? { product: deps.config.PRODUCT } : {}),
      },
    );
    countCollected(sink, result);
    return result;
  });
}
