/**
 * The composition root: the ONLY place that chooses adapters. `createAws*Deps` build what each
 * Lambda needs from its validated environment; `createLocalDeps` builds the same for the
 * embedded runtime, with the same SDK clients pointed at the local stand-ins.
 */
import { ComprehendClient } from '@aws-sdk/client-comprehend';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import topicMapJson from '../config/topic-map.json' with { type: 'json' };
import { ComprehendAnalyzer } from './adapters/aws/comprehend-analyzer.ts';
import { DynamoAggregateStore } from './adapters/aws/dynamo-aggregate-store.ts';
import { DynamoStateStore } from './adapters/aws/dynamo-state-store.ts';
import { S3FeedbackStore } from './adapters/aws/s3-feedback-store.ts';
import { S3PrefixSource } from './adapters/aws/s3-prefix-source.ts';
import { cachedSecret } from './adapters/aws/secrets.ts';
import { DirectorySource } from './adapters/local/directory-source.ts';
import { LOCAL_DYNAMO_CREDENTIALS, LOCAL_S3_CREDENTIALS } from './adapters/local/local-credentials.ts';
import { SlackWebhookNotifier } from './adapters/slack/slack-webhook-notifier.ts';
import { LexiconAnalyzer } from './core/analysis/lexicon-analyzer.ts';
import type { TopicMap } from './core/analysis/types.ts';
import { ALL_FORMATS } from './core/collect/formats/index.ts';
import {
  AggregateEnvSchema,
  CollectEnvSchema,
  DigestEnvSchema,
  type EnrichConfig,
  EnrichEnvSchema,
  NotifyEnvSchema,
  parseEnv,
} from './core/config.ts';
import { ConfigError } from './core/errors.ts';
import type { Analyzer, Log } from './core/ports.ts';
import { PREFIX } from './core/storage-contract.ts';
import { TopicMapSchema } from './core/schema/topic-map.ts';
import type { AggregateHandlerDeps } from './handlers/aggregate.ts';
import type { CollectFilesDeps } from './handlers/collect-files.ts';
import type { DigestHandlerDeps } from './handlers/digest.ts';
import type { EnrichHandlerDeps } from './handlers/enrich.ts';
import type { NotifyHandlerDeps } from './handlers/notify.ts';
import { createObservability } from './handlers/observability.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** The bundled, editable topic map (config/topic-map.json), or the one given in TOPIC_MAP_JSON. */
export function loadTopicMap(json?: string): TopicMap {
  let value: unknown = topicMapJson;
  if (json) {
    try {
      value = JSON.parse(json);
    } catch (cause) {
      throw new ConfigError('TOPIC_MAP_JSON: is not valid JSON', { cause });
    }
  }
  const parsed = TopicMapSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(`${json ? 'TOPIC_MAP_JSON' : 'config/topic-map.json'}: ${parsed.error.issues[0]?.message ?? 'invalid'} at ${parsed.error.issues[0]?.path.join('.')}`);
  return parsed.data;
}

/** The analyzer ANALYZER selects; Comprehend always leans on the local analyzer for the rest. */
export function createAnalyzer(config: EnrichConfig, comprehend?: () => ComprehendClient): Analyzer {
  const local = new LexiconAnalyzer({ topicMap: loadTopicMap(config.TOPIC_MAP_JSON) });
  if (config.ANALYZER === 'local') return local;
  if (!comprehend) throw new ConfigError('ANALYZER: comprehend needs AWS credentials and is not available in the local runtime');
  return new ComprehendAnalyzer(comprehend(), local);
}

function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** SDK clients for AWS, created once per cold start. Endpoints follow AWS_ENDPOINT_URL_* if set. */
function awsClients(region: string) {
  return {
    s3: new S3Client({ region }),
    db: documentClient(new DynamoDBClient({ region })),
    secrets: new SecretsManagerClient({ region }),
  };
}

/** The Slack notifier for AWS: the default webhook plus optional routes, each from Secrets Manager. */
function awsSlackNotifier(secrets: SecretsManagerClient, config: { SLACK_WEBHOOK_SECRET_ID?: string | undefined; SLACK_ROUTES: { match: string; secretId: string }[] }, log: Log) {
  const routes = [
    { match: '*', webhookUrl: cachedSecret(secrets, requireSetting(config.SLACK_WEBHOOK_SECRET_ID, 'SLACK_WEBHOOK_SECRET_ID'), 'webhookUrl') },
    ...config.SLACK_ROUTES.map((route) => ({ match: route.match, webhookUrl: cachedSecret(secrets, route.secretId, 'webhookUrl') })),
  ];
  return new SlackWebhookNotifier(routes, log);
}

function requireSetting(value: string | undefined, name: string): string {
  if (!value) throw new ConfigError(`${name}: is required on AWS`);
  return value;
}

/** Dependencies of the inbox collector Lambda. */
export function createAwsCollectFilesDeps(env: Env): CollectFilesDeps {
  const config = parseEnv(CollectEnvSchema, env);
  const { s3, db, secrets } = awsClients(config.AWS_REGION);
  return {
    ...createObservability('collect-files'),
    source: new S3PrefixSource(s3, config.DATA_BUCKET, PREFIX.inbox),
    formats: ALL_FORMATS,
    store: new S3FeedbackStore(s3, config.DATA_BUCKET),
    state: new DynamoStateStore(db, config.STATE_TABLE),
    authorSalt: cachedSecret(secrets, requireSetting(config.AUTHOR_SALT_SECRET_ID, 'AUTHOR_SALT_SECRET_ID')),
    config,
  };
}

/** Dependencies of the enrich Lambda. */
export function createAwsEnrichDeps(env: Env): EnrichHandlerDeps {
  const config = parseEnv(EnrichEnvSchema, env);
  const { s3, db } = awsClients(config.AWS_REGION);
  return {
    ...createObservability('enrich'),
    store: new S3FeedbackStore(s3, config.DATA_BUCKET),
    state: new DynamoStateStore(db, config.STATE_TABLE),
    // Throttling is retried by the SDK with adaptive backoff; a call that still fails fails the batch item.
    analyzer: createAnalyzer(config, () => new ComprehendClient({ region: config.AWS_REGION, maxAttempts: 8, retryMode: 'adaptive' })),
    config,
  };
}

/** Dependencies of the aggregate Lambda. */
export function createAwsAggregateDeps(env: Env): AggregateHandlerDeps {
  const config = parseEnv(AggregateEnvSchema, env);
  const { s3, db } = awsClients(config.AWS_REGION);
  return {
    ...createObservability('aggregate'),
    store: new S3FeedbackStore(s3, config.DATA_BUCKET),
    aggregates: new DynamoAggregateStore(db, config.AGGREGATES_TABLE),
    config,
  };
}

/** Dependencies of the notify Lambda. */
export function createAwsNotifyDeps(env: Env): NotifyHandlerDeps {
  const config = parseEnv(NotifyEnvSchema, env);
  const { s3, db, secrets } = awsClients(config.AWS_REGION);
  const observability = createObservability('notify');
  return {
    ...observability,
    aggregates: new DynamoAggregateStore(db, config.AGGREGATES_TABLE),
    state: new DynamoStateStore(db, config.STATE_TABLE),
    store: new S3FeedbackStore(s3, config.DATA_BUCKET),
    notifier: awsSlackNotifier(secrets, config, observability.logger),
    config,
  };
}

/** Dependencies of the daily digest Lambda. */
export function createAwsDigestDeps(env: Env): DigestHandlerDeps {
  const config = parseEnv(DigestEnvSchema, env);
  const { db, secrets } = awsClients(config.AWS_REGION);
  const observability = createObservability('digest');
  return {
    ...observability,
    aggregates: new DynamoAggregateStore(db, config.AGGREGATES_TABLE),
    state: new DynamoStateStore(db, config.STATE_TABLE),
    notifier: awsSlackNotifier(secrets, config, observability.logger),
    config,
  };
}

/** Where the embedded runtime's stand-ins listen and what they hold. */
export interface LocalOptions {
  s3Endpoint: string;
  dynamoEndpoint: string;
  region: string;
  bucket: string;
  aggregatesTable: string;
  stateTable: string;
  /** The loopback webhook receiver standing in for Slack. */
  slackWebhookUrl: string;
  /** Folder of source files the file-drop collector ingests. */
  dataDir: string;
  /** Fixed local salt for author hashes (no Secrets Manager locally). */
  authorSalt: string;
  /** Extra environment (thresholds…) parsed exactly as on AWS. */
  env?: Env;
}

/** Everything the local runtime invokes, wired to the stand-ins. */
export interface LocalDeps {
  collectFiles: CollectFilesDeps;
  enrich: EnrichHandlerDeps;
  aggregate: AggregateHandlerDeps;
  notify: NotifyHandlerDeps;
  digest: DigestHandlerDeps;
  clients: { s3: S3Client; db: DynamoDBDocumentClient; dynamo: DynamoDBClient };
}

/** Builds the same handler dependencies as on AWS, with SDK clients pointed at the stand-ins. */
export function createLocalDeps(options: LocalOptions): LocalDeps {
  const s3 = new S3Client({ region: options.region, endpoint: options.s3Endpoint, forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS });
  const dynamo = new DynamoDBClient({ region: options.region, endpoint: options.dynamoEndpoint, credentials: LOCAL_DYNAMO_CREDENTIALS });
  const db = documentClient(dynamo);
  const env: Env = {
    DATA_BUCKET: options.bucket,
    STATE_TABLE: options.stateTable,
    AGGREGATES_TABLE: options.aggregatesTable,
    AWS_REGION: options.region,
    ...options.env,
  };
  const store = new S3FeedbackStore(s3, options.bucket);
  const state = new DynamoStateStore(db, options.stateTable);
  const aggregates = new DynamoAggregateStore(db, options.aggregatesTable);
  const enrichConfig = parseEnv(EnrichEnvSchema, env);
  const notifyObservability = createObservability('notify');
  const digestObservability = createObservability('digest');
  return {
    collectFiles: {
      ...createObservability('collect-files'),
      source: new DirectorySource(options.dataDir, { scope: `files:${options.dataDir}`, exclude: ['dev-sets', 'sources'] }),
      formats: ALL_FORMATS,
      store,
      state,
      authorSalt: async () => options.authorSalt,
      config: parseEnv(CollectEnvSchema, env),
    },
    enrich: { ...createObservability('enrich'), store, state, analyzer: createAnalyzer(enrichConfig), config: enrichConfig },
    aggregate: { ...createObservability('aggregate'), store, aggregates, config: parseEnv(AggregateEnvSchema, env) },
    notify: {
      ...notifyObservability,
      aggregates,
      state,
      store,
      notifier: new SlackWebhookNotifier([{ match: '*', webhookUrl: async () => options.slackWebhookUrl }], notifyObservability.logger),
      config: parseEnv(NotifyEnvSchema, env),
    },
    digest: {
      ...digestObservability,
      aggregates,
      state,
      notifier: new SlackWebhookNotifier([{ match: '*', webhookUrl: async () => options.slackWebhookUrl }], digestObservability.logger),
      config: parseEnv(DigestEnvSchema, env),
    },
    clients: { s3, db, dynamo },
  };
}
