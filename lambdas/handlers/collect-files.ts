import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { EventBridgeSchema } from '@aws-lambda-powertools/parser/schemas';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { type CollectResult, collectDocuments } from '../core/collect/collect-documents.ts';
import type { SourceFormat } from '../core/collect/source-format.ts';
import type { CollectConfig } from '../core/config.ts';
import { InvalidRecordError } from '../core/errors.ts';
import type { DocumentSource, FeedbackStore, StateStore } from '../core/ports.ts';
import { metricSink, type Observability } from './observability.ts';

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
  const collect = async (event: unknown, _context: Context): Promise<CollectResult> => {
    const parsed = EventBridgeSchema.safeParse(event);
    if (!parsed.success) throw new InvalidRecordError('collect-files expects an EventBridge scheduled event');
    const result = await collectDocuments(
      { source: deps.source, formats: deps.formats, store: deps.store, state: deps.state, log: deps.logger },
      {
        runAt: new Date(parsed.data.time).toISOString(),
        runId: parsed.data.id,
        authorSalt: await deps.authorSalt(),
        maxItemsPerObject: deps.config.RAW_OBJECT_MAX_ITEMS,
        ...(deps.config.PRODUCT ? { product: deps.config.PRODUCT } : {}),
      },
    );
    sink.count('ItemsCollected', result.items);
    sink.count('RecordsQuarantined', result.quarantined);
    sink.count('RawObjectsWritten', result.rawObjects.length);
    return result;
  };
  return middy(collect).use(injectLambdaContext(deps.logger, { clearState: true })).use(logMetrics(deps.metrics));
}
