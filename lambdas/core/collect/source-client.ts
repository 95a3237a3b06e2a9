/**
 * Ports of the incremental (API) collectors: what a source adapter must offer the core, and the
 * errors it raises so the core can tell a broken payload (quarantine it) from a failed request.
 */
import { FeedbackMinerError } from '../errors.ts';
import type { Channel } from '../schema/feedback.ts';
import type { NormaliseContext, NormaliseResult } from './source-format.ts';

/** What the core asks a source for on one run. */
export interface FetchRequest {
  /** The cursor stored after the previous successful run; undefined on the first run. */
  cursor: string | undefined;
  /** First run only: fetch nothing older than this instant (ISO-8601 UTC), the configured look-back. */
  since: string;
  /** Records per request, as far as the API lets the caller choose. */
  pageSize: number;
  /** Requests per run at most; a source stops paging once it has made this many. */
  maxPages: number;
}

/** One page of raw records exactly as the API returned them (no normalisation, no filtering of bad records). */
export interface SourcePage {
  /** Raw records, each handed to the source's normaliser. */
  records: unknown[];
  /** Where the page came from (a URL without credentials), for quarantine origins and logs. */
  origin: string;
  /**
   * The cursor that may be stored once this page and every page before it are safely written.
   * Sources paging oldest-first set it on every page; newest-first sources only on the last one.
   */
  cursor?: string;
  /** True when the source stopped at `maxPages` before reaching the stored cursor or the look-back. */
  truncated?: boolean;
}

/**
 * One query of one source over its real API (an app in a country, a hashtag on an instance, a
 * subreddit...). Adapters implement it with the shared HTTP helper; the core never sees HTTP.
 */
export interface SourceClient {
  /**
   * Pages of records newer than `request.cursor` (or the look-back on the first run). Throws
   * SourceRequestError when the source cannot be reached, SourcePayloadError when it answers
   * with something that is not its documented format.
   */
  pages(request: FetchRequest): AsyncIterable<SourcePage>;
}

/** A pure per-source normaliser: one raw record to a FeedbackItem, or a reason. Never throws. */
export type RecordNormaliser = (record: unknown, ctx: NormaliseContext) => NormaliseResult;

/** One configured query, ready to run: the client, its normaliser and its limits. */
export interface SourceQuery {
  /** FeedbackItem `source`, e.g. `appstore`. */
  source: string;
  channel: Channel;
  /** Stable query name within the source, e.g. `nl:1234567890`; the cursor scope is `<source>:<query>`. */
  query: string;
  client: SourceClient;
  normalise: RecordNormaliser;
  /** Product stamped on the items (else what the normaliser derives). */
  product?: string;
  pageSize: number;
  maxPages: number;
}

/** The state-table scope of a query's cursor: `<source>:<query>`. */
export function cursorScope(query: Pick<SourceQuery, 'source' | 'query'>): string {
  return `${query.source}:${query.query}`;
}

/** A source could not be reached or refused the request (after retries where retrying makes sense). */
export class SourceRequestError extends FeedbackMinerError {
  /** HTTP status of the last attempt, when there was a response. */
  readonly status: number | undefined;
  readonly url: string;

  constructor(message: string, details: { url: string; status?: number; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'SourceRequestError';
    this.url = details.url;
    this.status = details.status;
  }
}

/** A source answered, but not in its documented format: the payload is quarantined with this reason. */
export class SourcePayloadError extends FeedbackMinerError {
  readonly url: string;
  /** The payload as received (text, truncated to 100,000 characters). */
  readonly raw: string;

  constructor(message: string, details: { url: string; raw: string; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'SourcePayloadError';
    this.url = details.url;
    this.raw = details.raw.slice(0, 100_000);
  }
}
