import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { EventBridgeSchema } from '@aws-lambda-powertools/parser/schemas';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { InvalidRecordError } from '../core/errors.ts';
import type { Observability } from './observability.ts';
import { objectKeysOf } from './s3-notifications.ts';

/** What a scheduled function's core gets from its EventBridge (Scheduler) event. */
export interface ScheduledRun {
  /** The schedule's time for this invocation. */
  time: Date;
  /** The event id: a re-delivered event has the same id. */
  id: string;
}

/**
 * The one wrapper of every scheduled function: validates the EventBridge scheduled event,
 * runs the work, and adds Powertools logging context and metrics (flushed on errors too).
 */
export function scheduledHandler<R>(name: string, observability: Observability, work: (run: ScheduledRun) => Promise<R>) {
  const handle = async (event: unknown, _context: Context): Promise<R> => {
    const parsed = EventBridgeSchema.safeParse(event);
    if (!parsed.success) throw new InvalidRecordError(`${name} expects an EventBridge scheduled event`);
    return work({ time: new Date(parsed.data.time), id: parsed.data.id });
  };
  return middy(handle).use(injectLambdaContext(observability.logger, { clearState: true })).use(logMetrics(observability.metrics));
}

/**
 * The one wrapper of every function fed by S3 notifications through SQS: each message's object
 * keys are processed; a message that fails is reported in `batchItemFailures`, so SQS retries
 * it and finally moves it to the dead-letter queue, while the rest of the batch succeeds.
 */
export function s3ObjectQueueHandler(observability: Observability, processKey: (key: string) => Promise<void>) {
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord) => {
    try {
      for (const key of objectKeysOf(record)) await processKey(key);
    } catch (error) {
      // Visible in logs and metrics; SQS retries the message, then moves it to the DLQ.
      observability.logger.error('message failed; SQS will retry it, then dead-letter it', {
        messageId: record.messageId,
        receiveCount: Number(record.attributes.ApproximateReceiveCount),
        error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
      });
      observability.metrics.addMetric('MessagesFailed', MetricUnit.Count, 1);
      throw error;
    }
  };
  const handle = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => processPartialResponse(event, recordHandler, processor, { context });
  return middy(handle).use(injectLambdaContext(observability.logger, { clearState: true })).use(logMetrics(observability.metrics));
}
