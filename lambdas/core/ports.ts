/**
 * The ports the core takes as parameters. Adapters (S3, DynamoDB, Comprehend, Slack, the file
 * system) implement them; the composition root chooses which.
 */
export type { Analyzer, AnalysisInput, TextAnalysis, TopicMap } from './analysis/types.ts';

/** Object storage for raw, curated and quarantined data (S3FeedbackStore). */
export interface FeedbackStore {
  putObject(key: string, body: Uint8Array | string, contentType: string): Promise<void>;
  /** The object's bytes; throws ObjectReadError when it does not exist or cannot be read. */
  getObject(key: string): Promise<Uint8Array>;
  /** Every key under a prefix, in key order, paginating as needed. */
  listKeys(prefix: string): AsyncIterable<string>;
}

/** Result of claiming an item id for the raw object that carries it. */
export type ClaimOutcome =
  /** First time this id was seen: it is now owned by this raw object. */
  | 'new'
  /** Already claimed by this same raw object (a re-delivery or retry): process it again. */
  | 'owned'
  /** Claimed by another raw object: a duplicate, skip it. */
  | 'duplicate';

/** What a cooldown check decides for one rule and dimension. */
export interface CooldownRequest {
  /** e.g. `negativeShare#topic#levering`. */
  key: string;
  /** End of the window being alerted on (ISO). */
  windowEnd: string;
  /** The window's severity rank (higher is worse). */
  severity: number;
  /** The cooldown lasts until this instant (ISO). */
  until: string;
}

/** Cursors, processed-document markers, dedupe claims and cooldowns (DynamoStateStore). */
export interface StateStore {
  getCursor(scope: string): Promise<string | undefined>;
  putCursor(scope: string, value: string): Promise<void>;
  /** True when a marker (e.g. a processed document fingerprint) exists in a scope. */
  hasMarker(scope: string, key: string): Promise<boolean>;
  putMarker(scope: string, key: string, expiresAt?: number): Promise<void>;
  /** Claims each id for `owner` with one conditional write each; see ClaimOutcome. */
  claimItems(ids: readonly string[], owner: string, expiresAt: number): Promise<Map<string, ClaimOutcome>>;
  /**
   * Starts a cooldown unless one is active for the key; allowed again inside the cooldown only
   * when the severity is higher than what was last sent, for a later window. True = send.
   */
  tryStartCooldown(request: CooldownRequest): Promise<boolean>;
  /** Records that the alert for a cooldown key and window was delivered (so a retry won't resend it). */
  markDelivered(key: string, windowEnd: string): Promise<void>;
}

/** The key of one aggregate row: `pk = <dimension>#<value>`, `sk = HOUR#… | DAY#…`. */
export interface AggregateKey {
  pk: string;
  sk: string;
}

/** One aggregate row as read back. */
export interface AggregateRow extends AggregateKey {
  counters: Record<string, number>;
}

/** Exactly-once counters per dimension and period (DynamoAggregateStore). */
export interface AggregateStore {
  /**
   * Adds the counters to the row unless `contributor` already contributed to it, in one
   * conditional write. Returns false when it had already been applied.
   */
  addOnce(key: AggregateKey, counters: Readonly<Record<string, number>>, contributor: string, expiresAt?: number): Promise<boolean>;
  /** Rows of one dimension with `skFrom <= sk <= skTo`. */
  rowsBetween(pk: string, skFrom: string, skTo: string): Promise<AggregateRow[]>;
  /** Every dimension's row for one period key, e.g. `HOUR#2026-11-20T14`. */
  rowsForPeriod(sk: string): Promise<AggregateRow[]>;
}

/** A Slack message (Block Kit) with a plain-text fallback. */
export interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

/**
 * Delivers messages to a team (SlackWebhookNotifier). `route` keys (e.g. the headline dimension
 * `product#app` and `rule:churnRisk`) pick the team's webhook. Throws NotificationError when it cannot.
 */
export interface Notifier {
  send(message: SlackMessage, route?: string | readonly string[]): Promise<void>;
}

/** One document offered by a file-style source (a local folder, the S3 inbox). */
export interface SourceDocument {
  /** Where it came from, for reports and quarantine reasons. */
  name: string;
  body: Uint8Array;
}

/** A source of whole documents in a known export format (DirectorySource, S3InboxSource). */
export interface DocumentSource {
  /** Stable name of the source, used to scope its markers, e.g. `files:sample-data`. */
  readonly scope: string;
  listDocuments(): AsyncIterable<SourceDocument>;
}

/** Minimal structured logger; Powertools' Logger satisfies it. */
export interface Log {
  debug(message: string, ...extra: Record<string, unknown>[]): void;
  info(message: string, ...extra: Record<string, unknown>[]): void;
  warn(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

/** Minimal metrics sink; the handler maps it onto Powertools' Metrics. */
export interface MetricSink {
  count(name: string, value: number): void;
}
