import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { CollectorKind } from '../../lambdas/collectors-composition.ts';
import type { CollectorsConfig } from '../../lambdas/core/config-collectors.ts';
import { PREFIX } from '../../lambdas/core/storage-contract.ts';
import type { CollectorSettings } from '../context.ts';
import { PipelineFunction } from './function-defaults.ts';
import { grantPutPrefix, grantReadPrefix } from './grants.ts';
import { createInvocationDeadLetterQueue } from './queues.ts';
import { ScheduledInvocation } from './scheduled-invocation.ts';

/**
 * Run time of a source collector. Queries run one after another and an unresponsive source
 * costs `http.timeoutMs × http.maxAttempts` (the context validation keeps that below this).
 */
export const COLLECTOR_TIMEOUT = Duration.minutes(5);

/** When each collector runs unless the context says otherwise (inbox: the daily safety net). */
export const DEFAULT_COLLECTOR_SCHEDULES: Readonly<Record<CollectorKind, string>> = {
  reviews: 'rate(1 hour)',
  social: 'rate(15 minutes)',
  chat: 'rate(15 minutes)',
  inbox: 'cron(0 6 * * ? *)',
};

/** Construct id and console description of each collector. */
const KINDS: Readonly<Record<CollectorKind, { readonly id: string; readonly description: string }>> = {
  reviews: { id: 'Reviews', description: 'Collects App Store, Google Play and Trustpilot reviews into raw/' },
  social: { id: 'Social', description: 'Collects Mastodon, Bluesky and Reddit posts into raw/' },
  chat: { id: 'Chat', description: 'Collects Amazon Connect, Lex V2 and JSONL chat transcripts into raw/' },
  inbox: { id: 'Inbox', description: 'Collects CSV/JSONL uploads under the configured inbox prefixes into raw/' },
};

/** The collector kinds, in the order they are built. */
export const COLLECTOR_KINDS = Object.keys(KINDS) as CollectorKind[];

/** Which collector reads each secret of `collectors.secrets` (lambdas/collectors-composition.ts). */
const SECRET_READERS: Readonly<Record<keyof CollectorsConfig['secrets'], CollectorKind>> = {
  googlePlayServiceAccount: 'reviews',
  trustpilotApiKey: 'reviews',
  redditClient: 'social',
  blueskyAppPassword: 'social',
};

/**
 * The Secrets Manager ids (names or ARNs) one collector reads: its entries of `secrets`, and
 * for social the Mastodon access tokens. Sorted, without duplicates.
 */
export function collectorSecretIds(config: CollectorsConfig, kind: CollectorKind): string[] {
  const ids = Object.entries(config.secrets)
    .filter(([name, id]) => id !== undefined && SECRET_READERS[name as keyof CollectorsConfig['secrets']] === kind)
    .map(([, id]) => id as string);
  if (kind === 'social') for (const instance of config.mastodon) if (instance.accessTokenSecretId) ids.push(instance.accessTokenSecretId);
  return [...new Set(ids)].sort();
}

/** The data-bucket prefixes one collector reads: the chat exports or the inbox uploads. */
export function collectorReadPrefixes(config: CollectorsConfig, kind: CollectorKind): string[] {
  const prefixes =
    kind === 'chat'
      ? [...config.chat.connect, ...config.chat.lex, ...config.chat.jsonl].map((entry) => entry.prefix)
      : kind === 'inbox'
        ? config.inbox.map((entry) => entry.prefix)
        : [];
  return [...new Set(prefixes)].sort();
}

/**
 * Key prefixes whose uploads trigger the inbox collector: `inbox/`, plus any configured inbox
 * prefix outside it (which the collector reads too).
 */
export function uploadTriggerPrefixes(config: CollectorsConfig): string[] {
  return [PREFIX.inbox, ...collectorReadPrefixes(config, 'inbox').filter((prefix) => !prefix.startsWith(PREFIX.inbox))];
}

const COMPLETE_ARN_SUFFIX = /-[A-Za-z0-9]{6}$/;

/**
 * Imports a secret by the id the collector passes to GetSecretValue. A name becomes the
 * `<name>-??????` ARN pattern. An ARN is taken as partial (`<arn>-??????`), and also as complete
 * when it ends like Secrets Manager's random suffix: a name such as `reddit-client` ends the
 * same way, and granting both forms is the only way to match either.
 */
function importSecret(scope: Construct, id: string, secretId: string): ISecret[] {
  if (!secretId.startsWith('arn:')) return [Secret.fromSecretNameV2(scope, id, secretId)];
  const partial = Secret.fromSecretPartialArn(scope, `${id}Partial`, secretId);
  return COMPLETE_ARN_SUFFIX.test(secretId) ? [partial, Secret.fromSecretCompleteArn(scope, `${id}Complete`, secretId)] : [partial];
}

/** Props of {@link SourceCollector}. */
export interface SourceCollectorProps {
  /** Which collector (`lambdas/entry/collect-<kind>.ts`, Powertools service `collect-<kind>`). */
  readonly kind: CollectorKind;
  /** The data bucket: writes `raw/` and `quarantine/`, reads `reads`. */
  readonly dataBucket: IBucket;
  /** The state table (cursors, markers). */
  readonly stateTable: ITableV2;
  /** Salt for author hashes (`AUTHOR_SALT_SECRET_ID`). */
  readonly authorSaltSecret: ISecret;
  /** `COLLECTOR_CONFIG`, as JSON. */
  readonly collectorConfigJson: string;
  /** Data-bucket prefixes the collector reads. @default - none */
  readonly reads?: readonly string[];
  /** Secrets Manager names or ARNs the collector reads. @default - none */
  readonly secretIds?: readonly string[];
  /** EventBridge Scheduler expression of its runs. */
  readonly schedule: string;
  /** Time zone of the schedule expression. */
  readonly timeZone: string;
  /** Product name stamped on collected items (`PRODUCT`). @default - none */
  readonly product?: string;
  /** Log group retention. */
  readonly logRetention: RetentionDays;
  /** Powertools log level. @default "INFO" */
  readonly logLevel?: string;
}

/**
 * One source collector: its function (one run at a time), the dead-letter queue for runs that
 * failed after retries, its schedule, and grants for exactly what it reads and writes.
 */
export class SourceCollector extends Construct {
  /** Which collector. */
  public readonly kind: CollectorKind;
  /** Label for alarms and widgets, e.g. `CollectReviews`. */
  public readonly label: string;
  /** The collector function. */
  public readonly collector: PipelineFunction;
  /** Failed runs (Lambda async retries, Scheduler and EventBridge deliveries). */
  public readonly deadLetterQueue: Queue;
  /** Its schedule. */
  public readonly schedule: ScheduledInvocation;

  constructor(scope: Construct, id: string, props: SourceCollectorProps) {
    super(scope, id);
    const { kind } = props;
    this.kind = kind;
    this.label = `Collect${KINDS[kind].id}`;

    this.deadLetterQueue = createInvocationDeadLetterQueue(this, 'DeadLetterQueue');
    this.collector = new PipelineFunction(this, 'Collector', {
      entry: `collect-${kind}`,
      serviceName: `collect-${kind}`,
      description: KINDS[kind].description,
      environment: {
        DATA_BUCKET: props.dataBucket.bucketName,
        STATE_TABLE: props.stateTable.tableName,
        AUTHOR_SALT_SECRET_ID: props.authorSaltSecret.secretArn,
        COLLECTOR_CONFIG: props.collectorConfigJson,
        ...(props.product ? { PRODUCT: props.product } : {}),
      },
      timeout: COLLECTOR_TIMEOUT,
      memorySize: 1024,
      // One run at a time: an overlapping run would fetch the same pages and race on the cursors.
      reservedConcurrentExecutions: 1,
      logRetention: props.logRetention,
      ...(props.logLevel ? { logLevel: props.logLevel } : {}),
      deadLetterQueue: this.deadLetterQueue,
    });

    grantPutPrefix(props.dataBucket, this.collector, PREFIX.raw);
    grantPutPrefix(props.dataBucket, this.collector, PREFIX.quarantine);
    for (const prefix of props.reads ?? []) grantReadPrefix(props.dataBucket, this.collector, prefix);
    props.stateTable.grantReadWriteData(this.collector.function);
    props.authorSaltSecret.grantRead(this.collector.function);
    (props.secretIds ?? []).forEach((secretId, index) => {
      for (const secret of importSecret(this, `SourceSecret${index}`, secretId)) secret.grantRead(this.collector.function);
    });

    this.schedule = new ScheduledInvocation(this, 'Schedule', {
      target: this.collector,
      expression: props.schedule,
      timeZone: props.timeZone,
      eventSource: `feedback-miner.collect-${kind}`,
      description: `Runs the feedback-miner ${kind} collector`,
      deadLetterQueue: this.deadLetterQueue,
    });
  }
}

/** Props of {@link Collectors}. */
export interface CollectorsProps {
  /** The data bucket; it must publish its object events to EventBridge (`eventBridgeEnabled`). */
  readonly dataBucket: IBucket;
  /** The state table. */
  readonly stateTable: ITableV2;
  /** Salt for author hashes, shared with the file-drop collector. */
  readonly authorSaltSecret: ISecret;
  /** The validated `collectors` context: which sources run, and its JSON for `COLLECTOR_CONFIG`. */
  readonly settings: CollectorSettings;
  /** Schedule expression per collector. @default DEFAULT_COLLECTOR_SCHEDULES */
  readonly schedules?: Partial<Readonly<Record<CollectorKind, string>>>;
  /** Time zone of the schedule expressions. @default "Europe/Amsterdam" */
  readonly timeZone?: string;
  /** Product name stamped on items whose query names none (`PRODUCT`). @default - none */
  readonly product?: string;
  /** Log group retention. */
  readonly logRetention: RetentionDays;
  /** Powertools log level. @default "INFO" */
  readonly logLevel?: string;
}

/**
 * The four source collectors (docs/sources.md), always all deployed: a kind with no sources
 * configured runs, finds nothing to do and ends. Reviews, social and chat run on schedules;
 * inbox runs for each upload (S3 "Object Created" through EventBridge) and once a day as a
 * safety net for events that were missed or dead-lettered.
 */
export class Collectors extends Construct {
  /** Each collector by kind. */
  public readonly byKind: Readonly<Record<CollectorKind, SourceCollector>>;
  /** All four, in {@link COLLECTOR_KINDS} order. */
  public readonly all: readonly SourceCollector[];
  /** The rule that runs the inbox collector for each upload. */
  public readonly inboxUploads: Rule;

  constructor(scope: Construct, id: string, props: CollectorsProps) {
    super(scope, id);
    const { config } = props.settings;

    const build = (kind: CollectorKind) =>
      new SourceCollector(this, KINDS[kind].id, {
        kind,
        dataBucket: props.dataBucket,
        stateTable: props.stateTable,
        authorSaltSecret: props.authorSaltSecret,
        collectorConfigJson: props.settings.json,
        reads: collectorReadPrefixes(config, kind),
        secretIds: collectorSecretIds(config, kind),
        schedule: props.schedules?.[kind] ?? DEFAULT_COLLECTOR_SCHEDULES[kind],
        timeZone: props.timeZone ?? 'Europe/Amsterdam',
        ...(props.product ? { product: props.product } : {}),
        logRetention: props.logRetention,
        ...(props.logLevel ? { logLevel: props.logLevel } : {}),
      });
    this.byKind = { reviews: build('reviews'), social: build('social'), chat: build('chat'), inbox: build('inbox') };
    this.all = COLLECTOR_KINDS.map((kind) => this.byKind[kind]);

    const inbox = this.byKind.inbox;
    this.inboxUploads = new Rule(this, 'InboxUploads', {
      description: 'Runs the feedback-miner inbox collector for each file uploaded under inbox/',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: {
          bucket: { name: [props.dataBucket.bucketName] },
          object: { key: uploadTriggerPrefixes(config).map((prefix) => ({ prefix })) },
        },
      },
      targets: [new LambdaFunction(inbox.collector.function, { deadLetterQueue: inbox.deadLetterQueue, retryAttempts: 2, maxEventAge: Duration.hours(1) })],
    });
  }
}
