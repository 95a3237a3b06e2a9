import { z } from 'zod';
import { feedbackId, hashAuthor } from '../ids.ts';
import type { NormaliseContext, NormaliseResult } from '../source-format.ts';
import { checkedItem, isoFromMillis, isRecord, nonEmpty, parseWire, rejected } from './shared.ts';

/** FeedbackItem `source` of Google Play reviews (API and Play Console CSV alike, so they dedupe). */
export const GOOGLE_PLAY_SOURCE = 'googleplay';

// The Play Developer API (androidpublisher v3) Review resource. Timestamps are protobuf
// Timestamps in JSON: `seconds` is an int64 and therefore a string, `nanos` a number.
const TimestampSchema = z.object({
  seconds: z.union([z.string().regex(/^-?\d+$/, 'lastModified.seconds must be a whole number of seconds'), z.number().int()]),
  nanos: z.number().int().optional(),
});

const UserCommentSchema = z.object({
  text: z.string(),
  lastModified: TimestampSchema,
  starRating: z.number().int(),
  reviewerLanguage: z.string().optional(),
  device: z.string().optional(),
  androidOsVersion: z.number().optional(),
  appVersionCode: z.number().optional(),
  appVersionName: z.string().optional(),
  thumbsUpCount: z.number().optional(),
  thumbsDownCount: z.number().optional(),
  originalText: z.string().optional(),
});

const DeveloperCommentSchema = z.object({ text: z.string(), lastModified: TimestampSchema });

/** One review as `reviews.list` returns it; unknown fields (deviceMetadata...) are ignored. */
export const GooglePlayReviewSchema = z.object({
  reviewId: z.string().min(1),
  authorName: z.string().optional(),
  comments: z.array(z.object({ userComment: UserCommentSchema.optional(), developerComment: DeveloperCommentSchema.optional() })),
});
/** A validated reviews.list review. */
export type GooglePlayReview = z.infer<typeof GooglePlayReviewSchema>;

/** Names Play shows instead of a reviewer's name; hashing them would merge unrelated people. */
const PLACEHOLDER_AUTHORS = new Set(['', 'a google user', 'een google-gebruiker']);

const FIELD_NAMES: Readonly<Record<string, string>> = {
  createdAt: 'userComment.lastModified',
  rating: 'userComment.starRating',
  text: 'userComment.text',
  title: 'the title before the tab in userComment.text',
  language: 'userComment.reviewerLanguage',
};

/** Epoch milliseconds of a protobuf Timestamp. */
export function timestampMillis(timestamp: { seconds: string | number; nanos?: number | undefined }): number {
  return Number(timestamp.seconds) * 1000 + Math.floor((timestamp.nanos ?? 0) / 1_000_000);
}

/**
 * The API puts a review's title and body into one `text`, separated by a tab, when the reviewer
 * wrote both; a body-only review has no tab.
 */
export function splitPlayText(text: string): { title?: string; body: string } {
  const tab = text.indexOf('\t');
  if (tab < 0) return { body: text };
  const title = nonEmpty(text.slice(0, tab));
  const body = text.slice(tab + 1);
  if (body.trim() === '' && title !== undefined) return { body: title };
  return title === undefined ? { body } : { title, body };
}

function reviewLabel(record: unknown): string {
  return isRecord(record) && typeof record.reviewId === 'string' && record.reviewId !== '' ? `review ${record.reviewId}` : 'review without a reviewId';
}

/**
 * Normalises one Google Play Developer API review (source `googleplay`, channel `review`). The
 * customer's comment is the first `userComment`; `createdAt` is its `lastModified` (the API has
 * no creation time, so an edited review carries the edit's time); the product is the configured
 * one (the package name by default), since a review does not name its app.
 *
 * @example
 * const result = normaliseGooglePlayReview(page.reviews[0], { collectedAt, authorSalt, product: 'nl.stroomwijs.app' });
 */
export function normaliseGooglePlayReview(record: unknown, ctx: NormaliseContext): NormaliseResult {
  const label = reviewLabel(record);
  const parsed = parseWire(GooglePlayReviewSchema, record, label, 'the review');
  if (!parsed.ok) return parsed.result;
  const review = parsed.data;
  const sourceId = review.reviewId;
  const comment = review.comments.find((entry) => entry.userComment !== undefined)?.userComment;
  if (comment === undefined) return rejected(`review ${sourceId}: has no userComment (only a developer reply), so there is nothing the customer wrote`, record, sourceId);
  const { title, body } = splitPlayText(comment.text);
  const author = nonEmpty(review.authorName);
  const candidate = {
    id: feedbackId(GOOGLE_PLAY_SOURCE, sourceId),
    source: GOOGLE_PLAY_SOURCE,
    channel: 'review',
    sourceId,
    product: ctx.product,
    text: body,
    title,
    rating: comment.starRating,
    language: nonEmpty(comment.reviewerLanguage),
    author: author === undefined || PLACEHOLDER_AUTHORS.has(author.toLowerCase()) ? undefined : hashAuthor(ctx.authorSalt, author),
    createdAt: isoFromMillis(timestampMillis(comment.lastModified)),
    collectedAt: ctx.collectedAt,
  };
  return checkedItem(candidate, `review ${sourceId}`, sourceId, record, FIELD_NAMES);
}
