import { z } from 'zod';
import { FeedbackItemSchema } from '../../schema/feedback.ts';
import { feedbackId, hashAuthor } from '../ids.ts';
import type { NormaliseContext, NormaliseResult, SourceFormat } from '../source-format.ts';
import { describeZodError } from './describe-zod-error.ts';
import { toIsoUtc } from './iso-utc.ts';

// The Mastodon REST API Status entity (docs.joinmastodon.org/entities/Status). `id` is the
// database id on the server that answered the request; `uri` is the ActivityPub id on the
// author's own server and is the same wherever the status is fetched. `content` is sanitised
// HTML. Unknown fields (media_attachments, card, poll, ...) are ignored.
const AccountSchema = z.object({
  id: z.string(),
  acct: z.string().min(1),
  url: z.string().nullable().optional(),
});

const StatusSchema = z.object({
  id: z.string().min(1),
  created_at: z.string(),
  content: z.string(),
  uri: z.string().min(1),
  url: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  spoiler_text: z.string().optional(),
  visibility: z.string().optional(),
  account: AccountSchema,
});
type Status = z.infer<typeof StatusSchema>;

const FIELD_NAMES: Readonly<Record<string, string>> = {
  createdAt: 'created_at',
  text: 'text after removing HTML',
  title: 'spoiler_text',
  url: 'url',
  language: 'language',
};

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  euro: '€',
  eacute: 'é',
  euml: 'ë',
  iuml: 'ï',
  ouml: 'ö',
  uuml: 'ü',
  copy: '©',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  }
  return NAMED_ENTITIES[body] ?? entity;
}

/**
 * Converts a status' sanitised HTML to the plain text a person reads: paragraphs and `<br>`
 * become line breaks, tags are dropped (hashtags and mentions keep their visible `#tag` /
 * `@name`, links their full URL), and named and numeric entities are decoded in one pass so
 * `&amp;lt;` stays the literal text `&lt;`.
 *
 * @example
 * htmlToText('<p>Top app &amp; snel 👍<br>#<span>stroomwijs</span></p>'); // 'Top app & snel 👍\n#stroomwijs'
 */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p(?:\s[^>]*)?>/gi, '\n\n')
    .replace(/<\/?(?:p|div|li|blockquote)(?:\s[^>]*)?>/gi, '\n');
  const stripped = withBreaks.replace(/<[^>]*>/g, '');
  const decoded = stripped.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity);
  return decoded
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hostOf(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  return new URL(value).host || undefined;
}

/**
 * `host:id` on the author's server, so the same status collected through two instances (or
 * the tag timeline and a mention) gets one id, and ids of different instances never collide.
 * Mastodon uris end in `/statuses/<id>`; other servers use other shapes, then the id the
 * answering server gave is used.
 */
function statusSourceId(status: Status): string | undefined {
  const host = hostOf(status.uri) ?? hostOf(status.url);
  if (host === undefined) return undefined;
  const originId = status.uri.match(/\/statuses\/([^/?#]+)\/?$/)?.[1];
  return `${host}:${originId ?? status.id}`;
}

/** `acct` is `name` for accounts on the answering server and `name@host` for remote ones. */
function fullHandle(status: Status): string {
  const { acct, url } = status.account;
  if (acct.includes('@')) return acct;
  const host = hostOf(url);
  return host === undefined ? acct : `${acct}@${host}`;
}

function statusLabel(record: unknown): string {
  if (isRecord(record) && typeof record.id === 'string' && record.id !== '') return `status ${record.id}`;
  if (isRecord(record) && typeof record.uri === 'string' && record.uri !== '') return `status ${record.uri}`;
  return 'status without an id';
}

function looksLikeStatus(value: unknown): boolean {
  return isRecord(value) && typeof value.content === 'string' && isRecord(value.account) && 'uri' in value;
}

function looksLikeNotification(value: unknown): boolean {
  return isRecord(value) && typeof value.type === 'string' && !('content' in value);
}

function normaliseStatus(record: unknown, ctx: NormaliseContext): NormaliseResult {
  const parsed = StatusSchema.safeParse(record);
  if (!parsed.success) {
    const reason = describeZodError(parsed.error, { input: record, fieldNames: { '': 'the status' } });
    return { ok: false, reason: `${statusLabel(record)}: ${reason}`, raw: record };
  }
  const status = parsed.data;
  const sourceId = statusSourceId(status);
  if (sourceId === undefined) {
    return {
      ok: false,
      reason: `status ${status.id}: uri '${status.uri}' is not a URL, so the status cannot get a stable id`,
      raw: record,
    };
  }
  const spoiler = status.spoiler_text?.trim();
  const candidate = {
    id: feedbackId(mastodonStatusesFormat.source, sourceId),
    source: mastodonStatusesFormat.source,
    channel: mastodonStatusesFormat.channel,
    sourceId,
    url: status.url ?? status.uri,
    product: ctx.product,
    text: htmlToText(status.content),
    title: spoiler ? spoiler : undefined,
    language: status.language ?? undefined,
    author: hashAuthor(ctx.authorSalt, fullHandle(status)),
    createdAt: toIsoUtc(status.created_at),
    collectedAt: ctx.collectedAt,
  };
  const checked = FeedbackItemSchema.safeParse(candidate);
  if (!checked.success) {
    const reason = describeZodError(checked.error, { input: candidate, fieldNames: FIELD_NAMES });
    return { ok: false, reason: `status ${status.id}: ${reason}`, sourceId, raw: record };
  }
  return { ok: true, item: checked.data };
}

/**
 * Mastodon statuses (source `mastodon`, channel `social`): a JSON array of Status entities as
 * `GET /api/v1/timelines/tag/:hashtag` returns it, or of Notification entities as
 * `GET /api/v1/notifications` returns it (the statuses of `mention` notifications are the
 * records). HTML content becomes plain text; the spoiler text (content warning) becomes the
 * title; the author is a salted hash of the full `name@host` handle.
 *
 * @example
 * const results = mastodonStatusesFormat.records(doc).map((r) => mastodonStatusesFormat.normalise(r, ctx));
 */
export const mastodonStatusesFormat: SourceFormat = {
  name: 'mastodon-statuses',
  source: 'mastodon',
  channel: 'social',

  detect(_fileName: string, document: unknown): boolean {
    if (!Array.isArray(document) || document.length === 0) return false;
    if (!document.every(isRecord)) return false;
    return document.some(
      (value) => looksLikeStatus(value) || (looksLikeNotification(value) && looksLikeStatus(value.status)),
    );
  },

  records(document: unknown): unknown[] {
    if (!Array.isArray(document)) return [];
    const statuses = document.flatMap((value): unknown[] => {
      if (!looksLikeNotification(value)) return [value];
      // Only a mention carries a customer's own words; favourite/reblog/follow
      // notifications point at our own posts or carry no status at all.
      const notification = value as Record<string, unknown>;
      return notification.type === 'mention' && notification.status !== undefined ? [notification.status] : [];
    });
    // A boost (reblog) wraps someone else's status with empty content of its own. It is not
    // new feedback: the original is collected in its own right wherever it was tagged or
    // mentioned us, and normalising the wrapper would count the same words twice. So boosts
    // are left out here rather than quarantined (they are not broken).
    return statuses.filter((status) => !(isRecord(status) && isRecord(status.reblog)));
  },

  normalise: normaliseStatus,
};
