import { describe, expect, it } from 'vitest';
import { feedbackId, hashAuthor } from '../../../../lambdas/core/collect/ids.ts';
import { normaliseTrustpilotReview } from '../../../../lambdas/core/collect/sources/trustpilot.ts';
import { ctx, fixture, okItem, reason } from './normalise-helpers.ts';

type Json = Record<string, unknown>;
const reviews = fixture<{ reviews: Json[] }>('trustpilot/5f8d0c2a9e1b3c0001a2b3c4.json').reviews;
const good = reviews[0] as Json;

describe('normaliseTrustpilotReview', () => {
  it('turns a business unit review into a FeedbackItem with stars as the rating', () => {
    expect(okItem(normaliseTrustpilotReview(good, ctx))).toMatchObject({
      id: feedbackId('trustpilot', String(good.id)),
      source: 'trustpilot',
      channel: 'review',
      sourceId: good.id,
      url: `https://www.trustpilot.com/reviews/${good.id}`,
      text: good.text,
      title: good.title,
      rating: good.stars,
      language: good.language,
      createdAt: good.createdAt,
    });
  });

  it('hashes the consumer id, not the display name, as the author', () => {
    expect(okItem(normaliseTrustpilotReview(good, ctx)).author).toBe(hashAuthor('test-salt', String((good.consumer as Json).id)));
  });

  it('quarantines stars outside 1..5', () => {
    expect(reason(normaliseTrustpilotReview({ ...good, stars: 6 }, ctx))).toBe(`review ${good.id}: stars 6 is above the maximum of 5`);
  });

  it('quarantines a review without text', () => {
    expect(reason(normaliseTrustpilotReview({ ...good, text: '' }, ctx))).toBe(`review ${good.id}: text is empty`);
  });

  it('quarantines a createdAt that is not a date-time', () => {
    expect(reason(normaliseTrustpilotReview({ ...good, createdAt: '21 november' }, ctx))).toBe(`review ${good.id}: createdAt '21 november' is not an ISO-8601 date-time`);
  });

  it('quarantines a record without an id', () => {
    const { id: _id, ...rest } = good;
    expect(reason(normaliseTrustpilotReview(rest, ctx))).toBe('review without an id: id is missing');
  });
});
