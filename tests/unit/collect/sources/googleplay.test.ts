import { describe, expect, it } from 'vitest';
import { normaliseGooglePlayReview, splitPlayText } from '../../../../lambdas/core/collect/sources/googleplay.ts';
import { normalisePlayConsoleRow, reviewIdFromLink } from '../../../../lambdas/core/collect/sources/googleplay-csv.ts';
import { feedbackId } from '../../../../lambdas/core/collect/ids.ts';
import { ctx, okItem, reason, variant } from './normalise-helpers.ts';

type Json = Record<string, unknown>;

const review: Json = {
  reviewId: 'gp:AOqpTOFabc123',
  authorName: 'Sanne K',
  comments: [
    {
      userComment: {
        text: 'Handig\tMeterstanden doorgeven gaat nu met een foto.',
        lastModified: { seconds: '1795219200', nanos: 250000000 },
        starRating: 4,
        reviewerLanguage: 'nl',
        device: 'a52sxq',
        androidOsVersion: 34,
        appVersionCode: 41201,
        appVersionName: '4.12.1',
        thumbsUpCount: 1,
        thumbsDownCount: 0,
        deviceMetadata: { productName: 'a52sxq', manufacturer: 'Samsung' },
      },
    },
    { developerComment: { text: 'Dank je!', lastModified: { seconds: '1795222800', nanos: 0 } } },
  ],
};
const comment = (copy: Json) => ((copy.comments as Json[])[0] as { userComment: Json }).userComment;

describe('normaliseGooglePlayReview', () => {
  it('turns a reviews.list review into a FeedbackItem, splitting title and body at the tab', () => {
    const item = okItem(normaliseGooglePlayReview(review, { ...ctx, product: 'nl.stroomwijs.app' }));

    expect(item).toMatchObject({
      id: feedbackId('googleplay', 'gp:AOqpTOFabc123'),
      source: 'googleplay',
      channel: 'review',
      sourceId: 'gp:AOqpTOFabc123',
      product: 'nl.stroomwijs.app',
      title: 'Handig',
      text: 'Meterstanden doorgeven gaat nu met een foto.',
      rating: 4,
      language: 'nl',
      createdAt: '2026-11-21T00:00:00.250Z',
    });
    expect(item.author).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives no author hash to the "A Google user" placeholder', () => {
    expect(okItem(normaliseGooglePlayReview({ ...review, authorName: 'A Google user' }, ctx)).author).toBeUndefined();
  });

  it('quarantines a review that holds only a developer reply', () => {
    expect(reason(normaliseGooglePlayReview({ ...review, comments: [(review.comments as Json[])[1]] }, ctx))).toBe('review gp:AOqpTOFabc123: has no userComment (only a developer reply), so there is nothing the customer wrote');
  });

  it('quarantines a star rating outside 1..5', () => {
    const changed = variant(review, (c) => {
      comment(c).starRating = 0;
    });

    expect(reason(normaliseGooglePlayReview(changed, ctx))).toBe('review gp:AOqpTOFabc123: userComment.starRating 0 is below the minimum of 1');
  });

  it('quarantines a lastModified that is not whole seconds', () => {
    const changed = variant(review, (c) => {
      comment(c).lastModified = { seconds: 'gisteren' };
    });

    expect(reason(normaliseGooglePlayReview(changed, ctx))).toBe('review gp:AOqpTOFabc123: lastModified.seconds must be a whole number of seconds');
  });

  it('quarantines a review without a reviewId', () => {
    const { reviewId: _id, ...rest } = review;
    expect(reason(normaliseGooglePlayReview(rest, ctx))).toBe('review without a reviewId: reviewId is missing');
  });
});

describe('splitPlayText', () => {
  it('keeps a body without a tab whole and a title-only review as its text', () => {
    expect(splitPlayText('Alleen tekst')).toEqual({ body: 'Alleen tekst' });
    expect(splitPlayText('Alleen titel\t ')).toEqual({ body: 'Alleen titel' });
  });
});

const row = {
  line: 4,
  values: {
    'Package Name': 'nl.stroomwijs.app',
    'App Version Code': '41201',
    'App Version Name': '4.12.1',
    'Reviewer Language': 'nl',
    Device: 'a52sxq',
    'Review Submit Date and Time': '2026-11-17T10:39:00Z',
    'Review Submit Millis Since Epoch': '1795257540000',
    'Review Last Update Date and Time': '2026-11-17T10:39:00Z',
    'Review Last Update Millis Since Epoch': '1795257540000',
    'Star Rating': '5',
    'Review Title': '',
    'Review Text': 'Twee regels:\nde app is "prima"',
    'Developer Reply Date and Time': '',
    'Developer Reply Millis Since Epoch': '',
    'Developer Reply Text': '',
    'Review Link': 'http://play.google.com/console/developers/555/app/497/user-feedback/review-details?reviewId=gp%3AAOqpTOGxyz&corpus=PUBLIC_REVIEWS',
  },
};
const withValue = (name: string, value: string) => ({ ...row, values: { ...row.values, [name]: value } });

describe('normalisePlayConsoleRow', () => {
  it('takes the review id from the Review Link, so API and export items are the same', () => {
    expect(okItem(normalisePlayConsoleRow(row, ctx))).toMatchObject({ id: feedbackId('googleplay', 'gp:AOqpTOGxyz'), sourceId: 'gp:AOqpTOGxyz', product: 'nl.stroomwijs.app', rating: 5, language: 'nl', text: 'Twee regels:\nde app is "prima"' });
  });

  it('dates the item by the submit millis', () => {
    expect(okItem(normalisePlayConsoleRow(row, ctx)).createdAt).toBe(new Date(1795257540000).toISOString());
  });

  it('falls back to package and submit time for a row without a link', () => {
    expect(okItem(normalisePlayConsoleRow(withValue('Review Link', ''), ctx)).sourceId).toBe('nl.stroomwijs.app:1795257540000');
  });

  it('quarantines a rating-only row', () => {
    expect(reason(normalisePlayConsoleRow(withValue('Review Text', ''), ctx))).toBe('review gp:AOqpTOGxyz (line 4): Review Text is empty (a star rating without a written review)');
  });

  it('quarantines a rating that is not a number', () => {
    expect(reason(normalisePlayConsoleRow(withValue('Star Rating', 'vijf'), ctx))).toBe("review gp:AOqpTOGxyz (line 4): Star Rating must be a number, not a string ('vijf')");
  });

  it('quarantines a row of a file that is not a Play Console export', () => {
    expect(reason(normalisePlayConsoleRow({ line: 2, values: { Naam: 'x' } }, ctx))).toBe("line 2: the file has no 'Package Name', 'Star Rating', 'Review Text' column, so it is not a Play Console review export");
  });
});

describe('reviewIdFromLink', () => {
  it('reads both the old and the new Review Link shapes', () => {
    expect(reviewIdFromLink('https://play.google.com/apps/publish?account=1#ReviewDetailsPlace:p=nl.stroomwijs.app&reviewid=gp:AOqpTOH1')).toBe('gp:AOqpTOH1');
    expect(reviewIdFromLink('https://play.google.com/console/review-details?reviewId=gp%3AAOqpTOH2&corpus=PUBLIC_REVIEWS')).toBe('gp:AOqpTOH2');
  });
});
