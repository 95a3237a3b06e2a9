import { z } from 'zod';
import { toIsoUtc } from '../formats/iso-utc.ts';
import { feedbackId, hashAuthor } from '../ids.ts';
import type { NormaliseContext, NormaliseResult } from '../source-format.ts';
import { checkedItem, encodeUriPart, isRecord, nonEmpty, parseWire } from './shared.ts';

/** FeedbackItem `source` of Trustpilot service reviews. */
export const TRUSTPILOT_SOURCE = 'trustpilot';

/**
 * A service review as `GET /v1/business-units/{businessUnitId}/reviews` returns it. Unknown
 * fields (links, companyReply, reportData, location, invitation...) are ignored.
 */
export const TrustpilotReviewSchema = z.object({
  id: z.string().min(1),
  stars: z.number().int(),
  title: z.string().nullable().optional(),
  text: z.string(),
  language: z.string().nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string().nullable().optional(),
  consumer: z
    .object({
      id: z.string().optional(),
      displayName: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
});

const FIELD_NAMES: Readonly<Record<string, string>> = {
  createdAt: 'createdAt',
  rating: 'stars',
  text: 'text',
  title: 'title',
  language: 'language',
};

function reviewLabel(record: unknown): string {
  return isRecord(record) && typeof record.id === 'string' && record.id !== '' ? `review ${record.id}` : 'review without an id';
}

/**
 * Normalises one Trustpilot service review (source `trustpilot`, channel `review`): `stars`
 * becomes the rating, the public review page is the url, and the author hash is taken from the
 * consumer id (stable when people rename themselves), else the display name.
 *
 * @example
 * const result = normaliseTrustpilotReview(page.reviews[0], ctx);
 */
export function normaliseTrustpilotReview(record: unknown, ctx: NormaliseContext): NormaliseResult {
  const parsed = parseWire(TrustpilotReviewSchema, record, reviewLabel(record), 'the review');
  if (!parsed.ok) return parsed.result;
  const review = parsed.data;
  const person = nonEmpty(review.consumer?.id) ?? nonEmpty(review.consumer?.displayName);
  const candidate = {
    id: feedbackId(TRUSTPILOT_SOURCE, review.id),
    source: TRUSTPILOT_SOURCE,
    channel: 'review',
    sourceId: review.id,
    url: `https://www.trustpilot.com/reviews/${encodeUriPart(review.id)}`,
    product: ctx.product,
    text: review.text,
    title: nonEmpty(review.title),
    rating: review.stars,
    language: nonEmpty(review.language),
    author: person === undefined ? undefined : hashAuthor(ctx.authorSalt, person),
    createdAt: toIsoUtc(review.createdAt),
    collectedAt: ctx.collectedAt,
  };
  return checkedItem(candidate, `review ${review.id}`, review.id, record, FIELD_NAMES);
}
