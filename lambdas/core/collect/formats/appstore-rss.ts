import { z } from 'zod';
import { FeedbackItemSchema } from '../../schema/feedback.ts';
import { feedbackId, hashAuthor } from '../ids.ts';
import type { NormaliseContext, NormaliseResult, SourceFormat } from '../source-format.ts';
import { describeZodError } from './describe-zod-error.ts';
import { toIsoUtc } from './iso-utc.ts';

// Apple's customer reviews feed
// (https://itunes.apple.com/{country}/rss/customerreviews/page=N/id={appId}/sortby=mostrecent/json)
// is Atom converted to JSON: every scalar is wrapped as { label }, attributes sit beside it, and
// namespaced Atom elements keep their prefix ('im:rating'). Pages hold up to 50 entries.
const Label = z.object({ label: z.string() });
const Link = z.object({ attributes: z.object({ href: z.string(), rel: z.string().optional() }) });

/** One review entry as Apple writes it; unknown fields (im:voteSum, im:contentType...) are ignored. */
const AppStoreEntrySchema = z.object({
  id: Label,
  author: z.object({ name: Label, uri: Label.optional() }),
  updated: Label,
  'im:rating': Label,
  'im:version': Label.optional(),
  title: Label.optional(),
  content: z.object({ label: z.string(), attributes: z.object({ type: z.string() }).optional() }),
  link: z.union([Link, z.array(Link)]).optional(),
});
type AppStoreEntry = z.infer<typeof AppStoreEntrySchema>;

/** Source vocabulary for reasons: an analyst looks at the feed, not at FeedbackItem. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  createdAt: 'updated',
  rating: 'rating',
  text: 'content',
  title: 'title',
  url: 'link',
};

const APP_ID_IN_URL = /[?&/]id=?(\d+)/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function feedOf(document: unknown): Record<string, unknown> | undefined {
  return isRecord(document) && isRecord(document.feed) ? document.feed : undefined;
}

/** `entry` is an array, a single object when the page holds one review, or absent when it holds none. */
function entriesOf(feed: Record<string, unknown>): unknown[] {
  const entry = feed.entry;
  if (entry === undefined || entry === null) return [];
  return Array.isArray(entry) ? entry : [entry];
}

/**
 * Older versions of the feed put the app itself (im:name, im:artist, no rating) as the first
 * entry of page 1; it is catalogue metadata, not a review, so it is not a record at all.
 */
function isAppMetadataEntry(entry: unknown): boolean {
  return isRecord(entry) && 'im:name' in entry && !('im:rating' in entry);
}

function linkHref(link: AppStoreEntry['link']): string | undefined {
  if (link === undefined) return undefined;
  const links = Array.isArray(link) ? link : [link];
  const preferred = links.find((l) => l.attributes.rel === 'related') ?? links[0];
  return preferred?.attributes.href;
}

/** Apple sends the rating as a string "1".."5"; anything non-numeric is passed on so validation names it. */
function parseRating(label: string): number | string {
  const trimmed = label.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : label;
}

function reviewLabel(record: unknown): string {
  // Trimmed, as the id itself is: a blank id is no id.
  if (isRecord(record) && isRecord(record.id) && typeof record.id.label === 'string' && record.id.label.trim() !== '') {
    return `review ${record.id.label.trim()}`;
  }
  return 'review without an id';
}

function normaliseEntry(record: unknown, ctx: NormaliseContext): NormaliseResult {
  const parsed = AppStoreEntrySchema.safeParse(record);
  if (!parsed.success) {
    const reason = describeZodError(parsed.error, { input: record, fieldNames: { '': 'the review' } });
    return { ok: false, reason: `${reviewLabel(record)}: ${reason}`, raw: record };
  }
  const entry = parsed.data;
  const sourceId = entry.id.label.trim();
  if (sourceId === '') return { ok: false, reason: 'review without an id: id is empty', raw: record };

  const href = linkHref(entry.link);
  const appId = href?.match(APP_ID_IN_URL)?.[1];
  const author = entry.author.name.label.trim();
  const title = entry.title?.label.trim();
  const candidate = {
    id: feedbackId(appStoreRssFormat.source, sourceId),
    source: appStoreRssFormat.source,
    channel: appStoreRssFormat.channel,
    sourceId,
    url: href,
    product: ctx.product ?? (appId === undefined ? undefined : `id${appId}`),
    text: entry.content.label,
    title: title === '' ? undefined : title,
    rating: parseRating(entry['im:rating'].label),
    author: author === '' ? undefined : hashAuthor(ctx.authorSalt, author),
    createdAt: toIsoUtc(entry.updated.label),
    collectedAt: ctx.collectedAt,
  };
  const checked = FeedbackItemSchema.safeParse(candidate);
  if (!checked.success) {
    const reason = describeZodError(checked.error, { input: candidate, fieldNames: FIELD_NAMES });
    return { ok: false, reason: `review ${sourceId}: ${reason}`, sourceId, raw: record };
  }
  return { ok: true, item: checked.data };
}

/**
 * Apple App Store customer reviews, as the public RSS feed returns them in JSON: one file per
 * feed page, one FeedbackItem per review entry (source `appstore`, channel `review`).
 * The rating string becomes a number, `updated` (US Pacific time) becomes UTC, and the
 * reviewer's nickname is replaced by a salted hash. The product is `ctx.product`, else the
 * app id from the entry's link (`id1234567890`).
 *
 * @example
 * if (appStoreRssFormat.detect(name, doc)) {
 *   const results = appStoreRssFormat.records(doc).map((r) => appStoreRssFormat.normalise(r, ctx));
 * }
 */
export const appStoreRssFormat: SourceFormat = {
  name: 'appstore-rss',
  source: 'appstore',
  channel: 'review',

  detect(_fileName: string, document: unknown): boolean {
    const feed = feedOf(document);
    if (feed === undefined) return false;
    const feedId = isRecord(feed.id) ? feed.id.label : undefined;
    if (typeof feedId === 'string' && feedId.includes('/customerreviews/')) return true;
    return entriesOf(feed).some((entry) => isRecord(entry) && 'im:rating' in entry);
  },

  records(document: unknown): unknown[] {
    const feed = feedOf(document);
    if (feed === undefined) return [];
    return entriesOf(feed).filter((entry) => !isAppMetadataEntry(entry));
  },

  normalise: normaliseEntry,
};
