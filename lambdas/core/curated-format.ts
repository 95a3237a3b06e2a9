import { parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { ObjectReadError } from './errors.ts';
import type { EnrichedItem } from './schema/feedback.ts';

/**
 * The curated tables as Parquet: one column definition is the single source of truth for the
 * Parquet files enrich writes, the Glue tables the stack declares, and the SQL analysts (and
 * the local DuckDB) run. Column names are snake_case, as Athena lower-cases them anyway.
 */

/** A column type: primitives, lists and structs (nested as deep as needed). */
export type ColumnType =
  | 'string'
  | 'int'
  | 'double'
  | 'boolean'
  | 'timestamp'
  | { list: ColumnType }
  | { struct: readonly { name: string; type: ColumnType }[] };

/** One column; `required` columns are never null. */
export interface ColumnDefinition {
  name: string;
  type: ColumnType;
  required?: boolean;
  comment: string;
}

const SENTIMENT: ColumnType = {
  struct: [
    { name: 'label', type: 'string' },
    { name: 'positive', type: 'double' },
    { name: 'negative', type: 'double' },
    { name: 'neutral', type: 'double' },
    { name: 'mixed', type: 'double' },
  ],
};
const SIGNALS: ColumnType = {
  struct: [
    { name: 'churn_risk', type: 'boolean' },
    { name: 'effort', type: 'boolean' },
    { name: 'escalation_requested', type: 'boolean' },
    { name: 'bot_loop', type: 'boolean' },
  ],
};

/** Columns of the `feedback` table (curated/feedback/), one row per enriched item. */
export const FEEDBACK_COLUMNS: readonly ColumnDefinition[] = [
  { name: 'id', type: 'string', required: true, comment: 'SHA-256 of source + source_id' },
  { name: 'source', type: 'string', required: true, comment: 'appstore, mastodon, chatbot, …' },
  { name: 'channel', type: 'string', required: true, comment: 'review | social | chat' },
  { name: 'source_id', type: 'string', required: true, comment: 'id at the source' },
  { name: 'url', type: 'string', comment: 'link to the original, when safe' },
  { name: 'product', type: 'string', comment: 'product or app' },
  { name: 'text', type: 'string', required: true, comment: 'the feedback, PII-redacted' },
  { name: 'title', type: 'string', comment: 'review title, PII-redacted' },
  { name: 'rating', type: 'int', comment: 'stars 1..5 where the source has them' },
  { name: 'language', type: 'string', required: true, comment: 'detected ISO 639-1 code, und when unknown' },
  { name: 'author', type: 'string', comment: 'salted hash of the author' },
  { name: 'created_at', type: 'timestamp', required: true, comment: 'when the customer wrote it (UTC)' },
  { name: 'collected_at', type: 'timestamp', required: true, comment: 'when it was collected' },
  { name: 'enriched_at', type: 'timestamp', required: true, comment: 'when it was analysed' },
  { name: 'sentiment', type: SENTIMENT, required: true, comment: 'label and scores (sum to 1)' },
  { name: 'emotions', type: { list: { struct: [{ name: 'name', type: 'string' }, { name: 'score', type: 'double' }] } }, required: true, comment: 'CX emotions, strongest first' },
  { name: 'key_phrases', type: { list: 'string' }, required: true, comment: 'salient phrases' },
  { name: 'topics', type: { list: 'string' }, required: true, comment: 'normalised topic keys' },
  { name: 'signals', type: SIGNALS, required: true, comment: 'CX signals' },
  { name: 'pii_redacted', type: 'int', required: true, comment: 'number of PII values replaced' },
  { name: 'pii_types', type: { list: 'string' }, required: true, comment: 'kinds of PII replaced' },
  { name: 'analyzer', type: 'string', required: true, comment: 'comprehend | local (sentiment engine)' },
  { name: 'analyzer_version', type: 'string', required: true, comment: 'engine version' },
  { name: 'conversation_outcome', type: 'string', comment: 'chat outcome as the platform reports it' },
  {
    name: 'conversation_turns',
    type: { list: { struct: [{ name: 'role', type: 'string' }, { name: 'text', type: 'string' }, { name: 'at', type: 'timestamp' }] } },
    comment: 'chat turns, PII-redacted (one row each in the turns table too)',
  },
];

/** Columns of the `turns` table (curated/turns/), one row per chat turn. */
export const TURN_COLUMNS: readonly ColumnDefinition[] = [
  { name: 'feedback_id', type: 'string', required: true, comment: 'id of the conversation in feedback' },
  { name: 'turn_index', type: 'int', required: true, comment: '0-based position in the conversation' },
  { name: 'role', type: 'string', required: true, comment: 'customer | bot | agent' },
  { name: 'text', type: 'string', required: true, comment: 'the turn, PII-redacted' },
  { name: 'at', type: 'timestamp', required: true, comment: 'when it was said' },
  { name: 'source', type: 'string', required: true, comment: 'chat platform' },
  { name: 'language', type: 'string', required: true, comment: 'language of the conversation' },
  { name: 'product', type: 'string', comment: 'product, if known' },
];

/** A Parquet schema element, as hyparquet-writer takes it. */
interface SchemaElement {
  name: string;
  type?: 'BOOLEAN' | 'INT32' | 'INT64' | 'DOUBLE' | 'BYTE_ARRAY';
  converted_type?: 'UTF8' | 'TIMESTAMP_MILLIS' | 'LIST';
  repetition_type?: 'REQUIRED' | 'OPTIONAL' | 'REPEATED';
  num_children?: number;
}

function schemaElements(name: string, type: ColumnType, required: boolean): SchemaElement[] {
  const repetition_type = required ? 'REQUIRED' : 'OPTIONAL';
  if (typeof type === 'string') {
    const physical: Record<typeof type, Pick<SchemaElement, 'type' | 'converted_type'>> = {
      string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
      int: { type: 'INT32' },
      double: { type: 'DOUBLE' },
      boolean: { type: 'BOOLEAN' },
      timestamp: { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
    };
    return [{ name, repetition_type, ...physical[type] }];
  }
  if ('list' in type) {
    return [
      { name, repetition_type, num_children: 1, converted_type: 'LIST' },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      ...schemaElements('element', type.list, false),
    ];
  }
  return [{ name, repetition_type, num_children: type.struct.length }, ...type.struct.flatMap((field) => schemaElements(field.name, field.type, false))];
}

/** The Glue/Hive type string of a column type, e.g. `array<struct<name:string,score:double>>`. */
export function glueType(type: ColumnType): string {
  if (typeof type === 'string') return { string: 'string', int: 'int', double: 'double', boolean: 'boolean', timestamp: 'timestamp' }[type];
  if ('list' in type) return `array<${glueType(type.list)}>`;
  return `struct<${type.struct.map((f) => `${f.name}:${glueType(f.type)}`).join(',')}>`;
}

/** Writes rows (objects keyed by column name) as one Parquet file. */
export function writeParquet(columns: readonly ColumnDefinition[], rows: readonly Record<string, unknown>[]): Uint8Array {
  const schema = [{ name: 'root', num_children: columns.length }, ...columns.flatMap((c) => schemaElements(c.name, c.type, c.required === true))];
  const buffer = parquetWriteBuffer({
    columnData: columns.map((column) => ({ name: column.name, data: rows.map((row) => row[column.name] ?? null) })),
    schema,
    codec: 'SNAPPY',
    createdBy: 'feedback-miner',
  } as Parameters<typeof parquetWriteBuffer>[0]);
  return new Uint8Array(buffer);
}

/** Reads every row of a Parquet file as plain objects; a corrupt file throws ObjectReadError. */
export async function readParquet(bytes: Uint8Array, key: string): Promise<Record<string, unknown>[]> {
  try {
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return (await parquetReadObjects({ file })) as Record<string, unknown>[];
  } catch (cause) {
    throw new ObjectReadError(`${key} is not a readable Parquet file: ${(cause as Error).message}`, { cause });
  }
}

const date = (iso: string) => new Date(iso);
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** An enriched item as a `feedback` row. */
export function feedbackRow(item: EnrichedItem): Record<string, unknown> {
  return {
    id: item.id,
    source: item.source,
    channel: item.channel,
    source_id: item.sourceId,
    url: item.url ?? null,
    product: item.product ?? null,
    text: item.text,
    title: item.title ?? null,
    rating: item.rating ?? null,
    language: item.language,
    author: item.author ?? null,
    created_at: date(item.createdAt),
    collected_at: date(item.collectedAt),
    enriched_at: date(item.enrichedAt),
    sentiment: { label: item.sentiment.label, ...item.sentiment.scores },
    emotions: item.emotions,
    key_phrases: item.keyPhrases,
    topics: item.topics,
    signals: {
      churn_risk: item.signals.churnRisk,
      effort: item.signals.effort,
      escalation_requested: item.signals.escalationRequested,
      bot_loop: item.signals.botLoop,
    },
    pii_redacted: item.pii.redacted,
    pii_types: item.pii.types,
    analyzer: item.analyzer.sentiment,
    analyzer_version: item.analyzer.version,
    conversation_outcome: item.conversation?.outcome ?? null,
    conversation_turns: item.conversation?.turns.map((turn) => ({ role: turn.role, text: turn.text, at: date(turn.at) })) ?? null,
  };
}

/** A `feedback` row back as the EnrichedItem shape (unvalidated: parse it with EnrichedItemSchema). */
export function itemFromRow(row: Record<string, unknown>): unknown {
  const sentiment = row.sentiment as Record<string, unknown>;
  const signals = row.signals as Record<string, unknown>;
  const turns = row.conversation_turns as { role: string; text: string; at: Date }[] | null;
  const item: Record<string, unknown> = {
    id: row.id,
    source: row.source,
    channel: row.channel,
    sourceId: row.source_id,
    url: orUndefined(row.url),
    product: orUndefined(row.product),
    text: row.text,
    title: orUndefined(row.title),
    rating: orUndefined(row.rating),
    language: row.language,
    author: orUndefined(row.author),
    createdAt: iso(row.created_at),
    collectedAt: iso(row.collected_at),
    enrichedAt: iso(row.enriched_at),
    sentiment: { label: sentiment?.label, scores: { positive: sentiment?.positive, negative: sentiment?.negative, neutral: sentiment?.neutral, mixed: sentiment?.mixed } },
    emotions: row.emotions,
    keyPhrases: row.key_phrases,
    topics: row.topics,
    signals: { churnRisk: signals?.churn_risk, effort: signals?.effort, escalationRequested: signals?.escalation_requested, botLoop: signals?.bot_loop },
    pii: { redacted: row.pii_redacted, types: row.pii_types },
    analyzer: { sentiment: row.analyzer, version: row.analyzer_version },
  };
  if (turns) item.conversation = { turns: turns.map((t) => ({ role: t.role, text: t.text, at: iso(t.at) })), ...(row.conversation_outcome ? { outcome: row.conversation_outcome } : {}) };
  for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
  return item;
}

/** Result of decoding one curated feedback object. */
export type CuratedDecode = { ok: true; item: EnrichedItem } | { ok: false; row: number; reason: string };

/**
 * Decodes a curated feedback object into validated EnrichedItems (or the rows that are not),
 * using the schema passed in (EnrichedItemSchema) so this module stays free of zod wiring.
 */
export async function decodeCuratedFeedback(
  bytes: Uint8Array,
  key: string,
  parse: (value: unknown) => { success: true; data: EnrichedItem } | { success: false },
): Promise<CuratedDecode[]> {
  return (await readParquet(bytes, key)).map((row, index) => {
    const parsed = parse(itemFromRow(row));
    return parsed.success ? { ok: true as const, item: parsed.data } : { ok: false as const, row: index, reason: `${key} row ${index} is not a valid enriched item` };
  });
}
