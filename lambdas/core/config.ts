import { z } from 'zod';
import { ConfigError } from './errors.ts';

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const num = (fallback: number, min: number, max: number) => z.coerce.number().min(min).max(max).default(fallback);

/**
 * Slack routing: JSON list of `{ "match": "<route prefix>|*", "secretId": "<Secrets Manager id>" }`,
 * e.g. a product team's channel for `product#app`. Without it, everything goes to
 * SLACK_WEBHOOK_SECRET_ID.
 */
const SlackRoutesSchema = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value) return [];
    try {
      const parsed = z.array(z.object({ match: z.string().min(1), secretId: z.string().min(1) })).parse(JSON.parse(value));
      return parsed;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON list of {"match", "secretId"}' });
      return z.NEVER;
    }
  });

/** Settings every handler shares. */
const BaseEnvSchema = z.object({
  DATA_BUCKET: z.string().min(3, 'must name the data bucket'),
  STATE_TABLE: z.string().min(3, 'must name the state table'),
  AWS_REGION: z.string().min(1).default('eu-west-1'),
});

/** Collector settings. */
export const CollectEnvSchema = BaseEnvSchema.extend({
  /** Secrets Manager ARN/name of the salt used to hash author names (AWS). */
  AUTHOR_SALT_SECRET_ID: z.string().min(1).optional(),
  /** Items per raw object; a bigger run writes several parts. */
  RAW_OBJECT_MAX_ITEMS: int(5_000, 1, 100_000),
  PRODUCT: z.string().min(1).optional(),
});
export type CollectConfig = z.infer<typeof CollectEnvSchema>;

/** Enrichment settings. */
export const EnrichEnvSchema = BaseEnvSchema.extend({
  /** `comprehend`: Comprehend sentiment and key phrases where supported, local for the rest. */
  ANALYZER: z.enum(['local', 'comprehend']).default('local'),
  DEDUPE_TTL_DAYS: int(90, 1, 3650),
  /** Redact @handles in social posts. */
  REDACT_HANDLES: z.stringbool().default(true),
  /** Optional topic map as JSON, overriding the bundled config/topic-map.json. */
  TOPIC_MAP_JSON: z.string().optional(),
});
export type EnrichConfig = z.infer<typeof EnrichEnvSchema>;

/** Aggregation settings. */
export const AggregateEnvSchema = BaseEnvSchema.extend({
  AGGREGATES_TABLE: z.string().min(3, 'must name the aggregates table'),
  /** HOUR rows expire after this many days; DAY rows stay. */
  HOUR_RETENTION_DAYS: int(35, 8, 3650),
});
export type AggregateConfig = z.infer<typeof AggregateEnvSchema>;

/** Alerting settings (DESIGN.md §4). */
export const NotifyEnvSchema = BaseEnvSchema.extend({
  AGGREGATES_TABLE: z.string().min(3, 'must name the aggregates table'),
  /** Secrets Manager ARN/name holding the Slack incoming-webhook URL (AWS). */
  SLACK_WEBHOOK_SECRET_ID: z.string().min(1).optional(),
  ALERT_WINDOW_HOURS: int(1, 1, 24),
  BASELINE_DAYS: int(7, 1, 60),
  ALERT_MIN_VOLUME: int(10, 1, 100_000),
  /** z-score above which a share is significantly above its baseline. */
  ALERT_Z_THRESHOLD: num(3, 1, 20),
  /** The current share must also exceed the baseline share by at least this many points. */
  ALERT_MIN_LIFT: num(0.1, 0, 1),
  ALERT_COOLDOWN_HOURS: num(6, 0, 168),
  ATHENA_DATABASE: z.string().min(1).default('feedback_miner'),
  SLACK_ROUTES: SlackRoutesSchema,
});
export type NotifyConfig = z.infer<typeof NotifyEnvSchema>;

/** Daily digest settings. */
export const DigestEnvSchema = BaseEnvSchema.extend({
  AGGREGATES_TABLE: z.string().min(3, 'must name the aggregates table'),
  SLACK_WEBHOOK_SECRET_ID: z.string().min(1).optional(),
  SLACK_ROUTES: SlackRoutesSchema,
});
export type DigestConfig = z.infer<typeof DigestEnvSchema>;

/**
 * Parses one handler's environment once, at cold start. A bad value fails with a message that
 * names the variable, e.g. `ALERT_MIN_VOLUME: Too small: expected number to be >=1`.
 */
export function parseEnv<S extends z.ZodType>(schema: S, env: Readonly<Record<string, string | undefined>>): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
