import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';
import { z } from 'zod';
import { EnrichEnvSchema, NotifyEnvSchema } from '../lambdas/core/config.ts';
import { type CollectorsConfig, CollectorsConfigSchema } from '../lambdas/core/config-collectors.ts';
import { PREFIX } from '../lambdas/core/storage-contract.ts';
import { COLLECTOR_TIMEOUT, DEFAULT_COLLECTOR_SCHEDULES } from './constructs/collectors.ts';

/** An EventBridge Scheduler expression: `rate(…)`, `cron(…)` or `at(…)`. */
const scheduleExpression = z
  .string()
  .trim()
  .regex(/^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(\S+( \S+){5}\)|at\(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\))$/, {
    message: 'must be an EventBridge Scheduler expression such as "rate(15 minutes)" or "cron(5 * * * ? *)"',
  });

const isIsoDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

const RETENTION_VALUES = new Set(Object.values(RetentionDays).filter((value): value is number => typeof value === 'number'));

/** CLI `-c key=value` hands over strings; accept JSON there and objects from cdk.json. */
const jsonObject = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }, schema);

/** Alert thresholds, validated by the very fields of the notify handler's env schema. */
const AlertingSchema = z
  .object({
    windowHours: NotifyEnvSchema.shape.ALERT_WINDOW_HOURS,
    baselineDays: NotifyEnvSchema.shape.BASELINE_DAYS,
    minVolume: NotifyEnvSchema.shape.ALERT_MIN_VOLUME,
    zThreshold: NotifyEnvSchema.shape.ALERT_Z_THRESHOLD,
    minLift: NotifyEnvSchema.shape.ALERT_MIN_LIFT,
    cooldownHours: NotifyEnvSchema.shape.ALERT_COOLDOWN_HOURS,
  })
  .strict();

/**
 * Lambda allows 4 KB of environment variables per function; about 1 KB goes to the collector's
 * other settings (bucket, table and secret names, Powertools), the rest to COLLECTOR_CONFIG.
 */
export const COLLECTOR_CONFIG_MAX_BYTES = 3072;

/** Prefixes the pipeline itself writes; a collector reading them would collect its own output. */
const PIPELINE_PREFIXES = [PREFIX.raw, 'curated/', PREFIX.quarantine] as const;

const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}$/;

/**
 * The source collectors' configuration as deployed: the validated value, and the JSON the
 * functions receive as `COLLECTOR_CONFIG` (the operator's value, compact, defaults left to the
 * handlers so the 4 KB environment limit goes to sources).
 */
export interface CollectorSettings {
  readonly config: CollectorsConfig;
  readonly json: string;
}

type IssuePath = (string | number)[];

/**
 * Checks a valid collector configuration against what this stack deploys: no unknown top-level
 * keys (a typo would silently collect nothing), no chat/inbox prefix inside the pipeline's own
 * prefixes, secret ids that IAM can scope, a run that survives one hanging source, and a JSON
 * that fits the Lambda environment.
 */
function deploymentProblems(raw: Record<string, unknown>, config: CollectorsConfig, json: string): { path: IssuePath; message: string }[] {
  const problems: { path: IssuePath; message: string }[] = [];
  const known = Object.keys(CollectorsConfigSchema.shape);
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) problems.push({ path: [key], message: `is not a collector setting (known: ${known.join(', ')})` });
  }
  const prefixes: [IssuePath, string][] = [
    ...config.chat.connect.map((entry, index): [IssuePath, string] => [['chat', 'connect', index, 'prefix'], entry.prefix]),
    ...config.chat.lex.map((entry, index): [IssuePath, string] => [['chat', 'lex', index, 'prefix'], entry.prefix]),
    ...config.chat.jsonl.map((entry, index): [IssuePath, string] => [['chat', 'jsonl', index, 'prefix'], entry.prefix]),
    ...config.inbox.map((entry, index): [IssuePath, string] => [['inbox', index, 'prefix'], entry.prefix]),
  ];
  for (const [path, prefix] of prefixes) {
    const owned = PIPELINE_PREFIXES.find((pipelinePrefix) => prefix.startsWith(pipelinePrefix));
    if (owned) problems.push({ path, message: `must not be under ${owned}: the pipeline writes there, so the collector would read its own output` });
  }
  const secretIds: [IssuePath, string | undefined][] = [
    ...Object.entries(config.secrets).map(([name, id]): [IssuePath, string | undefined] => [['secrets', name], id]),
    ...config.mastodon.map((instance, index): [IssuePath, string | undefined] => [['mastodon', index, 'accessTokenSecretId'], instance.accessTokenSecretId]),
  ];
  for (const [path, id] of secretIds) {
    if (id !== undefined && !SECRET_NAME.test(id) && !SECRET_ARN.test(id)) {
      problems.push({ path, message: 'must be a Secrets Manager secret name (letters, digits and /_+=.@-) or a secret ARN' });
    }
  }
  const hangingSourceMs = config.http.timeoutMs * config.http.maxAttempts;
  if (hangingSourceMs >= COLLECTOR_TIMEOUT.toMilliseconds()) {
    problems.push({
      path: ['http'],
      message: `timeoutMs × maxAttempts is ${hangingSourceMs / 1000} s, not less than the collectors' ${COLLECTOR_TIMEOUT.toSeconds()} s Lambda timeout: one unresponsive source would end every run before the queries after it`,
    });
  }
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > COLLECTOR_CONFIG_MAX_BYTES) {
    problems.push({
      path: [],
      message: `is ${bytes} bytes as JSON, over the ${COLLECTOR_CONFIG_MAX_BYTES} bytes left for COLLECTOR_CONFIG in Lambda's 4 KB environment: leave out values that equal the defaults`,
    });
  }
  return problems;
}

/** Why a `-c collectors=…` string did not parse as JSON (jsonObject left it a string). */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return 'it holds a string, not an object';
  } catch (error) {
    return (error as Error).message;
  }
}

const EMPTY_COLLECTORS: CollectorSettings = { config: CollectorsConfigSchema.parse({}), json: '{}' };

/**
 * `collectors`: validated by the collectors' own `CollectorsConfigSchema` (so synth fails on
 * exactly what a cold start would), then by {@link deploymentProblems}.
 */
const CollectorsContextSchema = jsonObject(z.unknown()).transform((raw, ctx): CollectorSettings => {
  if (typeof raw === 'string') {
    ctx.addIssue({ code: 'custom', message: `is not valid JSON (${jsonError(raw)}); pass the object of docs/sources.md, e.g. -c 'collectors={"appstore": [...]}'` });
    return z.NEVER;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object of sources (see docs/sources.md), e.g. {"appstore": [{"appId": "1234567890", "countries": ["nl"]}]}' });
    return z.NEVER;
  }
  const result = CollectorsConfigSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  }
  const json = JSON.stringify(raw);
  const problems = deploymentProblems(raw as Record<string, unknown>, result.data, json);
  for (const problem of problems) ctx.addIssue({ code: 'custom', ...problem });
  return problems.length > 0 ? z.NEVER : { config: result.data, json };
});

/**
 * The app's CDK context (cdk.json `context`, or `cdk synth -c key=value`). Every key is
 * optional; the defaults below apply when it is absent. Values from `-c` arrive as strings, so
 * numbers are coerced and objects may be given as JSON.
 */
export const FeedbackContextSchema = z.object({
  /** When the file-drop collector (native JSON documents in inbox/) runs. @default "rate(15 minutes)" */
  collectSchedule: scheduleExpression.default('rate(15 minutes)'),
  /**
   * Which sources the four source collectors run, with which queries and secrets: the
   * `COLLECTOR_CONFIG` object of docs/sources.md (an object in cdk.json, JSON with `-c`).
   * @default {} - no sources; the collectors are deployed and do nothing
   */
  collectors: CollectorsContextSchema.default(() => EMPTY_COLLECTORS),
  /** When the review collector (App Store, Google Play, Trustpilot) runs. @default "rate(1 hour)" */
  reviewsSchedule: scheduleExpression.default(DEFAULT_COLLECTOR_SCHEDULES.reviews),
  /** When the social collector (Mastodon, Bluesky, Reddit) runs. @default "rate(15 minutes)" */
  socialSchedule: scheduleExpression.default(DEFAULT_COLLECTOR_SCHEDULES.social),
  /** When the chat collector (Connect, Lex, JSONL transcripts) runs. @default "rate(15 minutes)" */
  chatSchedule: scheduleExpression.default(DEFAULT_COLLECTOR_SCHEDULES.chat),
  /**
   * Safety-net run of the inbox collector over every inbox prefix; uploads are collected when
   * their S3 event arrives. @default "cron(0 6 * * ? *)" (daily, 06:00 in scheduleTimeZone)
   */
  inboxSchedule: scheduleExpression.default(DEFAULT_COLLECTOR_SCHEDULES.inbox),
  /** When anomaly alerting runs: hourly, five minutes after the hour closes. @default "cron(5 * * * ? *)" */
  notifySchedule: scheduleExpression.default('cron(5 * * * ? *)'),
  /** When the daily Slack digest of yesterday is sent. @default "cron(0 8 * * ? *)" (08:00 in scheduleTimeZone) */
  digestSchedule: scheduleExpression.default('cron(0 8 * * ? *)'),
  /** IANA time zone the cron schedules are evaluated in. @default "Europe/Amsterdam" */
  scheduleTimeZone: z.string().refine(isTimeZone, { message: 'must be an IANA time zone such as "Europe/Amsterdam"' }).default('Europe/Amsterdam'),
  /**
   * Name of an existing Secrets Manager secret holding `{"webhookUrl": "…"}`.
   * @default - a placeholder secret is created for the operator to fill in
   */
  slackWebhookSecretName: z
    .string()
    .regex(/^[A-Za-z0-9/_+=.@-]{1,512}$/, { message: 'must be a Secrets Manager secret name (letters, digits and /_+=.@-)' })
    .optional(),
  /**
   * Per-team Slack webhooks: `[{"match": "product#app", "secretName": "…"}]`. A message whose
   * headline dimension (or `rule:<id>`) starts with `match` goes to that secret's webhook.
   * @default - everything goes to slackWebhookSecretName
   */
  slackRoutes: jsonObject(
    z.array(
      z
        .object({
          match: z.string().min(1),
          secretName: z.string().regex(/^[A-Za-z0-9/_+=.@-]{1,512}$/, { message: 'must be a Secrets Manager secret name (letters, digits and /_+=.@-)' }),
        })
        .strict(),
    ),
  ).default([]),
  /** DynamoDB deletion protection on the aggregates and state tables. @default true */
  tableDeletionProtection: z.preprocess((v) => (v === 'false' ? false : v === 'true' ? true : v), z.boolean()).default(true),
  /** E-mail address subscribed to the alarm topic. @default - no subscription */
  alarmEmail: z.email({ message: 'must be an e-mail address' }).optional(),
  /** Retention of every function's log group, in days (a CloudWatch Logs retention value). @default 30 */
  logRetentionDays: z.coerce
    .number()
    .int()
    .refine((days) => RETENTION_VALUES.has(days), { message: `must be one of ${[...RETENTION_VALUES].join(', ')}` })
    .default(30),
  /** Powertools log level of every function. @default "INFO" */
  logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
  /** First day (yyyy-MM-dd) of the Athena `dt` partition projection. @default "2020-01-01" */
  analyticsStartDate: z.string().refine(isIsoDay, { message: 'must be a calendar date in yyyy-MM-dd form' }).default('2020-01-01'),
  /** Athena workgroup per-query scan limit in MiB (Athena's minimum is 10). @default 10240 */
  athenaBytesScannedCutoffMb: z.coerce.number().int().min(10).max(1_048_576).default(10_240),
  /**
   * Sentiment engine of the enrich function (`ANALYZER`); `comprehend` also grants the Amazon
   * Comprehend batch APIs. @default "local"
   */
  analyzer: EnrichEnvSchema.shape.ANALYZER,
  /** Product name stamped on collected items (collector `PRODUCT`). @default - none */
  product: z.string().min(1).max(128).optional(),
  /** Alert thresholds; absent fields take the notify handler's defaults. @default - handler defaults */
  alerting: jsonObject(AlertingSchema).default(() => AlertingSchema.parse({})),
});

/** The validated context. */
export type FeedbackContext = z.infer<typeof FeedbackContextSchema>;

/** The context keys this app reads. */
export const CONTEXT_KEYS = Object.keys(FeedbackContextSchema.shape) as (keyof FeedbackContext)[];

/** Thrown when a context value is invalid; the message names the key. */
export class ContextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContextError';
  }
}

/**
 * Validates raw context values. A bad value throws a ContextError naming the key, e.g.
 * `Invalid CDK context: athenaBytesScannedCutoffMb: Too small: expected number to be >=10`.
 */
export function parseContext(raw: Readonly<Record<string, unknown>>): FeedbackContext {
  const result = FeedbackContextSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${formatPath(issue.path) || '(context)'}: ${issue.message}`);
  throw new ContextError(`Invalid CDK context: ${problems.join('; ')} (set it in cdk.json "context" or with -c key=value)`);
}

/** `collectors.appstore[0].countries[1]`: the key path as an operator writes it. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Reads and validates this app's keys from a construct node's context (cdk.json, -c, App props). */
export function readContext(node: Node): FeedbackContext {
  const raw: Record<string, unknown> = {};
  for (const key of CONTEXT_KEYS) {
    const value: unknown = node.tryGetContext(key);
    if (value !== undefined && value !== null && value !== '') raw[key] = value;
  }
  return parseContext(raw);
}
