import type { Channel, FeedbackItem } from '../schema/feedback.ts';

/** What every normaliser needs besides the record itself. */
export interface NormaliseContext {
  /** When this collector run happened (ISO-8601 UTC). */
  collectedAt: string;
  /** Secret salt for author hashes (never stored next to the data). */
  authorSalt: string;
  /** Product the source belongs to (e.g. the app), from config or the file. */
  product?: string;
}

/** A record either becomes a valid FeedbackItem or a quarantine entry with a reason a person can act on. */
export type NormaliseResult =
  | { ok: true; item: FeedbackItem }
  | { ok: false; reason: string; sourceId?: string; raw: unknown };

/**
 * One source's export or API format: recognises a parsed file, splits it into records and
 * normalises each record to a FeedbackItem. Pure: no I/O, no clock, no randomness.
 */
export interface SourceFormat {
  /** Format name shown in reports, e.g. 'appstore-rss'. */
  readonly name: string;
  /** The FeedbackItem `source` it produces, e.g. 'appstore'. */
  readonly source: string;
  readonly channel: Channel;
  /** True when a parsed JSON document (file name given for hints) is in this format. */
  detect(fileName: string, document: unknown): boolean;
  /** The individual records of a document (reviews, statuses, one transcript...). */
  records(document: unknown): unknown[];
  normalise(record: unknown, ctx: NormaliseContext): NormaliseResult;
}
