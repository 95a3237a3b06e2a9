import { type RaiseAlertsResult, raiseAlerts } from '../core/alert/raise-alerts.ts';
import type { NotifyConfig } from '../core/config.ts';
import type { AggregateStore, FeedbackStore, Notifier, StateStore } from '../core/ports.ts';
import { metricSink, type Observability } from './observability.ts';
import { scheduledHandler } from './wrap.ts';

/** What the notify function needs, built by the composition root. */
export interface NotifyHandlerDeps extends Observability {
  aggregates: AggregateStore;
  state: StateStore;
  store: FeedbackStore;
  notifier: Notifier;
  config: NotifyConfig;
}

/**
 * Notify (hourly EventBridge schedule): evaluates the alert window that ended at the event's
 * time and sends one Slack message for new anomalies. A delivery failure fails the invocation
 * (retried, then dead-lettered) and is counted as `AlertDeliveryFailed`.
 */
export function makeNotifyHandler(deps: NotifyHandlerDeps) {
  const sink = metricSink(deps.metrics);
  const { config } = deps;
  return scheduledHandler('notify', deps, async (run): Promise<RaiseAlertsResult> => {
    try {
      const result = await raiseAlerts(
        run.time,
        { aggregates: deps.aggregates, state: deps.state, store: deps.store, notifier: deps.notifier, log: deps.logger },
        {
          windowHours: config.ALERT_WINDOW_HOURS,
          baselineDays: config.BASELINE_DAYS,
          minVolume: config.ALERT_MIN_VOLUME,
          zThreshold: config.ALERT_Z_THRESHOLD,
          minLift: config.ALERT_MIN_LIFT,
          cooldownHours: config.ALERT_COOLDOWN_HOURS,
          athenaDatabase: config.ATHENA_DATABASE,
        },
      );
      sink.count('AnomaliesFound', result.findings.length);
      sink.count('AlertsSent', result.sent.length > 0 ? 1 : 0);
      return result;
    } catch (error) {
      sink.count('AlertDeliveryFailed', 1);
      throw error;
    }
  });
}
