import { z } from 'zod';
import type { TurnRole } from '../../schema/feedback.ts';
import { describeZodError } from '../formats/describe-zod-error.ts';
import { toIsoUtc } from '../formats/iso-utc.ts';
import { feedbackId, hashAuthor } from '../ids.ts';
import type { NormaliseContext, NormaliseResult } from '../source-format.ts';
import type { ExportEntry, ExportFormat, ExportProblem } from './export-format.ts';
import { checkedItem, isRecord, nonEmpty, rejected } from './shared.ts';

/** Role names accepted in the generic transcript, and the turn role each becomes. */
const ROLE_ALIASES: Readonly<Record<string, TurnRole>> = {
  customer: 'customer',
  user: 'customer',
  bot: 'bot',
  assistant: 'bot',
  agent: 'agent',
};

/**
 * One line of the generic JSONL transcript format (docs/sources.md): one turn per line,
 * `{ conversationId, role, text, at }`, plus optional `outcome`, `author` (the customer's name
 * or id, stored only as a salted hash) and `language`.
 */
export const TranscriptLineSchema = z.object({
  conversationId: z.union([z.string().min(1), z.number()]),
  role: z.string().refine((role) => Object.hasOwn(ROLE_ALIASES, role.toLowerCase()), { message: 'role must be customer, bot or agent (or user / assistant)' }),
  text: z.string(),
  at: z.string().refine((at) => !Number.isNaN(Date.parse(at)) && /^\d{4}-\d{2}-\d{2}T/.test(at.trim()), { message: 'at must be an ISO-8601 date-time' }),
  outcome: z.string().optional(),
  author: z.string().optional(),
  language: z.string().optional(),
});

const FIELD_NAMES: Readonly<Record<string, string>> = {
  createdAt: 'at of the first turn',
  'conversation.turns.*.at': 'at of a turn',
  text: 'the customer turns',
  language: 'language',
};

function readLines(key: string, body: Uint8Array): { entries: ExportEntry[]; problems: ExportProblem[] } {
  const entries: ExportEntry[] = [];
  const problems: ExportProblem[] = [];
  const text = Buffer.from(body).toString('utf8').replace(/^\uFEFF/, '');
  text.split(/\r?\n/).forEach((line, index) => {
    const position = index + 1;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      problems.push({ reason: `${key} line ${position} is not valid JSON (${(cause as Error).message})`, raw: line.slice(0, 10_000), position });
      return;
    }
    const id = isRecord(value) ? value.conversationId : undefined;
    if ((typeof id !== 'string' || id.trim() === '') && typeof id !== 'number') {
      problems.push({ reason: `${key} line ${position} has no conversationId, so the turn belongs to no conversation`, raw: value, position });
      return;
    }
    const at = isRecord(value) && typeof value.at === 'string' ? toIsoUtc(value.at) : undefined;
    entries.push({ group: String(id).trim(), raw: { ...(value as Record<string, unknown>), line: position }, position, ...(at ? { at } : {}) });
  });
  return { entries, problems };
}

/**
 * Normalises one conversation of the generic transcript format: turns ordered by `at` (ties keep
 * file order), the customer turns joined as `text`, the last `outcome` given as the outcome. A
 * conversation with one invalid line is quarantined whole, naming the line, rather than analysed
 * with a turn missing.
 */
export function normaliseTranscriptLines(source: string, entries: readonly unknown[], ctx: NormaliseContext): NormaliseResult {
  const first = entries[0];
  const conversationId = isRecord(first) && (typeof first.conversationId === 'string' || typeof first.conversationId === 'number') ? String(first.conversationId).trim() : undefined;
  const label = conversationId ? `conversation ${conversationId}` : 'conversation without an id';
  const lines: z.infer<typeof TranscriptLineSchema>[] = [];
  for (const entry of entries) {
    const parsed = TranscriptLineSchema.safeParse(entry);
    if (!parsed.success) {
      const line = isRecord(entry) && typeof entry.line === 'number' ? `line ${entry.line}` : 'a line';
      return rejected(`${label}: ${line}: ${describeZodError(parsed.error, { input: entry, fieldNames: { '': 'the line' } })}`, entries, conversationId);
    }
    lines.push(parsed.data);
  }
  if (conversationId === undefined || lines.length === 0) return rejected(`${label}: has no turns`, entries);
  const turns = lines
    .map((line, order) => ({ order, role: ROLE_ALIASES[line.role.toLowerCase()] as TurnRole, text: line.text.trim(), at: toIsoUtc(line.at) }))
    .filter((turn) => turn.text !== '')
    .sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order)
    .map(({ role, text, at }) => ({ role, text, at }));
  const customer = turns.filter((turn) => turn.role === 'customer');
  if (customer.length === 0) return rejected(`${label}: the customer wrote nothing, so there is nothing to analyse`, entries, conversationId);
  const outcome = [...lines].reverse().find((line) => nonEmpty(line.outcome))?.outcome?.trim();
  const author = lines.map((line) => nonEmpty(line.author)).find((name) => name !== undefined);
  const candidate = {
    id: feedbackId(source, conversationId),
    source,
    channel: 'chat',
    sourceId: conversationId,
    product: ctx.product,
    text: customer.map((turn) => turn.text).join('\n'),
    language: lines.map((line) => nonEmpty(line.language)).find((language) => language !== undefined),
    author: author === undefined ? undefined : hashAuthor(ctx.authorSalt, author),
    createdAt: turns[0]?.at,
    collectedAt: ctx.collectedAt,
    conversation: { turns, ...(outcome ? { outcome } : {}) },
  };
  return checkedItem(candidate, label, conversationId, entries, FIELD_NAMES);
}

/**
 * The generic JSONL chat transcript format (one turn per line, see docs/sources.md) under an S3
 * prefix, for chat platforms without a dedicated format. Turns are grouped by `conversationId`,
 * across files, so a conversation exported over two days becomes one item.
 *
 * @example
 * const format = transcriptJsonlFormat('chatbot');
 */
export function transcriptJsonlFormat(source: string): ExportFormat {
  return {
    name: 'transcript-jsonl',
    source,
    channel: 'chat',
    groupsSpanObjects: true,
    accepts: (key) => /\.(jsonl|ndjson)$/i.test(key),
    read: readLines,
    normalise: (entries, ctx) => normaliseTranscriptLines(source, entries, ctx),
  };
}
