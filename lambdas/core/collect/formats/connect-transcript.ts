import { z } from 'zod';
import { FeedbackItemSchema, type TurnRole } from '../../schema/feedback.ts';
import { feedbackId, hashAuthor } from '../ids.ts';
import type { NormaliseContext, NormaliseResult, SourceFormat } from '../source-format.ts';
import { describeZodError } from './describe-zod-error.ts';
import { toIsoUtc } from './iso-utc.ts';

// A chat transcript as Amazon Connect writes it to the instance's S3 bucket when a chat ends
// (connect/<instance>/ChatTranscripts/yyyy/mm/dd/<ContactId>_<timestamp>.json). Every entry of
// Transcript is a MESSAGE, EVENT or ATTACHMENT; events carry a ContentType such as
// application/vnd.amazonaws.connect.event.participant.joined|left, ...chat.ended or
// ...transfer.succeeded. Lex bot and contact-flow messages come from ParticipantRole SYSTEM
// (DisplayName 'BOT' / 'SYSTEM_MESSAGE'); bots added through the API use CUSTOM_BOT.
const TranscriptItemSchema = z.object({
  AbsoluteTime: z.string(),
  Content: z.string().optional(),
  ContentType: z.string(),
  Id: z.string(),
  Type: z.string(),
  ParticipantId: z.string().optional(),
  DisplayName: z.string().optional(),
  ParticipantRole: z.string().optional(),
});
type TranscriptItem = z.infer<typeof TranscriptItemSchema>;

const ConnectTranscriptSchema = z.object({
  Version: z.string().optional(),
  AWSAccountId: z.string().optional(),
  InstanceId: z.string().optional(),
  InitialContactId: z.string().optional(),
  ContactId: z.string().min(1),
  Participants: z.array(z.object({ ParticipantId: z.string() })).optional(),
  Transcript: z.array(TranscriptItemSchema),
});

const TEXT_CONTENT_TYPES = new Set(['text/plain', 'text/markdown']);
const EVENT_PREFIX = 'application/vnd.amazonaws.connect.event.';
/** Names a chat widget shows when the customer typed none; hashing them would merge everyone. */
const PLACEHOLDER_NAMES = new Set(['', 'customer', 'klant', 'guest', 'gast', 'bezoeker', 'visitor']);

const FIELD_NAMES: Readonly<Record<string, string>> = {
  createdAt: 'AbsoluteTime of the first message',
  'conversation.turns.*.at': 'AbsoluteTime of a message',
  'conversation.turns': 'the messages',
  text: 'the customer messages',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function roleOf(item: TranscriptItem): TurnRole | undefined {
  switch (item.ParticipantRole) {
    case 'CUSTOMER':
      return 'customer';
    case 'AGENT':
    case 'SUPERVISOR':
      return 'agent';
    case 'SYSTEM':
    case 'CUSTOM_BOT':
      return 'bot';
    default:
      return /bot|system/i.test(item.DisplayName ?? '') ? 'bot' : undefined;
  }
}

function isTextMessage(item: TranscriptItem): boolean {
  return item.Type === 'MESSAGE' && TEXT_CONTENT_TYPES.has(item.ContentType) && (item.Content ?? '').trim() !== '';
}

function isEvent(item: TranscriptItem, name: string): boolean {
  return item.ContentType === `${EVENT_PREFIX}${name}`;
}

/**
 * The outcome, from what the transcript shows (Connect writes no outcome field itself):
 * - 'transferred-to-agent': an agent (or supervisor) joined or wrote, or a transfer succeeded;
 * - 'abandoned': no agent took part and the customer left the chat themselves
 *   (a participant.left event from the CUSTOMER), i.e. they gave up on the bot;
 * - 'bot-only': no agent took part and the contact flow or bot closed the chat.
 */
function outcomeOf(items: readonly TranscriptItem[]): string {
  const agentTookPart = items.some(
    (item) => roleOf(item) === 'agent' && (item.Type === 'MESSAGE' || isEvent(item, 'participant.joined')),
  );
  if (agentTookPart || items.some((item) => isEvent(item, 'transfer.succeeded'))) return 'transferred-to-agent';
  const customerLeft = items.some((item) => item.ParticipantRole === 'CUSTOMER' && isEvent(item, 'participant.left'));
  return customerLeft ? 'abandoned' : 'bot-only';
}

function customerName(items: readonly TranscriptItem[]): string | undefined {
  const name = items.find((item) => item.ParticipantRole === 'CUSTOMER' && item.DisplayName)?.DisplayName?.trim();
  return name === undefined || PLACEHOLDER_NAMES.has(name.toLowerCase()) ? undefined : name;
}

function contactLabel(record: unknown): string {
  if (isRecord(record) && typeof record.ContactId === 'string' && record.ContactId !== '') {
    return `contact ${record.ContactId}`;
  }
  return 'transcript without a ContactId';
}

function normaliseTranscript(record: unknown, ctx: NormaliseContext): NormaliseResult {
  const parsed = ConnectTranscriptSchema.safeParse(record);
  if (!parsed.success) {
    const reason = describeZodError(parsed.error, { input: record, fieldNames: { '': 'the transcript' } });
    return { ok: false, reason: `${contactLabel(record)}: ${reason}`, raw: record };
  }
  const { ContactId: sourceId, Transcript: items } = parsed.data;
  const messages = items.filter((item) => isTextMessage(item) && roleOf(item) !== undefined);
  const customerMessages = messages.filter((item) => roleOf(item) === 'customer');
  if (customerMessages.length === 0) {
    return {
      ok: false,
      reason: `contact ${sourceId}: the customer sent no messages, so there is nothing to analyse`,
      sourceId,
      raw: record,
    };
  }

  const turns = messages.map((item) => ({
    role: roleOf(item) as TurnRole,
    text: (item.Content ?? '').trim(),
    at: toIsoUtc(item.AbsoluteTime),
  }));
  const name = customerName(items);
  const candidate = {
    id: feedbackId(connectTranscriptFormat.source, sourceId),
    source: connectTranscriptFormat.source,
    channel: connectTranscriptFormat.channel,
    sourceId,
    product: ctx.product,
    // The customer's own words are what gets analysed; the full dialogue stays in `conversation`.
    text: customerMessages.map((item) => (item.Content ?? '').trim()).join('\n'),
    author: name === undefined ? undefined : hashAuthor(ctx.authorSalt, name),
    createdAt: turns[0]?.at,
    collectedAt: ctx.collectedAt,
    conversation: { turns, outcome: outcomeOf(items) },
  };
  const checked = FeedbackItemSchema.safeParse(candidate);
  if (!checked.success) {
    const reason = describeZodError(checked.error, { input: candidate, fieldNames: FIELD_NAMES });
    return { ok: false, reason: `contact ${sourceId}: ${reason}`, sourceId, raw: record };
  }
  return { ok: true, item: checked.data };
}

/**
 * Amazon Connect chat transcripts as Connect stores them in S3 (source `chatbot`, channel
 * `chat`): one document is one contact and one FeedbackItem. `text` is the customer's messages
 * joined by newlines; `conversation.turns` keeps every text message with its role (customer,
 * bot for SYSTEM/CUSTOM_BOT, agent) and `conversation.outcome` says whether an agent took over.
 *
 * @example
 * const [transcript] = connectTranscriptFormat.records(doc);
 * const result = connectTranscriptFormat.normalise(transcript, ctx);
 */
export const connectTranscriptFormat: SourceFormat = {
  name: 'connect-transcript',
  source: 'chatbot',
  channel: 'chat',

  detect(_fileName: string, document: unknown): boolean {
    if (!isRecord(document) || !Array.isArray(document.Transcript)) return false;
    return 'ContactId' in document || 'InitialContactId' in document || 'InstanceId' in document;
  },

  records(document: unknown): unknown[] {
    return document === undefined || document === null ? [] : [document];
  },

  normalise: normaliseTranscript,
};
