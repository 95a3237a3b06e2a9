import { Stack, type StackProps } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { Aggregation } from './constructs/aggregation.ts';
import { Analytics } from './constructs/analytics.ts';
import { Collectors } from './constructs/collectors.ts';
import { Enrichment } from './constructs/enrichment.ts';
import { Ingestion } from './constructs/ingestion.ts';
import { Notification } from './constructs/notification.ts';
import { Operations } from './constructs/operations.ts';
import { FeedbackStorage } from './constructs/storage.ts';
import type { FeedbackContext } from './context.ts';

/** Props of {@link FeedbackMinerStack}: the validated app context plus the usual stack props. */
export interface FeedbackMinerStackProps extends StackProps {
  /** Validated context (lib/context.ts). */
  readonly config: FeedbackContext;
}

/**
 * The whole pipeline in one stack (DESIGN.md §1), composed of one construct per stage and wired
 * by the handlers' env-var contract: storage, ingestion and the source collectors, enrichment,
 * aggregation, notification, analytics and operations.
 */
export class FeedbackMinerStack extends Stack {
  /** Buckets and tables. */
  public readonly storage: FeedbackStorage;
  /** Glue tables and the Athena workgroup. */
  public readonly analytics: Analytics;
  /** The file-drop collector (native JSON documents in inbox/) and the author salt. */
  public readonly ingestion: Ingestion;
  /** The source collectors: reviews, social, chat and the mapped inbox. */
  public readonly collectors: Collectors;
  /** raw/ → curated/. */
  public readonly enrichment: Enrichment;
  /** curated/feedback/ → aggregates. */
  public readonly aggregation: Aggregation;
  /** Hourly anomaly alerts and the daily digest to Slack. */
  public readonly notification: Notification;
  /** Alarms and dashboard. */
  public readonly operations: Operations;

  constructor(scope: Construct, id: string, props: FeedbackMinerStackProps) {
    super(scope, id, props);
    const { config } = props;
    const logRetention = config.logRetentionDays as RetentionDays;
    const logLevel = config.logLevel;

    this.storage = new FeedbackStorage(this, 'Storage', { tableDeletionProtection: config.tableDeletionProtection });
    const { dataBucket, athenaResultsBucket, aggregatesTable, stateTable } = this.storage;

    this.analytics = new Analytics(this, 'Analytics', {
      dataBucket,
      resultsBucket: athenaResultsBucket,
      projectionStartDate: config.analyticsStartDate,
      bytesScannedCutoffPerQuery: config.athenaBytesScannedCutoffMb * 1024 * 1024,
    });

    this.ingestion = new Ingestion(this, 'Ingestion', {
      dataBucket,
      stateTable,
      schedule: config.collectSchedule,
      timeZone: config.scheduleTimeZone,
      ...(config.product ? { product: config.product } : {}),
      logRetention,
      logLevel,
    });

    this.collectors = new Collectors(this, 'Collectors', {
      dataBucket,
      stateTable,
      authorSaltSecret: this.ingestion.authorSaltSecret,
      settings: config.collectors,
      schedules: { reviews: config.reviewsSchedule, social: config.socialSchedule, chat: config.chatSchedule, inbox: config.inboxSchedule },
      timeZone: config.scheduleTimeZone,
      ...(config.product ? { product: config.product } : {}),
      logRetention,
      logLevel,
    });
    const collectors = this.collectors.all;

    this.enrichment = new Enrichment(this, 'Enrichment', { dataBucket, stateTable, analyzer: config.analyzer, logRetention, logLevel });

    this.aggregation = new Aggregation(this, 'Aggregation', { dataBucket, aggregatesTable, stateTable, logRetention, logLevel });

    this.notification = new Notification(this, 'Notification', {
      dataBucket,
      aggregatesTable,
      stateTable,
      athenaDatabase: this.analytics.databaseName,
      schedule: config.notifySchedule,
      digestSchedule: config.digestSchedule,
      timeZone: config.scheduleTimeZone,
      ...(config.slackWebhookSecretName ? { slackWebhookSecretName: config.slackWebhookSecretName } : {}),
      slackRoutes: config.slackRoutes,
      alerting: config.alerting,
      logRetention,
      logLevel,
    });

    this.operations = new Operations(this, 'Operations', {
      functions: [
        { label: 'Collect', function: this.ingestion.collector },
        // Uploads arriving together queue behind the inbox collector's reserved concurrency of 1.
        ...collectors.map(({ kind, label, collector }) => ({ label, function: collector, alarmOnThrottles: kind !== 'inbox' })),
        { label: 'Enrich', function: this.enrichment.enricher },
        { label: 'Aggregate', function: this.aggregation.aggregator },
        { label: 'Notify', function: this.notification.notifier },
        { label: 'Digest', function: this.notification.digester },
      ],
      queues: [
        { label: 'RawObjects', queue: this.enrichment.queue },
        { label: 'CuratedObjects', queue: this.aggregation.queue },
      ],
      deadLetterQueues: [
        { label: 'Collect', queue: this.ingestion.deadLetterQueue },
        ...collectors.map(({ label, deadLetterQueue }) => ({ label, queue: deadLetterQueue })),
        { label: 'Enrich', queue: this.enrichment.deadLetterQueue },
        { label: 'Aggregate', queue: this.aggregation.deadLetterQueue },
        { label: 'Notify', queue: this.notification.deadLetterQueue },
        { label: 'Digest', queue: this.notification.digestDeadLetterQueue },
      ],
      throughput: [
        { metricName: 'ItemsCollected', service: this.ingestion.collector.serviceName },
        ...collectors.map(({ collector }) => ({ metricName: 'ItemsCollected', service: collector.serviceName })),
        { metricName: 'ItemsEnriched', service: this.enrichment.enricher.serviceName },
        { metricName: 'ItemsAggregated', service: this.aggregation.aggregator.serviceName },
        { metricName: 'AlertsSent', service: this.notification.notifier.serviceName },
        { metricName: 'DigestsSent', service: this.notification.digester.serviceName },
      ],
      sourceFailures: collectors.map(({ label, collector }) => ({ label, service: collector.serviceName })),
      ...(config.alarmEmail ? { alarmEmail: config.alarmEmail } : {}),
    });
  }
}
