import { Duration, RemovalPolicy, SecretValue, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { NotifyEnvSchema } from '../../lambdas/core/config.ts';
import { PREFIX } from '../../lambdas/core/storage-contract.ts';
import { PipelineFunction } from './function-defaults.ts';
import { acknowledgeIndexGrant, grantReadPrefix } from './grants.ts';
import { createInvocationDeadLetterQueue } from './queues.ts';
import { ScheduledInvocation } from './scheduled-invocation.ts';

/** The value the placeholder Slack secret holds until an operator replaces it. */
export const SLACK_WEBHOOK_PLACEHOLDER = 'https://hooks.slack.com/services/REPLACE_ME';

/** Alert thresholds (DESIGN.md §4); each absent field takes the notify handler's default. */
export interface AlertThresholds {
  /** Length of the evaluated window in hours (`ALERT_WINDOW_HOURS`). @default 1 */
  readonly windowHours?: number;
  /** Baseline length in days (`BASELINE_DAYS`). @default 7 */
  readonly baselineDays?: number;
  /** Minimum items in the window (`ALERT_MIN_VOLUME`). @default 10 */
  readonly minVolume?: number;
  /** z-score above which a share is significant (`ALERT_Z_THRESHOLD`). @default 3 */
  readonly zThreshold?: number;
  /** Minimum lift of the share over baseline (`ALERT_MIN_LIFT`). @default 0.1 */
  readonly minLift?: number;
  /** Hours before the same rule and dimension may alert again (`ALERT_COOLDOWN_HOURS`). @default 6 */
  readonly cooldownHours?: number;
}

/**
 * The alert env vars, each validated (and defaulted) by the notify handler's own schema field,
 * so the stack cannot deploy a threshold the handler would reject at cold start.
 */
export function alertEnvironment(thresholds: AlertThresholds = {}): Record<string, string> {
  const shape = NotifyEnvSchema.shape;
  return {
    ALERT_WINDOW_HOURS: String(shape.ALERT_WINDOW_HOURS.parse(thresholds.windowHours)),
    BASELINE_DAYS: String(shape.BASELINE_DAYS.parse(thresholds.baselineDays)),
    ALERT_MIN_VOLUME: String(shape.ALERT_MIN_VOLUME.parse(thresholds.minVolume)),
    ALERT_Z_THRESHOLD: String(shape.ALERT_Z_THRESHOLD.parse(thresholds.zThreshold)),
    ALERT_MIN_LIFT: String(shape.ALERT_MIN_LIFT.parse(thresholds.minLift)),
    ALERT_COOLDOWN_HOURS: String(shape.ALERT_COOLDOWN_HOURS.parse(thresholds.cooldownHours)),
  };
}

/** Props of {@link Notification}. */
export interface NotificationProps {
  /** The data bucket: reads `curated/feedback/` for example quotes. */
  readonly dataBucket: IBucket;
  /** Counters the alert rules evaluate (read only). */
  readonly aggregatesTable: ITableV2;
  /** The state table (cooldowns, delivery markers). */
  readonly stateTable: ITableV2;
  /** Glue database named in the ready-made Athena query of an alert. */
  readonly athenaDatabase: string;
  /** EventBridge Scheduler expression of the alert run. @default "cron(5 * * * ? *)" */
  readonly schedule?: string;
  /** EventBridge Scheduler expression of the daily digest. @default "cron(0 8 * * ? *)" */
  readonly digestSchedule?: string;
  /** Time zone of the schedule expressions. @default "Europe/Amsterdam" */
  readonly timeZone?: string;
  /**
   * Name of an existing secret holding `{"webhookUrl": "…"}`.
   * @default - a placeholder secret is created; put the real webhook URL in it after deploying
   */
  readonly slackWebhookSecretName?: string;
  /**
   * Per-team webhooks: messages whose route (headline dimension or `rule:<id>`) starts with
   * `match` go to the webhook in that secret. @default - none
   */
  readonly slackRoutes?: readonly { match: string; secretName: string }[];
  /** Alert thresholds. @default - the notify handler's defaults */
  readonly alerting?: AlertThresholds;
  /** Log group retention. */
  readonly logRetention: RetentionDays;
  /** Powertools log level. @default "INFO" */
  readonly logLevel?: string;
}

/**
 * Alerts and trends (DESIGN.md §4): an hourly schedule runs the notify function, which judges
 * the last closed window against its baseline and posts anomalies to Slack; a daily schedule
 * runs the digest function, which summarises yesterday. Both post through an incoming webhook
 * whose URL only these two functions may read.
 */
export class Notification extends Construct {
  /** The notify function (`lambdas/entry/notify.ts`). */
  public readonly notifier: PipelineFunction;
  /** Failed alert runs, after retries. */
  public readonly deadLetterQueue: Queue;
  /** The daily digest function (`lambdas/entry/digest.ts`). */
  public readonly digester: PipelineFunction;
  /** Failed digest runs, after retries. */
  public readonly digestDeadLetterQueue: Queue;
  /** The daily digest schedule. */
  public readonly digestSchedule: ScheduledInvocation;
  /** The Slack webhook secret (imported or the created placeholder). */
  public readonly slackWebhookSecret: ISecret;
  /** What `SLACK_WEBHOOK_SECRET_ID` is set to (the secret's name or ARN). */
  public readonly slackWebhookSecretId: string;
  /** The hourly schedule. */
  public readonly schedule: ScheduledInvocation;

  constructor(scope: Construct, id: string, props: NotificationProps) {
    super(scope, id);

    if (props.slackWebhookSecretName) {
      this.slackWebhookSecret = Secret.fromSecretNameV2(this, 'SlackWebhook', props.slackWebhookSecretName);
      this.slackWebhookSecretId = props.slackWebhookSecretName;
    } else {
      const placeholder = new Secret(this, 'SlackWebhook', {
        description: 'Slack incoming webhook for feedback-miner alerts. Replace the value with {"webhookUrl": "https://hooks.slack.com/services/…"}.',
        secretObjectValue: { webhookUrl: SecretValue.unsafePlainText(SLACK_WEBHOOK_PLACEHOLDER) },
        removalPolicy: RemovalPolicy.RETAIN,
      });
      Validations.of(placeholder).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason: 'Slack issues incoming-webhook URLs; Secrets Manager cannot rotate them. Operators replace the value when Slack reissues the webhook.',
      });
      this.slackWebhookSecret = placeholder;
      this.slackWebhookSecretId = placeholder.secretArn;
    }

    const routes = props.slackRoutes ?? [];
    const routeSecrets = routes.map((route, index) => Secret.fromSecretNameV2(this, `SlackRoute${index}`, route.secretName));
    const routeEnvironment: Record<string, string> = routes.length
      ? { SLACK_ROUTES: JSON.stringify(routes.map((route) => ({ match: route.match, secretId: route.secretName }))) }
      : {};

    // What both Slack senders need: the counters to read, cooldowns to claim, and every webhook.
    const grantSlackSender = (fn: PipelineFunction) => {
      props.aggregatesTable.grantReadData(fn.function);
      acknowledgeIndexGrant(props.aggregatesTable, fn);
      props.stateTable.grantReadWriteData(fn.function);
      this.slackWebhookSecret.grantRead(fn.function);
      for (const secret of routeSecrets) secret.grantRead(fn.function);
    };

    this.deadLetterQueue = createInvocationDeadLetterQueue(this, 'DeadLetterQueue');

    this.notifier = new PipelineFunction(this, 'Notifier', {
      entry: 'notify',
      serviceName: 'notify',
      description: 'Finds anomalies in the last closed window and alerts Slack',
      environment: {
        DATA_BUCKET: props.dataBucket.bucketName,
        STATE_TABLE: props.stateTable.tableName,
        AGGREGATES_TABLE: props.aggregatesTable.tableName,
        SLACK_WEBHOOK_SECRET_ID: this.slackWebhookSecretId,
        ...routeEnvironment,
        ATHENA_DATABASE: props.athenaDatabase,
        ...alertEnvironment(props.alerting),
      },
      timeout: Duration.minutes(2),
      memorySize: 512,
      // One evaluation at a time, so two runs cannot both pass the same cooldown check.
      reservedConcurrentExecutions: 1,
      logRetention: props.logRetention,
      ...(props.logLevel ? { logLevel: props.logLevel } : {}),
      deadLetterQueue: this.deadLetterQueue,
    });

    grantReadPrefix(props.dataBucket, this.notifier, PREFIX.curatedFeedback);
    grantSlackSender(this.notifier);

    this.schedule = new ScheduledInvocation(this, 'Schedule', {
      target: this.notifier,
      expression: props.schedule ?? 'cron(5 * * * ? *)',
      timeZone: props.timeZone ?? 'Europe/Amsterdam',
      eventSource: 'feedback-miner.notify',
      description: 'Runs feedback-miner anomaly alerting for the hour that just closed',
      deadLetterQueue: this.deadLetterQueue,
    });

    this.digestDeadLetterQueue = createInvocationDeadLetterQueue(this, 'DigestDeadLetterQueue');
    this.digester = new PipelineFunction(this, 'Digester', {
      entry: 'digest',
      serviceName: 'digest',
      description: "Sends the daily Slack digest of yesterday's feedback",
      environment: {
        DATA_BUCKET: props.dataBucket.bucketName,
        STATE_TABLE: props.stateTable.tableName,
        AGGREGATES_TABLE: props.aggregatesTable.tableName,
        SLACK_WEBHOOK_SECRET_ID: this.slackWebhookSecretId,
        ...routeEnvironment,
      },
      timeout: Duration.minutes(2),
      memorySize: 512,
      // One digest at a time, so a retry and a late first attempt cannot both send.
      reservedConcurrentExecutions: 1,
      logRetention: props.logRetention,
      ...(props.logLevel ? { logLevel: props.logLevel } : {}),
      deadLetterQueue: this.digestDeadLetterQueue,
    });
    grantSlackSender(this.digester);

    this.digestSchedule = new ScheduledInvocation(this, 'DigestSchedule', {
      target: this.digester,
      expression: props.digestSchedule ?? 'cron(0 8 * * ? *)',
      timeZone: props.timeZone ?? 'Europe/Amsterdam',
      eventSource: 'feedback-miner.digest',
      description: "Sends feedback-miner's daily digest of yesterday",
      deadLetterQueue: this.digestDeadLetterQueue,
    });
  }
}
