import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';
import { z } from 'zod';
import { EnrichEnvSchema, NotifyEnvSchema } from '../lambdas/core/config.ts';

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
 * The app's CDK context (cdk.json `context`, or `cdk synth -c key=value`). Every key is
 * optional; the defaults below apply when it is absent. Values from `-c` arrive as strings, so
 * numbers are coerced and objects may be given as JSON.
 */
export const FeedbackContextSchema = z.object({
  /** When the inbox collector runs. @default "rate(15 minutes)" */
  collectSchedule: scheduleExpression.default('rate(15 minutes)'),
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
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(context)'}: ${issue.message}`);
  throw new ContextError(`Invalid CDK context: ${problems.join('; ')} (set it in cdk.json "context" or with -c key=value)`);
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
