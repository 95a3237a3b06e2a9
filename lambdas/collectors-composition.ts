/**
 * Composition of the source collectors (reviews, social, chat, inbox): the only place that
 * chooses their adapters. `createAwsCollectorDeps` builds a Lambda's dependencies from its
 * environment; `createLocalCollectorDeps` builds the same against the local stand-ins and the
 * source simulator. Both go through `buildCollectorDeps`, so the wiring cannot drift apart.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import packageJson from '../package.json' with { type: 'json' };
import { DynamoStateStore } from './adapters/aws/dynamo-state-store.ts';
import { S3FeedbackStore } from './adapters/aws/s3-feedback-store.ts';
import { cachedSecret } from './adapters/aws/secrets.ts';
import { AppStoreReviewsClient } from './adapters/http/appstore-client.ts';
import { BlueskySearchClient, BlueskySession } from './adapters/http/bluesky-client.ts';
import { ANDROID_PUBLISHER_SCOPE, GoogleServiceAccountTokens } from './adapters/http/google-auth.ts';
import { GooglePlayReviewsClient } from './adapters/http/googleplay-client.ts';
import { HttpClient } from './adapters/http/http-client.ts';
import { MastodonClient } from './adapters/http/mastodon-client.ts';
import { RedditAppToken, RedditListingClient } from './adapters/http/reddit-client.ts';
import { TrustpilotReviewsClient } from './adapters/http/trustpilot-client.ts';
import { LOCAL_DYNAMO_CREDENTIALS, LOCAL_S3_CREDENTIALS } from './adapters/local/local-credentials.ts';
import { appStoreRssFormat } from './core/collect/formats/appstore-rss.ts';
import { mastodonStatusesFormat } from './core/collect/formats/mastodon-statuses.ts';
import type { SourceQuery } from './core/collect/source-client.ts';
import { normaliseBlueskyPost } from './core/collect/sources/bluesky.ts';
import type { ExportPrefix } from './core/collect/sources/collect-exports.ts';
import { connectExportFormat } from './core/collect/sources/connect.ts';
import { normaliseGooglePlayReview } from './core/collect/sources/googleplay.ts';
import { mappedCsvFormat, mappedJsonlFormat, playConsoleCsvFormat } from './core/collect/sources/inbox.ts';
import { lexExportFormat } from './core/collect/sources/lex.ts';
import { normaliseRedditPost } from './core/collect/sources/reddit.ts';
import { transcriptJsonlFormat } from './core/collect/sources/transcript-jsonl.ts';
import { normaliseTrustpilotReview } from './core/collect/sources/trustpilot.ts';
import { CollectEnvSchema, type CollectConfig, parseEnv } from './core/config.ts';
import { type CollectorsConfig, parseCollectorsConfig, parseCollectorsEnv } from './core/config-collectors.ts';
import { ConfigError } from './core/errors.ts';
import type { FeedbackStore, Log, StateStore } from './core/ports.ts';
import type { CollectExportsDeps } from './handlers/collect-chat.ts';
import type { CollectSourcesDeps } from './handlers/collect-reviews.ts';
import { createObservability } from './handlers/observability.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** The four collector Lambdas. */
export type CollectorKind = 'reviews' | 'social' | 'chat' | 'inbox';

/** The dependencies each collector kind's handler takes. */
export interface CollectorDepsByKind {
  reviews: CollectSourcesDeps;
  social: CollectSourcesDeps;
  chat: CollectExportsDeps;
  inbox: CollectExportsDeps;
}

/** Where the project can be reached, in every request's User-Agent. */
export const PROJECT_URL = 'https://github.com/stroomwijs/feedback-miner';

/** `feedback-miner/<version> (+<project url>)`. */
export const DEFAULT_USER_AGENT = `feedback-miner/${packageJson.version} (+${PROJECT_URL})`;

/** What `buildCollectorDeps` is given: configuration plus the stores and secrets already chosen. */
export interface CollectorWiring {
  collectors: CollectorsConfig;
  env: CollectConfig;
  store: FeedbackStore;
  state: StateStore;
  authorSalt: () => Promise<string>;
  /** A secret's value by its id (Secrets Manager on AWS, a map locally). */
  secret: (secretId: string) => () => Promise<string>;
  /** Injected by tests to record waits instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
}

function requireSecret(id: string | undefined, name: string): string {
  if (!id) throw new ConfigError(`COLLECTOR_CONFIG: secrets.${name} is required`);
  return id;
}

/** The SourceQuery list of an API collector kind, with one shared HTTP client. */
export function buildSourceQueries(kind: 'reviews' | 'social', wiring: CollectorWiring, log: Log): SourceQuery[] {
  const { collectors: config } = wiring;
  const http = new HttpClient({
    userAgent: config.http.userAgent ?? DEFAULT_USER_AGENT,
    timeoutMs: config.http.timeoutMs,
    maxAttempts: config.http.maxAttempts,
    baseDelayMs: config.http.baseDelayMs,
    maxRetryAfterMs: config.http.maxRetryAfterSeconds * 1000,
    log,
    ...(wiring.sleep ? { sleep: wiring.sleep } : {}),
  });
  const product = (own: string | undefined) => own ?? wiring.env.PRODUCT;
  const limits = (own: { pageSize?: number | undefined; maxPages?: number | undefined }) => ({ pageSize: own.pageSize ?? config.pageSize, maxPages: own.maxPages ?? config.maxPages });
  const queries: SourceQuery[] = [];
  const add = (query: Omit<SourceQuery, 'product'> & { product: string | undefined }) => {
    const { product: chosen, ...rest } = query;
    queries.push(chosen === undefined ? rest : { ...rest, product: chosen });
  };

  if (kind === 'reviews') {
    for (const app of config.appstore) {
      for (const country of app.countries) {
        add({
          source: appStoreRssFormat.source,
          channel: 'review',
          query: `${country}:${app.appId}`,
          client: new AppStoreReviewsClient(http, { baseUrl: config.endpoints.appstore, appId: app.appId, country }),
          normalise: appStoreRssFormat.normalise,
          product: product(app.product),
          pageSize: 50,
          maxPages: Math.min(10, app.maxPages ?? config.maxPages),
        });
      }
    }
    if (config.googleplay.length > 0) {
      const tokens = new GoogleServiceAccountTokens(http, wiring.secret(requireSecret(config.secrets.googlePlayServiceAccount, 'googlePlayServiceAccount')), {
        scope: ANDROID_PUBLISHER_SCOPE,
        ...(config.endpoints.googleOAuthToken ? { tokenUrl: config.endpoints.googleOAuthToken } : {}),
      });
      for (const app of config.googleplay) {
        add({
          source: 'googleplay',
          channel: 'review',
          query: app.packageName,
          client: new GooglePlayReviewsClient(http, tokens, { baseUrl: config.endpoints.googleplay, packageName: app.packageName }),
          normalise: normaliseGooglePlayReview,
          product: product(app.product) ?? app.packageName,
          ...limits(app),
        });
      }
    }
    if (config.trustpilot.length > 0) {
      const apiKey = wiring.secret(requireSecret(config.secrets.trustpilotApiKey, 'trustpilotApiKey'));
      for (const unit of config.trustpilot) {
        add({
          source: 'trustpilot',
          channel: 'review',
          query: unit.language ? `${unit.businessUnitId}:${unit.language}` : unit.businessUnitId,
          client: new TrustpilotReviewsClient(http, apiKey, { baseUrl: config.endpoints.trustpilot, businessUnitId: unit.businessUnitId, ...(unit.language ? { language: unit.language } : {}) }),
          normalise: normaliseTrustpilotReview,
          product: product(unit.product),
          ...limits(unit),
        });
      }
    }
    return queries;
  }

  for (const instance of config.mastodon) {
    const host = new URL(instance.instanceUrl).hostname;
    const accessToken = instance.accessTokenSecretId ? wiring.secret(instance.accessTokenSecretId) : undefined;
    const common = { source: mastodonStatusesFormat.source, channel: 'social' as const, normalise: mastodonStatusesFormat.normalise, product: product(instance.product), ...limits(instance) };
    for (const hashtag of instance.hashtags) {
      add({ ...common, query: `${host}:tag:${hashtag.toLowerCase()}`, client: new MastodonClient(http, { instanceUrl: instance.instanceUrl, query: { kind: 'tag', hashtag }, ...(accessToken ? { accessToken } : {}) }) });
    }
    if (instance.mentions && accessToken) {
      add({ ...common, query: `${host}:mentions`, client: new MastodonClient(http, { instanceUrl: instance.instanceUrl, query: { kind: 'mentions' }, accessToken }) });
    }
  }
  if (config.bluesky.length > 0) {
    const login = config.blueskyLogin;
    const session = login
      ? new BlueskySession(http, { serviceUrl: config.endpoints.blueskyPds, identifier: login.identifier, appPassword: wiring.secret(requireSecret(config.secrets.blueskyAppPassword, 'blueskyAppPassword')) })
      : undefined;
    for (const search of config.bluesky) {
      add({
        source: 'bluesky',
        channel: 'social',
        query: `search:${search.query}${search.lang ? `:${search.lang}` : ''}`,
        client: new BlueskySearchClient(http, { serviceUrl: session ? config.endpoints.blueskyPds : config.endpoints.bluesky, query: search.query, ...(search.lang ? { lang: search.lang } : {}), ...(session ? { session } : {}) }),
        normalise: normaliseBlueskyPost,
        product: product(search.product),
        ...limits(search),
      });
    }
  }
  if (config.reddit.length > 0) {
    const token = new RedditAppToken(http, { authBaseUrl: config.endpoints.redditAuth, client: wiring.secret(requireSecret(config.secrets.redditClient, 'redditClient')) });
    for (const listing of config.reddit) {
      const name = listing.subreddit ? `r/${listing.subreddit}${listing.search ? `:search:${listing.search}` : ''}` : `search:${listing.search}`;
      add({
        source: 'reddit',
        channel: 'social',
        query: name,
        client: new RedditListingClient(http, token, { apiBaseUrl: config.endpoints.redditApi, query: { ...(listing.subreddit ? { subreddit: listing.subreddit } : {}), ...(listing.search ? { search: listing.search } : {}) } }),
        normalise: normaliseRedditPost,
        product: product(listing.product),
        ...limits(listing),
      });
    }
  }
  return queries;
}

/** The ExportPrefix list of an export collector kind. */
export function buildExportPrefixes(kind: 'chat' | 'inbox', config: CollectorsConfig, defaultProduct?: string): ExportPrefix[] {
  const withProduct = (prefix: Omit<ExportPrefix, 'product'>, product: string | undefined): ExportPrefix => {
    const chosen = product ?? defaultProduct;
    return chosen === undefined ? prefix : { ...prefix, product: chosen };
  };
  if (kind === 'chat') {
    return [
      ...config.chat.connect.map((entry) => withProduct({ prefix: entry.prefix, format: connectExportFormat, holdOpenMinutes: 0, markByContent: false }, entry.product)),
      ...config.chat.lex.map((entry) => withProduct({ prefix: entry.prefix, format: lexExportFormat, holdOpenMinutes: entry.sessionIdleMinutes, markByContent: false }, entry.product)),
      ...config.chat.jsonl.map((entry) => withProduct({ prefix: entry.prefix, format: transcriptJsonlFormat(entry.source), holdOpenMinutes: entry.holdOpenMinutes, markByContent: false }, entry.product)),
    ];
  }
  return config.inbox.map((entry) => {
    if (entry.format === 'playconsole-csv') return withProduct({ prefix: entry.prefix, format: playConsoleCsvFormat, holdOpenMinutes: 0, markByContent: true }, entry.product);
    const options = { source: entry.source, channel: entry.channel, mapping: entry.mapping, ...('delimiter' in entry && entry.delimiter ? { delimiter: entry.delimiter } : {}) };
    const format = entry.format === 'csv' ? mappedCsvFormat(options) : mappedJsonlFormat(options);
    return withProduct({ prefix: entry.prefix, format, holdOpenMinutes: 0, markByContent: true }, entry.product);
  });
}

/** Builds one collector kind's handler dependencies from configuration and chosen stores. */
export function buildCollectorDeps<K extends CollectorKind>(kind: K, wiring: CollectorWiring): CollectorDepsByKind[K] {
  const observability = createObservability(`collect-${kind}`);
  const common = { ...observability, store: wiring.store, state: wiring.state, authorSalt: wiring.authorSalt };
  if (kind === 'reviews' || kind === 'social') {
    const deps: CollectSourcesDeps = {
      ...common,
      queries: buildSourceQueries(kind, wiring, observability.logger),
      config: { lookbackDays: wiring.collectors.lookbackDays, maxItemsPerObject: wiring.env.RAW_OBJECT_MAX_ITEMS },
    };
    return deps as CollectorDepsByKind[K];
  }
  const deps: CollectExportsDeps = {
    ...common,
    prefixes: buildExportPrefixes(kind === 'chat' ? 'chat' : 'inbox', wiring.collectors, wiring.env.PRODUCT),
    config: { maxItemsPerObject: wiring.env.RAW_OBJECT_MAX_ITEMS, maxObjectsPerRun: wiring.collectors.maxObjectsPerRun },
  };
  return deps as CollectorDepsByKind[K];
}

/**
 * Dependencies of one collector Lambda on AWS, from its environment (DATA_BUCKET, STATE_TABLE,
 * AUTHOR_SALT_SECRET_ID, COLLECTOR_CONFIG...). Invalid configuration fails here, at cold start.
 *
 * @example
 * export const handler = makeCollectReviewsHandler(createAwsCollectorDeps('reviews', process.env));
 */
export function createAwsCollectorDeps<K extends CollectorKind>(kind: K, env: Env): CollectorDepsByKind[K] {
  const { env: config, collectors } = parseCollectorsEnv(env);
  if (!config.AUTHOR_SALT_SECRET_ID) throw new ConfigError('AUTHOR_SALT_SECRET_ID: is required on AWS');
  const s3 = new S3Client({ region: config.AWS_REGION });
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ region: config.AWS_REGION }), { marshallOptions: { removeUndefinedValues: true } });
  const secrets = new SecretsManagerClient({ region: config.AWS_REGION });
  const cache = new Map<string, () => Promise<string>>();
  return buildCollectorDeps(kind, {
    collectors,
    env: config,
    store: new S3FeedbackStore(s3, config.DATA_BUCKET),
    state: new DynamoStateStore(db, config.STATE_TABLE),
    authorSalt: cachedSecret(secrets, config.AUTHOR_SALT_SECRET_ID),
    secret: (id) => {
      const existing = cache.get(id);
      if (existing) return existing;
      const reader = cachedSecret(secrets, id);
      cache.set(id, reader);
      return reader;
    },
  });
}

/** Where the local stand-ins listen, and the local stand-in for Secrets Manager. */
export interface LocalCollectorOptions {
  s3Endpoint: string;
  dynamoEndpoint: string;
  region: string;
  bucket: string;
  stateTable: string;
  authorSalt: string;
  /** COLLECTOR_CONFIG as JSON, or already parsed (e.g. from `simulatorCollectorConfig`). */
  collectorConfig: string | CollectorsConfig;
  /** Secret values by secret id (what Secrets Manager would return). */
  secrets: Readonly<Record<string, string>>;
  /** Reuse the local runtime's SDK clients instead of creating new ones. */
  clients?: { s3: S3Client; db: DynamoDBDocumentClient };
  /** Extra collector environment (RAW_OBJECT_MAX_ITEMS, PRODUCT), parsed as on AWS. */
  env?: Env;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Dependencies of one collector for the local runtime: the same handlers and adapters, with the
 * SDK clients on the local S3 and DynamoDB and the HTTP sources wherever the configuration's
 * `endpoints` (and Mastodon instance URLs) point, i.e. the source simulator.
 */
export function createLocalCollectorDeps<K extends CollectorKind>(kind: K, options: LocalCollectorOptions): CollectorDepsByKind[K] {
  const env = parseEnv(CollectEnvSchema, { DATA_BUCKET: options.bucket, STATE_TABLE: options.stateTable, AWS_REGION: options.region, ...options.env });
  const collectors = typeof options.collectorConfig === 'string' ? parseCollectorsConfig(options.collectorConfig) : options.collectorConfig;
  const s3 = options.clients?.s3 ?? new S3Client({ region: options.region, endpoint: options.s3Endpoint, forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS });
  const db =
    options.clients?.db ??
    DynamoDBDocumentClient.from(new DynamoDBClient({ region: options.region, endpoint: options.dynamoEndpoint, credentials: LOCAL_DYNAMO_CREDENTIALS }), {
      marshallOptions: { removeUndefinedValues: true },
    });
  return buildCollectorDeps(kind, {
    collectors,
    env,
    store: new S3FeedbackStore(s3, options.bucket),
    state: new DynamoStateStore(db, options.stateTable),
    authorSalt: async () => options.authorSalt,
    secret: (id) => async () => {
      const value = options.secrets[id];
      if (value === undefined) throw new ConfigError(`secret ${id} is not among the local secrets`);
      return value;
    },
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
}
