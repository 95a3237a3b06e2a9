import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import type { TurnRole } from '../../schema/feedback.ts';
import { describeZodError } from '../formats/describe-zod-error.ts';
import { toIsoUtc } from '../formats/iso-utc.ts';
import { feedbackId } from '../ids.ts';
import type { NormaliseContext, NormaliseResult } from '../source-format.ts';
import type { ExportEntry, ExportFormat, ExportProblem } from './export-format.ts';
import { checkedItem, isoFromMillis, isRecord, nonEmpty, rejected } from './shared.ts';

/** FeedbackItem `source` of bot conversations (the same as Connect transcripts: via Connect, Lex's sessionId is the ContactId). */
export const LEX_SOURCE = 'chatbot';

/**
 * One Amazon Lex V2 conversation-log text record (messageVersion 2.0) as Lex writes it to
 * CloudWatch Logs, one per utterance: the customer's `inputTranscript`, the bot's `messages`,
 * and the `sessionState` after the turn. Unknown fields (interpretations, transcriptions,
 * utteranceContext, requestAttributes...) are ignored.
 */
export const LexLogRecordSchema = z.object({
  timestamp: z.string(),
  sessionId: z.string().min(1),
  requestId: z.string().optional(),
  inputMode: z.string().optional(),
  operationName: z.string().optional(),
  inputTranscript: z.string().nullable().optional(),
  missedUtterance: z.boolean().optional(),
  messages: z
    .array(z.object({ content: z.string().nullable().optional(), contentType: z.string().optional() }))
    .nullable()
    .optional(),
  sessionState: z
    .object({
      intent: z.object({ name: z.string().optional(), state: z.string().optional() }).nullable().optional(),
      dialogAction: z.object({ type: z.string().optional() }).nullable().optional(),
    })
    .nullable()
    .optional(),
  bot: z.object({ name: z.string().optional(), localeId: z.string().optional() }).optional(),
});
type LexLogRecord = z.infer<typeof LexLogRecordSchema>;

/** A CloudWatch Logs subscription payload, as Firehose delivers it to S3 (decompressed). */
const LogsEnvelopeSchema = z.object({
  messageType: z.string().optional(),
  logEvents: z.array(z.object({ id: z.string().optional(), timestamp: z.number(), message: z.string() })),
});

/** A line of a CloudWatch Logs export task: `<ISO timestamp> <message>`. */
const EXPORT_LINE = /^(\d{4}-\d{2}-\d{2}T\S+)\s+([[{].*)$/;

function decompress(body: Uint8Array): string {
  const gzipped = body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
  return (gzipped ? gunzipSync(body) : Buffer.from(body)).toString('utf8');
}

/**
 * Splits text holding JSON values back to back (`{…}{…}`, one per line, or both), as Firehose
 * writes CloudWatch Logs payloads; text that is not JSON is returned as a problem chunk.
 */
export function splitJsonValues(text: string): { values: { text: string; position: number }[]; garbage: { text: string; position: number }[] } {
  const values: { text: string; position: number }[] = [];
  const garbage: { text: string; position: number }[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    const position = values.length + garbage.length + 1;
    if (char !== '{' && char !== '[') {
      const end = text.indexOf('\n', index);
      const stop = end < 0 ? text.length : end;
      garbage.push({ text: text.slice(index, stop), position });
      index = stop;
      continue;
    }
    let depth = 0;
    let inString = false;
    let escaped = false;
    let end = -1;
    for (let cursor = index; cursor < text.length; cursor += 1) {
      const current = text[cursor];
      if (inString) {
        if (escaped) escaped = false;
        else if (current === '\\') escaped = true;
        else if (current === '"') inString = false;
        continue;
      }
      if (current === '"') inString = true;
      else if (current === '{' || current === '[') depth += 1;
      else if (current === '}' || current === ']') {
        depth -= 1;
        if (depth === 0) {
          end = cursor + 1;
          break;
        }
      }
    }
    if (end < 0) {
      garbage.push({ text: text.slice(index), position });
      break;
    }
    values.push({ text: text.slice(index, end), position });
    index = end;
  }
  return { values, garbage };
}

/** Lists inside lists deeper than this hold no Lex records (and would overflow the stack). */
const MAX_LIST_DEPTH = 8;

/** The Lex records inside one parsed JSON value (a record, a list of them, or a Logs envelope). */
function recordsOf(value: unknown, fallbackTime?: string, depth = 0): { records: { record: unknown }[]; problems: string[] } {
  if (Array.isArray(value)) {
    if (depth >= MAX_LIST_DEPTH) return { records: [], problems: [`lists nested more than ${MAX_LIST_DEPTH} deep are not Lex log records`] };
    const nested = value.map((element) => recordsOf(element, fallbackTime, depth + 1));
    return { records: nested.flatMap((n) => n.records), problems: nested.flatMap((n) => n.problems) };
  }
  const envelope = LogsEnvelopeSchema.safeParse(value);
  if (envelope.success) {
    if (envelope.data.messageType === 'CONTROL_MESSAGE') return { records: [], problems: [] };
    const records: { record: unknown }[] = [];
    const problems: string[] = [];
    for (const event of envelope.data.logEvents) {
      let message: unknown;
      try {
        message = JSON.parse(event.message);
      } catch {
        problems.push(`log event ${event.id ?? event.timestamp} is not a JSON Lex log record`);
        continue;
      }
      // An event time out of Date's range gives no fallback; the record's own timestamp is then needed.
      const inner = recordsOf(message, isoFromMillis(event.timestamp), depth);
      for (const record of inner.records) records.push(record);
      for (const problem of inner.problems) problems.push(problem);
    }
    return { records, problems };
  }
  if (isRecord(value) && value.timestamp === undefined && fallbackTime !== undefined) return { records: [{ record: { ...value, timestamp: fallbackTime } }], problems: [] };
  return { records: [{ record: value }], problems: [] };
}

function readLexObject(key: string, body: Uint8Array): { entries: ExportEntry[]; problems: ExportProblem[] } {
  const entries: ExportEntry[] = [];
  const problems: ExportProblem[] = [];
  let text: string;
  try {
    text = decompress(body);
  } catch (cause) {
    return { entries, problems: [{ reason: `${key} is not a complete gzip object (${(cause as Error).message})`, raw: null, position: 1 }] };
  }
  const addValue = (json: string, position: number, fallbackTime?: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (cause) {
      problems.push({ reason: `${key} record ${position} is not valid JSON (${(cause as Error).message})`, raw: json.slice(0, 10_000), position });
      return;
    }
    const { records, problems: inner } = recordsOf(parsed, fallbackTime);
    for (const reason of inner) problems.push({ reason: `${key} record ${position}: ${reason}`, raw: json.slice(0, 10_000), position });
    for (const { record } of records) {
      const sessionId = isRecord(record) && typeof record.sessionId === 'string' && record.sessionId !== '' ? record.sessionId : undefined;
      if (sessionId === undefined) {
        problems.push({ reason: `${key} record ${position} has no sessionId, so it cannot be put in a conversation`, raw: record, position });
        continue;
      }
      const at = isRecord(record) && typeof record.timestamp === 'string' ? toIsoUtc(record.timestamp) : undefined;
      entries.push({ group: sessionId, raw: record, position, ...(at ? { at } : {}) });
    }
  };

  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  if (EXPORT_LINE.test(firstLine.trim())) {
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      const match = line.trim().match(EXPORT_LINE);
      if (!match) {
        problems.push({ reason: `${key} line ${index + 1} is not '<timestamp> <JSON record>'`, raw: line.slice(0, 10_000), position: index + 1 });
        return;
      }
      addValue(match[2] as string, index + 1, toIsoUtc(match[1] as string));
    });
    return { entries, problems };
  }
  const { values, garbage } = splitJsonValues(text);
  for (const chunk of garbage) problems.push({ reason: `${key} holds text that is not JSON at record ${chunk.position}`, raw: chunk.text.slice(0, 10_000), position: chunk.position });
  for (const value of values) addValue(value.text, value.position);
  return { entries, problems };
}

/** SSML to the words a customer heard. */
function speechText(content: string, contentType: string | undefined): string {
  return contentType === 'SSML' ? content.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : content.trim();
}

function botTurns(record: LexLogRecord, at: string): { role: TurnRole; text: string; at: string }[] {
  return (record.messages ?? [])
    .filter((message) => message.contentType !== 'CustomPayload')
    .map((message) => speechText(message.content ?? '', message.contentType))
    .filter((text) => text !== '')
    .map((text) => ({ role: 'bot' as const, text, at }));
}

function outcomeOf(records: readonly LexLogRecord[]): string | undefined {
  for (const record of [...records].reverse()) {
    const intent = record.sessionState?.intent;
    if (intent?.name && intent.state) return `${intent.name}:${intent.state}`;
    if (intent?.state) return intent.state;
  }
  return undefined;
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  createdAt: 'timestamp of the first utterance',
  'conversation.turns.*.at': 'timestamp of an utterance',
  text: 'the customer utterances (inputTranscript)',
};

/**
 * Normalises one Lex V2 session (all its utterance records) to a chat FeedbackItem: turns in
 * time order, each record giving the customer's `inputTranscript` and then the bot's messages;
 * `text` is the customer's words; `outcome` is the last intent and its state as Lex reports it
 * (e.g. `CheckBill:Fulfilled`, `FallbackIntent:ReadyForFulfillment`).
 *
 * @example
 * const result = normaliseLexSession(recordsOfOneSession, ctx);
 */
export function normaliseLexSession(entries: readonly unknown[], ctx: NormaliseContext): NormaliseResult {
  const first = entries[0];
  const sessionId = isRecord(first) && typeof first.sessionId === 'string' ? first.sessionId : undefined;
  const label = sessionId ? `session ${sessionId}` : 'session without a sessionId';
  const records: LexLogRecord[] = [];
  for (const [index, entry] of entries.entries()) {
    const parsed = LexLogRecordSchema.safeParse(entry);
    if (!parsed.success) {
      const reason = describeZodError(parsed.error, { input: entry, fieldNames: { '': 'the log record' } });
      return rejected(`${label}: utterance record ${index + 1}: ${reason}`, entries, sessionId);
    }
    records.push({ ...parsed.data, timestamp: toIsoUtc(parsed.data.timestamp) });
  }
  if (sessionId === undefined || records.length === 0) return rejected(`${label}: has no utterance records`, entries);
  records.sort((a, b) => a.timestamp.localeCompare(b.timestamp));

  const turns = records.flatMap((record) => {
    const said = nonEmpty(record.inputTranscript);
    return [...(said ? [{ role: 'customer' as const, text: said, at: record.timestamp }] : []), ...botTurns(record, record.timestamp)];
  });
  const customer = turns.filter((turn) => turn.role === 'customer');
  if (customer.length === 0) return rejected(`${label}: the customer said nothing (no inputTranscript), so there is nothing to analyse`, entries, sessionId);
  const outcome = outcomeOf(records);
  const candidate = {
    id: feedbackId(LEX_SOURCE, sessionId),
    source: LEX_SOURCE,
    channel: 'chat',
    sourceId: sessionId,
    product: ctx.product,
    text: customer.map((turn) => turn.text).join('\n'),
    language: nonEmpty(records[0]?.bot?.localeId),
    createdAt: turns[0]?.at,
    collectedAt: ctx.collectedAt,
    conversation: { turns, ...(outcome ? { outcome } : {}) },
  };
  return checkedItem(candidate, label, sessionId, entries, FIELD_NAMES);
}

/**
 * Amazon Lex V2 text conversation logs under an S3 prefix. Lex writes them to CloudWatch Logs;
 * they reach S3 through a subscription to Firehose (gzip, CloudWatch Logs payloads back to
 * back), a Logs export task (`<timestamp> <record>` lines, gzip) or as plain JSON Lines of
 * records; all three are read. Records are grouped by `sessionId` into conversations, across
 * objects.
 */
export const lexExportFormat: ExportFormat = {
  name: 'lex-conversation-logs',
  source: LEX_SOURCE,
  channel: 'chat',
  groupsSpanObjects: true,
  accepts(key: string): boolean {
    // Firehose names objects without an extension (or `.gz`); folder placeholders are skipped.
    return !key.endsWith('/');
  },
  read: readLexObject,
  normalise: normaliseLexSession,
};
