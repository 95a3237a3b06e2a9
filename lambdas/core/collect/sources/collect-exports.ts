import type { FeedbackStore, Log, MetricSink, StateStore } from '../../ports.ts';
import { putQuarantine } from '../../quarantine.ts';
import { type RawRun, RawObjectWriter } from '../collect-incremental.ts';
import { shortHash } from '../ids.ts';
import type { ExportEntry, ExportFormat } from './export-format.ts';

/** One S3 prefix of exported files and the format found there. */
export interface ExportPrefix {
  prefix: string;
  format: ExportFormat;
  /**
   * Conversations whose last entry is younger than this are held back (their objects are read
   * again next run), because more of them may still arrive. 0 = never hold back.
   */
  holdOpenMinutes: number;
  /** Product stamped on the items. */
  product?: string;
  /**
   * Mark objects by key and content (the inbox: a corrected file uploaded under the same name is
   * read again) instead of by key alone (platform exports, written once).
   */
  markByContent: boolean;
}

/** The ports the export collector needs. */
export interface CollectExportsDeps {
  prefixes: readonly ExportPrefix[];
  store: FeedbackStore;
  state: StateStore;
  log: Log;
  metrics: MetricSink;
}

/** One export run's parameters. */
export interface ExportRun extends RawRun {
  authorSalt: string;
  /** Objects read per prefix and run at most; the rest wait for the next run. */
  maxObjectsPerRun: number;
  /** Only these keys (from an object-created event) instead of listing the prefixes. */
  keys?: readonly string[];
  /** How long a collected conversation is remembered, so late records cannot create it twice. */
  conversationMarkerDays?: number;
}

/** What happened under one prefix. */
export interface PrefixResult {
  prefix: string;
  format: string;
  status: 'ok' | 'failed';
  /** Objects read this run. */
  objects: number;
  /** Objects skipped because an earlier run collected them. */
  alreadyCollected: number;
  /** Objects left unmarked because they hold a conversation that may still be going on. */
  deferred: number;
  items: number;
  quarantined: number;
  /** Conversations held back: still going on, or sharing an object with one that is. */
  heldOpen: number;
  /** More objects were waiting than maxObjectsPerRun allows. */
  truncated: boolean;
  error?: string;
}

/** What an export collector run did. */
export interface ExportsResult {
  prefixes: PrefixResult[];
  objects: number;
  alreadyCollected: number;
  items: number;
  quarantined: number;
  failed: number;
  rawObjects: string[];
}

interface LoadedObject {
  key: string;
  marker: string;
  entries: ExportEntry[];
}

interface Group {
  entries: (ExportEntry & { key: string })[];
  keys: Set<string>;
  last?: string;
}

const DAY_SECONDS = 86_400;

/**
 * Collects exported files under S3 prefixes (chat transcripts and logs, the upload inbox):
 * reads each object not collected before, groups its entries into conversations or rows,
 * normalises each, writes items to raw/ and quarantines the rest with a reason. Objects are
 * marked collected only after their items are written; a conversation still going on is held
 * back with all its objects; a prefix that fails is reported and does not stop the others.
 *
 * @example
 * await collectExports({ prefixes, store, state, log, metrics }, { runAt, runId, authorSalt, maxItemsPerObject: 5000, maxObjectsPerRun: 500 });
 */
export async function collectExports(deps: CollectExportsDeps, run: ExportRun): Promise<ExportsResult> {
  const writer = new RawObjectWriter(deps.store, run);
  const result: ExportsResult = { prefixes: [], objects: 0, alreadyCollected: 0, items: 0, quarantined: 0, failed: 0, rawObjects: writer.keys };
  for (const prefix of deps.prefixes) {
    const outcome = await collectPrefix(deps, run, writer, prefix);
    result.prefixes.push(outcome);
    result.objects += outcome.objects;
    result.alreadyCollected += outcome.alreadyCollected;
    result.items += outcome.items;
    result.quarantined += outcome.quarantined;
    if (outcome.status === 'failed') {
      result.failed += 1;
      deps.metrics.count('SourceFailed', 1);
      deps.log.error('export prefix failed', { prefix: outcome.prefix, format: outcome.format, error: outcome.error });
    }
  }
  deps.log.info('export collect run finished', { ...result, prefixes: result.prefixes.length, rawObjects: result.rawObjects.length });
  return result;
}

async function collectPrefix(deps: CollectExportsDeps, run: ExportRun, writer: RawObjectWriter, spec: ExportPrefix): Promise<PrefixResult> {
  const { format } = spec;
  const outcome: PrefixResult = { prefix: spec.prefix, format: format.name, status: 'ok', objects: 0, alreadyCollected: 0, deferred: 0, items: 0, quarantined: 0, heldOpen: 0, truncated: false };
  const objectScope = `export#${format.name}:${spec.prefix}`;
  const groupScope = `conversation#${format.source}`;
  const errors: string[] = [];
  const quarantine = async (reason: string, origin: { object: string; record?: number; line?: number }, raw: unknown, sourceId?: string) => {
    await putQuarantine(deps.store, { reason, stage: 'collect', source: format.source, origin, raw, quarantinedAt: run.runAt, ...(sourceId ? { sourceId } : {}) });
    outcome.quarantined += 1;
  };

  try {
    const loaded: LoadedObject[] = [];
    for await (const key of keysOf(deps.store, spec.prefix, run.keys)) {
      if (!format.accepts(key)) continue;
      if (outcome.objects >= run.maxObjectsPerRun) {
        outcome.truncated = true;
        break;
      }
      if (!spec.markByContent && (await deps.state.hasMarker(objectScope, key))) {
        outcome.alreadyCollected += 1;
        continue;
      }
      let body: Uint8Array;
      try {
        body = await deps.store.getObject(key);
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
        continue;
      }
      const marker = spec.markByContent ? `${key}#${shortHash(Buffer.from(body).toString('base64'), 16)}` : key;
      if (spec.markByContent && (await deps.state.hasMarker(objectScope, marker))) {
        outcome.alreadyCollected += 1;
        continue;
      }
      outcome.objects += 1;
      const { entries, problems } = format.read(key, body);
      for (const problem of problems) await quarantine(problem.reason, { object: key, line: problem.position }, problem.raw);
      loaded.push({ key, marker, entries });
    }
    if (outcome.truncated) deps.log.warn('more exported objects wait than one run reads; the rest follow next run', { prefix: spec.prefix, maxObjectsPerRun: run.maxObjectsPerRun });

    const groups = groupEntries(loaded);
    const deferred = deferOpenGroups(groups, spec.holdOpenMinutes, run.runAt);
    outcome.heldOpen = [...groups.values()].filter((group) => [...group.keys].some((key) => deferred.has(key))).length;
    const ctx = { collectedAt: run.runAt, authorSalt: run.authorSalt, ...(spec.product ? { product: spec.product } : {}) };
    const collectedGroups: string[] = [];

    for (const [id, group] of groups) {
      if ([...group.keys].some((key) => deferred.has(key))) continue;
      const first = group.entries[0];
      if (first === undefined) continue;
      const origin = { object: first.key, record: first.position };
      if (format.groupsSpanObjects && (await deps.state.hasMarker(groupScope, id))) {
        await quarantine(
          `conversation ${id} was already collected by an earlier run; ${group.entries.length} record(s) arrived after it had ended and were not added (raise holdOpenMinutes if this happens often)`,
          origin,
          group.entries.map((entry) => entry.raw),
          id,
        );
        continue;
      }
      const normalised = format.normalise(
        group.entries.map((entry) => entry.raw),
        ctx,
      );
      if (!normalised.ok) {
        await quarantine(normalised.reason, origin, normalised.raw, normalised.sourceId);
      } else {
        await writer.add(normalised.item);
        outcome.items += 1;
      }
      if (format.groupsSpanObjects) collectedGroups.push(id);
    }

    // Items first, then what says they were collected: a crash in between collects again.
    await writer.flush(format.source);
    const expiresAt = Math.floor(Date.parse(run.runAt) / 1000) + (run.conversationMarkerDays ?? 90) * DAY_SECONDS;
    for (const id of collectedGroups) await deps.state.putMarker(groupScope, id, expiresAt);
    for (const object of loaded) {
      if (deferred.has(object.key)) outcome.deferred += 1;
      else await deps.state.putMarker(objectScope, object.marker);
    }
  } catch (error) {
    writer.discard(format.source);
    errors.push(error instanceof Error ? error.message : String(error));
  }
  if (errors.length > 0) {
    outcome.status = 'failed';
    outcome.error = errors.join('; ');
  }
  return outcome;
}

async function* keysOf(store: FeedbackStore, prefix: string, only: readonly string[] | undefined): AsyncIterable<string> {
  if (only) {
    for (const key of only) if (key.startsWith(prefix)) yield key;
    return;
  }
  yield* store.listKeys(prefix);
}

function groupEntries(objects: readonly LoadedObject[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const object of objects) {
    for (const entry of object.entries) {
      const group = groups.get(entry.group) ?? { entries: [], keys: new Set<string>() };
      groups.set(entry.group, group);
      group.entries.push({ ...entry, key: object.key });
      group.keys.add(object.key);
      if (entry.at !== undefined && (group.last === undefined || entry.at > group.last)) group.last = entry.at;
    }
  }
  return groups;
}

/**
 * The objects to leave unmarked this run: every object holding a conversation that may still
 * be going on, and — so no conversation is ever collected in part — every object sharing a
 * conversation with one of those, until nothing changes.
 */
function deferOpenGroups(groups: Map<string, Group>, holdOpenMinutes: number, runAt: string): Set<string> {
  const deferred = new Set<string>();
  if (holdOpenMinutes <= 0) return deferred;
  const cutoff = new Date(Date.parse(runAt) - holdOpenMinutes * 60_000).toISOString();
  for (const group of groups.values()) if (group.last !== undefined && group.last > cutoff) for (const key of group.keys) deferred.add(key);
  let changed = deferred.size > 0;
  while (changed) {
    changed = false;
    for (const group of groups.values()) {
      const keys = [...group.keys];
      if (keys.some((key) => deferred.has(key)) && keys.some((key) => !deferred.has(key))) {
        for (const key of keys) deferred.add(key);
        changed = true;
      }
    }
  }
  return deferred;
}
