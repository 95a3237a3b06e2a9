import { encodeJsonLinesGz } from '../codec.ts';
import type { DocumentSource, FeedbackStore, Log, StateStore } from '../ports.ts';
import { putQuarantine } from '../quarantine.ts';
import type { FeedbackItem } from '../schema/feedback.ts';
import { PREFIX } from '../storage-contract.ts';
import { shortHash } from './ids.ts';
import type { SourceFormat } from './source-format.ts';

/** The ports a document collector needs. */
export interface CollectDocumentsDeps {
  source: DocumentSource;
  formats: readonly SourceFormat[];
  store: FeedbackStore;
  state: StateStore;
  log: Log;
}

/** One collector run's parameters, derived from the scheduled event. */
export interface CollectRun {
  /** When the run happened (the schedule's event time), ISO UTC. */
  runAt: string;
  /** The scheduled event's id: a re-delivered event writes to the same raw keys. */
  runId: string;
  authorSalt: string;
  product?: string;
  maxItemsPerObject: number;
}

/** Counts per FeedbackItem source. */
export interface SourceCounts {
  channel: string;
  records: number;
  items: number;
  quarantined: number;
}

/** What a collector run did. */
export interface CollectResult {
  documents: number;
  /** Documents already collected by an earlier run (skipped). */
  alreadyCollected: number;
  records: number;
  items: number;
  quarantined: number;
  rawObjects: string[];
  bySource: Record<string, SourceCounts>;
}

const MARKER_SCOPE = (scope: string) => `collected#${scope}`;

/**
 * Collects every new document of a file-style source: recognises its format, normalises each
 * record, lands valid items in raw/ (one gzip JSONL object per source and part) and quarantines
 * the rest with a reason. A document is marked collected only after its items are stored, so a
 * crash re-collects it (and enrich de-duplicates); a re-run with nothing new writes nothing.
 */
export async function collectDocuments(deps: CollectDocumentsDeps, run: CollectRun): Promise<CollectResult> {
  const result: CollectResult = { documents: 0, alreadyCollected: 0, records: 0, items: 0, quarantined: 0, rawObjects: [], bySource: {} };
  const buffers = new Map<string, { channel: string; items: FeedbackItem[]; part: number }>();
  const pendingMarkers: string[] = [];
  const day = run.runAt.slice(0, 10);
  const runTag = `${run.runAt.replace(/[-:]/g, '').slice(0, 15)}-${shortHash(run.runId, 12)}`;
  const counts = (source: string, channel: string): SourceCounts => {
    result.bySource[source] ??= { channel, records: 0, items: 0, quarantined: 0 };
    return result.bySource[source];
  };

  const flush = async (source: string, force: boolean) => {
    const buffer = buffers.get(source);
    if (!buffer || buffer.items.length === 0) return;
    if (!force && buffer.items.length < run.maxItemsPerObject) return;
    const key = `${PREFIX.raw}channel=${buffer.channel}/source=${source}/dt=${day}/${runTag}-${String(buffer.part).padStart(4, '0')}.jsonl.gz`;
    await deps.store.putObject(key, encodeJsonLinesGz(buffer.items), 'application/x-ndjson');
    result.rawObjects.push(key);
    buffer.part += 1;
    buffer.items = [];
  };

  const quarantine = async (reason: string, source: string, origin: { object: string; record?: number }, raw: unknown, sourceId?: string) => {
    await putQuarantine(deps.store, { reason, stage: 'collect', source, origin, raw, quarantinedAt: run.runAt, ...(sourceId ? { sourceId } : {}) });
    result.quarantined += 1;
  };

  for await (const document of deps.source.listDocuments()) {
    result.documents += 1;
    const fingerprint = shortHash(Buffer.from(document.body).toString('base64'), 32);
    if (await deps.state.hasMarker(MARKER_SCOPE(deps.source.scope), fingerprint)) {
      result.alreadyCollected += 1;
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(document.body).toString('utf8'));
    } catch (cause) {
      result.records += 1;
      await quarantine(`${document.name} is not valid JSON (${(cause as Error).message}); fix or re-export the file`, 'unknown', { object: document.name }, Buffer.from(document.body).toString('utf8').slice(0, 100_000));
      pendingMarkers.push(fingerprint);
      continue;
    }
    const format = deps.formats.find((candidate) => candidate.detect(document.name, parsed));
    if (!format) {
      result.records += 1;
      const known = deps.formats.map((f) => f.name).join(', ');
      await quarantine(`${document.name} is in no known format (known: ${known})`, 'unknown', { object: document.name }, parsed);
      pendingMarkers.push(fingerprint);
      continue;
    }
    const sourceCounts = counts(format.source, format.channel);
    const records = format.records(parsed);
    for (const [index, record] of records.entries()) {
      result.records += 1;
      sourceCounts.records += 1;
      const normalised = format.normalise(record, {
        collectedAt: run.runAt,
        authorSalt: run.authorSalt,
        ...(run.product ? { product: run.product } : {}),
      });
      if (!normalised.ok) {
        sourceCounts.quarantined += 1;
        await quarantine(normalised.reason, format.source, { object: document.name, record: index }, normalised.raw, normalised.sourceId);
        continue;
      }
      const buffer = buffers.get(format.source) ?? { channel: format.channel, items: [], part: 0 };
      buffers.set(format.source, buffer);
      buffer.items.push(normalised.item);
      result.items += 1;
      sourceCounts.items += 1;
      await flush(format.source, false);
    }
    pendingMarkers.push(fingerprint);
  }

  for (const source of buffers.keys()) await flush(source, true);
  for (const fingerprint of pendingMarkers) await deps.state.putMarker(MARKER_SCOPE(deps.source.scope), fingerprint);
  deps.log.info('collect run finished', { ...result, rawObjects: result.rawObjects.length });
  return result;
}
