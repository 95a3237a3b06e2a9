import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { EventBridgeSchema } from '@aws-lambda-powertools/parser/schemas';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { DigestConfig } from '../core/config.ts';
import { InvalidRecordError } from '../core/errors.ts';
import type { AggregateStore, Notifier, StateStore } from '../core/ports.ts';
import { addDays } from '../core/trends/daily.ts';
import { type DigestResult, sendDailyDigest } from '../core/trends/send-digest.ts';
import { metricSink, type Observability } from './observability.ts';

/** What the digest function needs, built by the composition root. */
export interface DigestHandlerDeps extends Observability {
  aggregates: AggregateStore;
  state: StateStore;
  notifier: Notifier;
  config: DigestConfig;
}

/**
 * The daily digest (EventBridge Scheduler, default 08:00 Europe/Amsterdam): summarises the UTC
 * day before the schedule's time and sends it to Slack once.
 */
export function makeDigestHandler(deps: DigestHandlerDeps) {
  const sink = metricSink(deps.metrics);
  const digest = async (event: unknown, _context: Context): Promise<DigestResult> => {
    const parsed = EventBridgeSchema.safeParse(event);
    if (!parsed.success) throw new InvalidRecordError('digest expects an EventBridge scheduled event');
    const day = addDays(new Date(parsed.data.time).toISOString().slice(0, 10), -1);
    try {
      const result = await sendDailyDigest(day, { aggregates: deps.aggregates, state: deps.state, notifier: deps.notifier, log: deps.logger });
      sink.count('DigestsSent', result.sent ? 1 : 0);
      return result;
    } catch (error) {
      sink.count('AlertDeliveryFailed', 1);
      throw error;
    }
  };
  return middy(digest).use(injectLambdaContext(deps.logger, { clearState: true })).use(logMetrics(deps.metrics));
}
