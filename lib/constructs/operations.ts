import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC_NAMESPACE, type PipelineFunction } from './function-defaults.ts';

/** A function to watch, with the label alarms and widgets use. */
export interface MonitoredFunction {
  /** Short label, e.g. `enrich`. */
  readonly label: string;
  /** The function. */
  readonly function: PipelineFunction;
  /**
   * Alarm on throttles. Off for a function whose reserved concurrency is meant to queue
   * event-driven invocations (Lambda retries throttled asynchronous events by itself).
   * @default true
   */
  readonly alarmOnThrottles?: boolean;
}

/** A queue to watch, with the label alarms and widgets use. */
export interface MonitoredQueue {
  /** Short label, e.g. `raw-objects`. */
  readonly label: string;
  /** The queue. */
  readonly queue: IQueue;
}

/** A Powertools count metric of the pipeline (namespace FeedbackMiner, `service` dimension). */
export interface ThroughputMetric {
  /** Metric name, e.g. `ItemsEnriched`. */
  readonly metricName: string;
  /** The emitting function's Powertools service name. */
  readonly service: string;
}

/** Props of {@link Operations}. */
export interface OperationsProps {
  /** Functions whose errors and throttles alarm. */
  readonly functions: readonly MonitoredFunction[];
  /** Work queues: depth on the dashboard, an alarm when the oldest message gets too old. */
  readonly queues: readonly MonitoredQueue[];
  /** Dead-letter queues: any message in one alarms. */
  readonly deadLetterQueues: readonly MonitoredQueue[];
  /** Pipeline counters shown as throughput. */
  readonly throughput: readonly ThroughputMetric[];
  /**
   * Collectors whose Powertools `SourceFailed` count (a source query or export prefix that
   * failed and was skipped while the others ran) alarms when above zero in an hour.
   * @default - none
   */
  readonly sourceFailures?: readonly { readonly label: string; readonly service: string }[];
  /** E-mail address subscribed to the alarm topic. @default - no subscription */
  readonly alarmEmail?: string;
  /** Age of the oldest work-queue message that means the pipeline is stuck. @default Duration.hours(2) */
  readonly maxMessageAge?: Duration;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Operations: an encrypted SNS topic every alarm notifies, alarms for each dead-letter queue
 * (any message), each function's errors and throttles, each work queue's backlog age and each
 * collector's failed sources, and a dashboard with pipeline throughput, queue depths and
 * function health.
 */
export class Operations extends Construct {
  /** Where alarms notify. */
  public readonly alarmTopic: Topic;
  /** Customer-managed key of the alarm topic (CloudWatch cannot publish with aws/sns). */
  public readonly alarmTopicKey: Key;
  /** Every alarm created. */
  public readonly alarms: Alarm[] = [];
  /** The pipeline dashboard. */
  public readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);

    this.alarmTopicKey = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the feedback-miner alarm topic',
      enableKeyRotation: true,
    });
    this.alarmTopicKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
      }),
    );
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: 'feedback-miner alarms',
      masterKey: this.alarmTopicKey,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));

    for (const { label, queue } of props.deadLetterQueues) {
      this.alarm(`${label}DeadLetters`, {
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        threshold: 0,
        description: `Messages in the ${label} dead-letter queue: work failed after all retries. Inspect and redrive them.`,
      });
    }
    for (const monitored of props.functions) {
      const { label, function: fn } = monitored;
      this.alarm(`${label}Errors`, {
        metric: fn.function.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        threshold: 0,
        description: `The ${label} function failed. See its log group ${fn.logGroup.logGroupName}.`,
      });
      if (monitored.alarmOnThrottles === false) continue;
      this.alarm(`${label}Throttles`, {
        metric: fn.function.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
        threshold: 0,
        description: `The ${label} function was throttled.`,
      });
    }
    for (const { label, service } of props.sourceFailures ?? []) {
      this.alarm(`${label}SourceFailures`, {
        metric: new Metric({ namespace: METRIC_NAMESPACE, metricName: 'SourceFailed', dimensionsMap: { service }, statistic: 'Sum', period: Duration.hours(1) }),
        threshold: 0,
        description: `A ${label} source failed and was skipped while the others ran (bad credentials, an API change, an outage). Its logs name the source and the error.`,
      });
    }
    const maxAge = props.maxMessageAge ?? Duration.hours(2);
    for (const { label, queue } of props.queues) {
      this.alarm(`${label}Backlog`, {
        metric: queue.metricApproximateAgeOfOldestMessage({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        threshold: maxAge.toSeconds(),
        description: `The oldest message in the ${label} queue is older than ${maxAge.toHumanString()}: the consumer is stuck or disabled.`,
      });
    }

    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(7) });
    const throughput: IMetric[] = props.throughput.map(
      ({ metricName, service }) =>
        new Metric({ namespace: METRIC_NAMESPACE, metricName, dimensionsMap: { service }, statistic: 'Sum', period: Duration.hours(1), label: metricName }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Pipeline throughput (items per hour)', left: throughput, width: 12 }),
      new GraphWidget({
        title: 'Queue depth (visible messages)',
        left: props.queues.map(({ label, queue }) => queue.metricApproximateNumberOfMessagesVisible({ label, statistic: 'Maximum', period: FIVE_MINUTES })),
        right: props.deadLetterQueues.map(({ label, queue }) =>
          queue.metricApproximateNumberOfMessagesVisible({ label: `${label} DLQ`, statistic: 'Maximum', period: FIVE_MINUTES }),
        ),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Function errors and throttles',
        left: props.functions.map(({ label, function: fn }) => fn.function.metricErrors({ label: `${label} errors`, period: FIVE_MINUTES })),
        right: props.functions.map(({ label, function: fn }) => fn.function.metricThrottles({ label: `${label} throttles`, period: FIVE_MINUTES })),
        width: 12,
      }),
      new GraphWidget({
        title: 'Function duration (p95)',
        left: props.functions.map(({ label, function: fn }) => fn.function.metricDuration({ label, statistic: 'p95', period: FIVE_MINUTES })),
        width: 12,
      }),
    );
    const sentiment = (label: string, color: string) =>
      new Metric({ namespace: METRIC_NAMESPACE, metricName: `Sentiment${label}`, dimensionsMap: { service: 'enrich' }, statistic: 'Sum', period: Duration.hours(1), label, color });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Sentiment trend (items per hour)',
        left: [sentiment('Positive', '#2e7d32'), sentiment('Neutral', '#9e9e9e'), sentiment('Mixed', '#f9a825'), sentiment('Negative', '#c62828')],
        stacked: true,
        width: 24,
      }),
    );
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }));
  }

  private alarm(id: string, spec: { metric: IMetric; threshold: number; description: string }): Alarm {
    const alarm = new Alarm(this, id, {
      metric: spec.metric,
      threshold: spec.threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: spec.description,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    this.alarms.push(alarm);
    return alarm;
  }
}
