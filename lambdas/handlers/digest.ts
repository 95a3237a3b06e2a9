import type { DigestConfig } from '../core/config.ts';
import type { AggregateStore, Notifier, StateStore } from '../core/ports.ts';
import { addDays } from '../core/trends/daily.ts';
import { type DigestResult, sendDailyDigest } from '../core/trends/send-digest.ts';
import { metricSink, type Observability } from './observability.ts';
import { scheduledHandler } from './wrap.ts';

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
  return scheduledHandler('digest', deps, async (run): Promise<DigestResult> => {
    const day = addDays(run.time.toISOString().slice(0, 10), -1);
    try {
      const result = await sendDailyDigest(day, { aggregates: deps.aggregates, state: deps.state, notifier: deps.notifier, log: deps.logger });
      sink.count('DigestsSent', result.sent ? 1 : 0);
      return result;
    } catch (error) {
      sink.count('AlertDeliveryFailed', 1);
      throw error;
    }
  });
}
