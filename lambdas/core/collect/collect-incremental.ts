import { encodeJsonLinesGz } from '../codec.ts';
import type { FeedbackStore, Log, MetricSink, StateStore } from '../ports.ts';
import { putQuarantine } from '../quarantine.ts';
import type { Channel, FeedbackItem } from '../schema/feedback.ts';
import { PREFIX } from '../storage-contract.ts';
import { shortHash } from './ids.ts';
import { cursorScope, type SourceQuery, SourcePayloadError } from './source-client.ts';

/** Identifies one collector run; a re-delivered event writes to the same raw keys. */
export interface RawRun {
  /** When the run happened (the schedule's event time), ISO UTC. */
  runAt: string;
  /** The triggering event's id. */
  runId: string;
  /** Items per raw object; a bigger batch is written as several parts. */
  maxItemsPerObject: number;
}

/**
 * Buffers normalised items per source and writes them as gzip JSON Lines objects under
 * `raw/channel=<c>/source=<s>/dt=<day>/<runTag>-<part>.jsonl.gz`, the layout the file-drop
 * collector uses. Parts are numbered per source within a run, so every flush gets its own key.
 */
export class RawObjectWriter {
  /** Keys written so far, in order. */
  readonly keys: string[] = [];
  private readonly buffers = new Map<string, { channel: Channel; items: FeedbackItem[]; part: number }>();
  private readonly day: string;
  private readonly runTag: string;

  constructor(
    private readonly store: FeedbackStore,
    private readonly run: RawRun,
  ) {
    this.day = run.runAt.slice(0, 10);
    this.runTag = `${run.runAt.replace(/[-:]/g, '').slice(0, 15)}-${shortHash(run.runId, 12)}`;
  }

  /** Adds an item; writes the source's buffer as soon as it holds `maxItemsPerObject` items. */
  async add(item: FeedbackItem): Promise<void> {
    const buffer = this.buffers.get(item.source) ?? { channel: item.channel, items: [], part: 0 };
    this.buffers.set(item.source, buffer);
    buffer.items.push(item);
    if (buffer.items.length >= this.run.maxItemsPerObject) await this.flush(item.source);
  }

  /** Writes what is buffered for one source (or every source); a no-op when nothing is buffered. */
  async flush(source?: string): Promise<void> {
    const sources = source === undefined ? [...this.buffers.keys()] : [source];
    for (const name of sources) {
      const buffer = this.buffers.get(name);
      if (!buffer || buffer.items.length === 0) continue;
      const key = `${PREFIX.raw}channel=${buffer.channel}/source=${name}/dt=${this.day}/${this.runTag}-${String(buffer.part).padStart(4, '0')}.jsonl.gz`;
      await this.store.putObject(key, encodeJsonLinesGz(buffer.items), 'application/x-ndjson');
      this.keys.push(key);
      buffer.part += 1;
      buffer.items = [];
    }
  }

  /** Drops what is buffered for a source without writing it. */
  discard(source: string): void {
    const buffer = this.buffers.get(source);
    if (buffer) buffer.items = [];
  }
}

/** The ports the incremental collector needs. */
export interface CollectIncrementalDeps {
  queries: readonly SourceQuery[];
  store: FeedbackStore;
  state: StateStore;
  log: Log;
  metrics: MetricSink;
}

/** One incremental run's parameters. */
export interface IncrementalRun extends RawRun {
  authorSalt: string;
  /** How far back the first run of a query reaches. */
  lookbackDays: number;
}

/** What happened to one query. */
export interface QueryResult {
  /** `<source>:<query>`, the cursor scope. */
  scope: string;
  source: string;
  status: 'ok' | 'failed';
  pages: number;
  records: number;
  items: number;
  quarantined: number;
  /** Records whose item id was already collected earlier in this run (pages shifting under us). */
  duplicates: number;
  /** The source stopped at maxPages before reaching the cursor or the look-back. */
  truncated: boolean;
  /** A new cursor was stored. */
  cursorAdvanced: boolean;
  /** Why the query failed, when it did. */
  error?: string;
}

/** What an incremental collector run did. */
export interface IncrementalResult {
  queries: QueryResult[];
  records: number;
  items: number;
  quarantined: number;
  /** Queries that failed (each also logged and counted as the `SourceFailed` metric). */
  failed: number;
  rawObjects: string[];
}

const DAY_MS = 86_400_000;

/**
 * Runs every configured source query incrementally: fetches only what is newer than the query's
 * stored cursor (or the look-back on its first run), normalises each record, writes the items to
 * raw/ and quarantines what cannot be used, with a reason. The cursor is stored only after the
 * query's raw objects are written, so a crash re-fetches instead of skipping. A failing query is
 * reported (result, log, `SourceFailed` metric) and never stops the others; whatever it fetched
 * before failing is still written, and its cursor advanced as far as its pages allow.
 *
 * @example
 * const result = await collectIncremental({ queries, store, state, log, metrics }, { runAt, runId, authorSalt, lookbackDays: 7, maxItemsPerObject: 5000 });
 */
export async function collectIncremental(deps: CollectIncrementalDeps, run: IncrementalRun): Promise<IncrementalResult> {
  const writer = new RawObjectWriter(deps.store, run);
  const result: IncrementalResult = { queries: [], records: 0, items: 0, quarantined: 0, failed: 0, rawObjects: writer.keys };
  const since = new Date(Date.parse(run.runAt) - run.lookbackDays * DAY_MS).toISOString();

  for (const query of deps.queries) {
    const outcome = await collectQuery(deps, run, writer, query, since);
    result.queries.push(outcome);
    result.records += outcome.records;
    result.items += outcome.items;
    result.quarantined += outcome.quarantined;
    if (outcome.status === 'failed') {
      result.failed += 1;
      deps.metrics.count('SourceFailed', 1);
      deps.log.error('source query failed', { scope: outcome.scope, error: outcome.error });
    } else if (outcome.truncated) {
      deps.log.warn('source query stopped at maxPages before reaching its cursor; raise maxPages or run more often', { scope: outcome.scope });
    }
  }
  deps.log.info('incremental collect run finished', { ...result, queries: result.queries.length, rawObjects: result.rawObjects.length });
  return result;
}

async function collectQuery(deps: CollectIncrementalDeps, run: IncrementalRun, writer: RawObjectWriter, query: SourceQuery, since: string): Promise<QueryResult> {
  const scope = cursorScope(query);
  const outcome: QueryResult = { scope, source: query.source, status: 'ok', pages: 0, records: 0, items: 0, quarantined: 0, duplicates: 0, truncated: false, cursorAdvanced: false };
  const seen = new Set<string>();
  let stored: string | undefined;
  let next: string | undefined;
  const ctx = { collectedAt: run.runAt, authorSalt: run.authorSalt, ...(query.product ? { product: query.product } : {}) };

  try {
    stored = await deps.state.getCursor(scope);
    const pages = query.client.pages({ cursor: stored, since, pageSize: query.pageSize, maxPages: query.maxPages });
    for await (const page of pages) {
      outcome.pages += 1;
      for (const [index, record] of page.records.entries()) {
        outcome.records += 1;
        const normalised = query.normalise(record, ctx);
        if (!normalised.ok) {
          await putQuarantine(deps.store, {
            reason: normalised.reason,
            stage: 'collect',
            source: query.source,
            origin: { object: page.origin, record: index },
            raw: normalised.raw,
            quarantinedAt: run.runAt,
            ...(normalised.sourceId ? { sourceId: normalised.sourceId } : {}),
          });
          outcome.quarantined += 1;
          continue;
        }
        if (seen.has(normalised.item.id)) {
          outcome.duplicates += 1;
          continue;
        }
        seen.add(normalised.item.id);
        await writer.add(normalised.item);
        outcome.items += 1;
      }
      if (page.cursor !== undefined) next = page.cursor;
      if (page.truncated) outcome.truncated = true;
    }
  } catch (error) {
    outcome.status = 'failed';
    outcome.error = error instanceof Error ? error.message : String(error);
    if (error instanceof SourcePayloadError) {
      await putQuarantine(deps.store, {
        reason: `${query.source} answered ${error.url} with a payload that is not in its documented format: ${error.message}`,
        stage: 'collect',
        source: query.source,
        origin: { object: error.url },
        raw: error.raw,
        quarantinedAt: run.runAt,
      }).catch((cause: unknown) => deps.log.error('could not quarantine a malformed payload', { scope, error: String(cause) }));
      outcome.quarantined += 1;
    }
  }

  try {
    // Raw objects first, cursor second: a crash in between re-fetches, it never skips.
    await writer.flush(query.source);
    if (next !== undefined && next !== stored) {
      await deps.state.putCursor(scope, next);
      outcome.cursorAdvanced = true;
    }
  } catch (error) {
    writer.discard(query.source);
    outcome.status = 'failed';
    outcome.error = `${outcome.error ? `${outcome.error}; ` : ''}could not store results: ${error instanceof Error ? error.message : String(error)}`;
  }
  return outcome;
}
