import { z } from 'zod';
import { type CollectConfig, CollectEnvSchema, parseEnv } from './config.ts';
import { ConfigError } from './errors.ts';
import { ChannelSchema } from './schema/feedback.ts';

const positive = (max: number) => z.number().int().min(1).max(max);
const prefix = z
  .string()
  .min(1)
  .regex(/^[^/].*\/$/, 'must be an S3 key prefix ending in "/" (and not starting with one), e.g. "chat/lex/"');
const secretId = z.string().min(1).max(2048);
const sourceName = z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be lower-case letters, digits or dashes');
const product = z.string().min(1).max(128);

/** Limits a single query may override. */
const QueryLimits = {
  pageSize: positive(100).optional(),
  maxPages: positive(100).optional(),
  product: product.optional(),
};

const AppStoreSchema = z.object({
  appId: z.string().regex(/^\d+$/, 'must be the numeric App Store id, e.g. "1234567890"'),
  countries: z.array(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter lower-case country code such as "nl"')).min(1, 'needs at least one country'),
  ...QueryLimits,
  /** Apple serves at most 10 pages of 50 reviews. */
  maxPages: positive(10).optional(),
});

const GooglePlaySchema = z.object({
  packageName: z.string().regex(/^[A-Za-z][\w]*(\.[A-Za-z][\w]*)+$/, 'must be an Android package name such as "nl.stroomwijs.app"'),
  ...QueryLimits,
});

const TrustpilotSchema = z.object({
  businessUnitId: z.string().regex(/^[0-9a-f]{24}$/i, 'must be the 24-character Trustpilot business unit id'),
  /** Only reviews in this language (ISO 639-1); all languages when absent. */
  language: z.string().min(2).max(8).optional(),
  ...QueryLimits,
});

const MastodonSchema = z
  .object({
    instanceUrl: z.url({ message: 'must be the instance URL, e.g. "https://mastodon.nl"' }),
    hashtags: z.array(z.string().regex(/^[\p{L}\p{N}_]+$/u, 'must be a hashtag without "#"')).default([]),
    /** Collect mentions of the account that owns the access token. */
    mentions: z.boolean().default(false),
    /** Secrets Manager id of the account's access token (needs `read:notifications`); optional for hashtags. */
    accessTokenSecretId: secretId.optional(),
    ...QueryLimits,
  })
  .refine((value) => !value.mentions || value.accessTokenSecretId !== undefined, { message: 'mentions need accessTokenSecretId', path: ['accessTokenSecretId'] })
  .refine((value) => value.mentions || value.hashtags.length > 0, { message: 'needs at least one hashtag or mentions: true', path: ['hashtags'] });

const BlueskySchema = z.object({
  /** Search query (Lucene-like syntax as the AppView accepts it), e.g. "stroomwijs". */
  query: z.string().min(1).max(300),
  lang: z.string().min(2).max(8).optional(),
  ...QueryLimits,
});

const RedditSchema = z
  .object({
    subreddit: z.string().regex(/^[A-Za-z0-9_]{2,21}$/, 'must be a subreddit name without "r/"').optional(),
    search: z.string().min(1).max(512).optional(),
    ...QueryLimits,
  })
  .refine((value) => value.subreddit !== undefined || value.search !== undefined, { message: 'needs a subreddit, a search, or both (search within the subreddit)' });

const InboxMappingSchema = z.object({
  text: z.string().min(1),
  createdAt: z.string().min(1),
  sourceId: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  rating: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  language: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  product: z.string().min(1).optional(),
});

const InboxSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('playconsole-csv'), prefix, product: product.optional() }),
  z.object({
    format: z.literal('csv'),
    prefix,
    source: sourceName.default('upload'),
    channel: ChannelSchema.default('review'),
    mapping: InboxMappingSchema,
    delimiter: z.enum([',', ';', '\t']).optional(),
    product: product.optional(),
  }),
  z.object({
    format: z.literal('jsonl'),
    prefix,
    source: sourceName.default('upload'),
    channel: ChannelSchema.default('review'),
    mapping: InboxMappingSchema,
    product: product.optional(),
  }),
]);

const ChatSchema = z.object({
  /** Amazon Connect chat transcripts, e.g. `connect/stroomwijs/ChatTranscripts/`. */
  connect: z.array(z.object({ prefix, product: product.optional() })).default([]),
  /** Lex V2 text conversation logs delivered to S3 (Firehose subscription or Logs export). */
  lex: z.array(z.object({ prefix, sessionIdleMinutes: z.number().int().min(0).max(1440).default(30), product: product.optional() })).default([]),
  /** The generic JSONL transcript format. */
  jsonl: z.array(z.object({ prefix, source: sourceName.default('chatbot'), holdOpenMinutes: z.number().int().min(0).max(1440).default(0), product: product.optional() })).default([]),
});

const EndpointsSchema = z.object({
  appstore: z.url().default('https://itunes.apple.com'),
  googleplay: z.url().default('https://androidpublisher.googleapis.com'),
  /** Overrides the service account's `token_uri` (tests, proxies). */
  googleOAuthToken: z.url().optional(),
  trustpilot: z.url().default('https://api.trustpilot.com'),
  /** AppView for unauthenticated search; with blueskyLogin the PDS below is used instead. */
  bluesky: z.url().default('https://api.bsky.app'),
  blueskyPds: z.url().default('https://bsky.social'),
  redditAuth: z.url().default('https://www.reddit.com'),
  redditApi: z.url().default('https://oauth.reddit.com'),
});

const SecretsSchema = z.object({
  /** The Google service account key JSON (the file Google Cloud gives you). */
  googlePlayServiceAccount: secretId.optional(),
  /** The Trustpilot API key (the "key" of the application, sent as the apikey header). */
  trustpilotApiKey: secretId.optional(),
  /** `{"clientId": "…", "clientSecret": "…"}` of a Reddit "script" or "web" app. */
  redditClient: secretId.optional(),
  /** A Bluesky app password for blueskyLogin. */
  blueskyAppPassword: secretId.optional(),
});

const HttpSchema = z.object({
  timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
  maxAttempts: z.number().int().min(1).max(10).default(4),
  baseDelayMs: z.number().int().min(0).max(60_000).default(500),
  /** A longer Retry-After than this fails the query instead of waiting. */
  maxRetryAfterSeconds: z.number().int().min(0).max(900).default(120),
  /** Overrides the User-Agent (Reddit asks for `<platform>:<app id>:<version> (by /u/<name>)`). */
  userAgent: z.string().min(1).max(256).optional(),
});

/**
 * Which sources the collectors run and with which queries (COLLECTOR_CONFIG, JSON). Every list
 * defaults to empty: a collector runs only what is configured. See docs/sources.md.
 */
export const CollectorsConfigSchema = z
  .object({
    /** How far back the first run of a query reaches, in days. */
    lookbackDays: z.number().int().min(0).max(365).default(7),
    /** Default records per request (each source caps it to what its API allows). */
    pageSize: positive(100).default(50),
    /** Default requests per query and run. */
    maxPages: positive(100).default(10),
    http: HttpSchema.default(() => HttpSchema.parse({})),
    appstore: z.array(AppStoreSchema).default([]),
    googleplay: z.array(GooglePlaySchema).default([]),
    trustpilot: z.array(TrustpilotSchema).default([]),
    mastodon: z.array(MastodonSchema).default([]),
    bluesky: z.array(BlueskySchema).default([]),
    /** Log in to Bluesky (app password in secrets.blueskyAppPassword) for search. */
    blueskyLogin: z.object({ identifier: z.string().min(3) }).optional(),
    reddit: z.array(RedditSchema).default([]),
    chat: ChatSchema.default(() => ChatSchema.parse({})),
    /** Objects read per prefix and run at most (chat and inbox). */
    maxObjectsPerRun: positive(10_000).default(500),
    inbox: z.array(InboxSchema).default([]),
    secrets: SecretsSchema.default({}),
    endpoints: EndpointsSchema.default(() => EndpointsSchema.parse({})),
  })
  .superRefine((config, ctx) => {
    const need = (condition: boolean, secret: keyof z.infer<typeof SecretsSchema>, what: string) => {
      if (condition && config.secrets[secret] === undefined) ctx.addIssue({ code: 'custom', path: ['secrets', secret], message: `is required for ${what}` });
    };
    need(config.googleplay.length > 0, 'googlePlayServiceAccount', 'googleplay');
    need(config.trustpilot.length > 0, 'trustpilotApiKey', 'trustpilot');
    need(config.reddit.length > 0, 'redditClient', 'reddit');
    need(config.blueskyLogin !== undefined, 'blueskyAppPassword', 'blueskyLogin');
  });

/** The validated collector configuration. */
export type CollectorsConfig = z.infer<typeof CollectorsConfigSchema>;
/** One inbox entry of the configuration. */
export type InboxConfig = CollectorsConfig['inbox'][number];

/**
 * Parses COLLECTOR_CONFIG (JSON) once, at cold start. Problems name the variable and the path,
 * e.g. `COLLECTOR_CONFIG: appstore[0].countries[1]: must be a two-letter lower-case country code`.
 *
 * @example
 * const config = parseCollectorsConfig(process.env.COLLECTOR_CONFIG);
 */
export function parseCollectorsConfig(json: string | undefined): CollectorsConfig {
  if (json === undefined || json.trim() === '') throw new ConfigError('COLLECTOR_CONFIG: is required: a JSON object naming the sources to collect (see docs/sources.md)');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (cause) {
    throw new ConfigError(`COLLECTOR_CONFIG: is not valid JSON (${(cause as Error).message})`, { cause });
  }
  const result = CollectorsConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`);
  throw new ConfigError(`COLLECTOR_CONFIG: ${problems.join('; ')}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** A collector Lambda's settings: the shared collector env plus the parsed COLLECTOR_CONFIG. */
export interface CollectorsEnv {
  env: CollectConfig;
  collectors: CollectorsConfig;
}

/** Parses a collector Lambda's environment (DATA_BUCKET, STATE_TABLE, ..., COLLECTOR_CONFIG). */
export function parseCollectorsEnv(env: Readonly<Record<string, string | undefined>>): CollectorsEnv {
  return { env: parseEnv(CollectEnvSchema, env), collectors: parseCollectorsConfig(env.COLLECTOR_CONFIG) };
}
