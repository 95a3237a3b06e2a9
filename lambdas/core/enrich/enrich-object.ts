import { redactPii } from '../analysis/pii.ts';
import { decodeJsonLinesGz, utcDay } from '../codec.ts';
import { FEEDBACK_COLUMNS, feedbackRow, TURN_COLUMNS, writeParquet } from '../curated-format.ts';
import { describeZodError } from '../collect/formats/describe-zod-error.ts';
import { shortHash } from '../collect/ids.ts';
import type { Analyzer, FeedbackStore, Log, StateStore } from '../ports.ts';
import { putQuarantine } from '../quarantine.ts';
import { type EnrichedItem, EnrichedItemSchema, type FeedbackItem, FeedbackItemSchema } from '../schema/feedback.ts';
import { PREFIX } from '../storage-contract.ts';

const PARQUET = 'application/vnd.apache.parquet';

/** The ports enrichment needs. */
export interface EnrichDeps {
  store: FeedbackStore;
  state: StateStore;
  analyzer: Analyzer;
  log: Log;
}

/** Enrichment settings from config. */
export interface EnrichOptions {
  /** When the enrichment runs (ISO UTC). */
  now: string;
  dedupeTtlDays: number;
  /** Redact @handles in social posts. */
  redactHandles: boolean;
}

/** What enriching one raw object did. */
export interface EnrichResult {
  rawKey: string;
  lines: number;
  enriched: number;
  duplicates: number;
  quarantined: number;
  piiRedacted: number;
  /** Enriched items per sentiment label. */
  sentiment: Record<'POSITIVE' | 'NEGATIVE' | 'NEUTRAL' | 'MIXED', number>;
  curatedObjects: string[];
}

/** One row per chat turn, for Athena's `turns` table (columns: TURN_COLUMNS). */
export interface TurnRow {
  feedback_id: string;
  turn_index: number;
  role: string;
  text: string;
  at: Date;
  source: string;
  language: string;
  product: string | null;
}

interface Redacted {
  item: FeedbackItem;
  redacted: number;
  types: Set<string>;
}

function redactItem(item: FeedbackItem, handles: boolean): Redacted {
  const types = new Set<string>();
  let redacted = 0;
  const apply = (text: string) => {
    const result = redactPii(text, { handles });
    redacted += result.redacted;
    for (const type of result.types) types.add(type);
    return result.text;
  };
  const copy: FeedbackItem = { ...item, text: apply(item.text) };
  if (item.title !== undefined) copy.title = apply(item.title);
  if (item.url !== undefined && apply(item.url) !== item.url) delete copy.url;
  if (item.conversation) {
    copy.conversation = { ...item.conversation, turns: item.conversation.turns.map((turn) => ({ ...turn, text: apply(turn.text) })) };
  }
  return { item: copy, redacted, types };
}

/** The curated key of the items of one raw object that fall on one day. */
export function curatedKey(prefix: string, rawKey: string, day: string): string {
  return `${prefix}dt=${day}/${shortHash(`${rawKey}#${day}`, 24)}.parquet`;
}

/**
 * Enriches one raw object: validates every line (bad lines are quarantined with a reason),
 * drops items another object already delivered, redacts PII, analyses the redacted text, and
 * writes curated objects per day (feedback, and one row per chat turn). Deterministic keys make
 * a re-delivered event overwrite its own output instead of adding to it.
 */
export async function enrichRawObject(rawKey: string, deps: EnrichDeps, options: EnrichOptions): Promise<EnrichResult> {
  const result: EnrichResult = {
    rawKey,
    lines: 0,
    enriched: 0,
    duplicates: 0,
    quarantined: 0,
    piiRedacted: 0,
    sentiment: { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 },
    curatedObjects: [],
  };
  const lines = decodeJsonLinesGz(await deps.store.getObject(rawKey), rawKey);
  const sourceFromKey = /source=([^/]+)/.exec(rawKey)?.[1] ?? 'unknown';
  const candidates = new Map<string, FeedbackItem>();

  for (const line of lines) {
    result.lines += 1;
    const origin = { object: rawKey, line: line.lineNumber };
    if (line.error !== undefined) {
      await putQuarantine(deps.store, { reason: line.error, stage: 'enrich', source: sourceFromKey, origin, raw: line.text, quarantinedAt: options.now });
      result.quarantined += 1;
      continue;
    }
    const parsed = FeedbackItemSchema.safeParse(line.value);
    if (!parsed.success) {
      const reason = `line ${line.lineNumber} is not a valid feedback item: ${describeZodError(parsed.error, { input: line.value })}`;
      await putQuarantine(deps.store, { reason, stage: 'enrich', source: sourceFromKey, origin, raw: line.value, quarantinedAt: options.now });
      result.quarantined += 1;
      continue;
    }
    if (candidates.has(parsed.data.id)) {
      result.duplicates += 1;
      continue;
    }
    candidates.set(parsed.data.id, parsed.data);
  }

  const expiresAt = Math.floor(Date.parse(options.now) / 1000) + options.dedupeTtlDays * 86_400;
  const claims = await deps.state.claimItems([...candidates.keys()], rawKey, expiresAt);
  const fresh: Redacted[] = [];
  for (const [id, item] of candidates) {
    if (claims.get(id) === 'duplicate') {
      result.duplicates += 1;
      continue;
    }
    fresh.push(redactItem(item, options.redactHandles && item.channel === 'social'));
  }

  const analyses = await deps.analyzer.analyzeBatch(
    fresh.map(({ item }) => ({
      text: item.text,
      channel: item.channel,
      ...(item.language ? { languageHint: item.language } : {}),
      ...(item.conversation ? { conversation: item.conversation } : {}),
    })),
  );

  const byDay = new Map<string, { items: EnrichedItem[]; turns: TurnRow[] }>();
  fresh.forEach(({ item, redacted, types }, index) => {
    const analysis = analyses[index];
    if (!analysis) throw new Error(`analyzer returned no result for item ${index} of ${rawKey}`);
    const enriched = EnrichedItemSchema.parse({
      ...item,
      language: analysis.language,
      sentiment: analysis.sentiment,
      emotions: analysis.emotions,
      keyPhrases: analysis.keyPhrases,
      topics: analysis.topics,
      signals: analysis.signals,
      pii: { redacted, types: [...types].sort() },
      analyzer: analysis.analyzer,
      enrichedAt: options.now,
    });
    result.piiRedacted += redacted;
    result.sentiment[enriched.sentiment.label] += 1;
    const day = utcDay(enriched.createdAt);
    const bucket = byDay.get(day) ?? { items: [], turns: [] };
    byDay.set(day, bucket);
    bucket.items.push(enriched);
    enriched.conversation?.turns.forEach((turn, turnIndex) => {
      bucket.turns.push({
        feedback_id: enriched.id,
        turn_index: turnIndex,
        role: turn.role,
        text: turn.text,
        at: new Date(turn.at),
        source: enriched.source,
        language: enriched.language,
        product: enriched.product ?? null,
      });
    });
  });

  for (const [day, { items, turns }] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    if (turns.length > 0) {
      await deps.store.putObject(curatedKey(PREFIX.curatedTurns, rawKey, day), writeParquet(TURN_COLUMNS, turns as unknown as Record<string, unknown>[]), PARQUET);
    }
    const key = curatedKey(PREFIX.curatedFeedback, rawKey, day);
    await deps.store.putObject(key, writeParquet(FEEDBACK_COLUMNS, items.map(feedbackRow)), PARQUET);
    result.curatedObjects.push(key);
    result.enriched += items.length;
  }
  deps.log.info('raw object enriched', { ...result, curatedObjects: result.curatedObjects.length });
  return result;
}
