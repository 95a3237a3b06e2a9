import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { EventBridgeSchema, S3EventNotificationEventBridgeSchema, S3Schema } from '@aws-lambda-powertools/parser/schemas';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { shortHash } from '../core/collect/ids.ts';
import { collectExports, type ExportsResult } from '../core/collect/sources/collect-exports.ts';
import { InvalidRecordError } from '../core/errors.ts';
import type { CollectExportsDeps } from './collect-chat.ts';
import { countCollected, metricSink } from './observability.ts';

/** When, which run, and (for an upload event) which keys. */
interface InboxTrigger {
  runAt: string;
  runId: string;
  keys?: string[];
}

/**
 * Reads the trigger: an S3 "Object Created" event through EventBridge or an S3 notification
 * (just the uploaded keys), or an EventBridge schedule (every inbox prefix is scanned).
 */
export function inboxTrigger(event: unknown): InboxTrigger {
  const created = S3EventNotificationEventBridgeSchema.safeParse(event);
  if (created.success) return { runAt: new Date(created.data.time).toISOString(), runId: created.data.id, keys: [created.data.detail.object.key] };
  const notification = S3Schema.safeParse(event);
  if (notification.success) {
    const records = notification.data.Records.filter((record) => record.eventName.startsWith('ObjectCreated'));
    const keys = records.map((record) => decodeURIComponent(record.s3.object.key.replace(/\+/g, ' ')));
    const first = records[0];
    return { runAt: new Date(first ? first.eventTime : Date.now()).toISOString(), runId: shortHash(keys.join('\n') || 'empty', 32), keys };
  }
  const scheduled = EventBridgeSchema.safeParse(event);
  if (scheduled.success) return { runAt: new Date(scheduled.data.time).toISOString(), runId: scheduled.data.id };
  throw new InvalidRecordError('collect-inbox expects an S3 object-created event (EventBridge or notification) or an EventBridge schedule');
}

/**
 * The upload inbox collector: CSV or JSONL exports dropped under the configured `inbox/`
 * prefixes, mapped by column names in the configuration, plus the Play Console review export.
 */
export function makeCollectInboxHandler(deps: CollectExportsDeps) {
  const sink = metricSink(deps.metrics);
  const collect = async (event: unknown, _context: Context): Promise<ExportsResult> => {
    const trigger = inboxTrigger(event);
    const result = await collectExports(
      { prefixes: deps.prefixes, store: deps.store, state: deps.state, log: deps.logger, metrics: sink },
      {
        runAt: trigger.runAt,
        runId: trigger.runId,
        authorSalt: await deps.authorSalt(),
        maxItemsPerObject: deps.config.maxItemsPerObject,
        maxObjectsPerRun: deps.config.maxObjectsPerRun,
        ...(trigger.keys ? { keys: trigger.keys } : {}),
      },
    );
    countCollected(sink, result);
    return result;
  };
  return middy(collect).use(injectLambdaContext(deps.logger, { clearState: true })).use(logMetrics(deps.metrics));
}
