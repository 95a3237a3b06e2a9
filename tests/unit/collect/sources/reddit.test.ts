import { describe, expect, it } from 'vitest';
import { feedbackId } from '../../../../lambdas/core/collect/ids.ts';
import { normaliseRedditPost } from '../../../../lambdas/core/collect/sources/reddit.ts';
import { ctx, okItem, reason } from './normalise-helpers.ts';

const data = {
  subreddit: 'thenetherlands',
  selftext: 'Al drie weken wacht ik op mijn slimme meter van Stroomwijs. Iemand ervaring?',
  title: 'Slimme meter Stroomwijs nooit geleverd',
  name: 't3_1gx4k2p',
  id: '1gx4k2p',
  author: 'Daan',
  permalink: '/r/thenetherlands/comments/1gx4k2p/slimme_meter_stroomwijs/',
  url: 'https://www.reddit.com/r/thenetherlands/comments/1gx4k2p/',
  created_utc: 1795163400.0,
  score: 12,
  num_comments: 7,
};
const post = (changes: Record<string, unknown> = {}, kind = 't3') => ({ kind, data: { ...data, ...changes } });

describe('normaliseRedditPost', () => {
  it('turns a self post into a FeedbackItem with its title and text', () => {
    expect(okItem(normaliseRedditPost(post(), ctx))).toMatchObject({
      id: feedbackId('reddit', 't3_1gx4k2p'),
      source: 'reddit',
      channel: 'social',
      sourceId: 't3_1gx4k2p',
      url: 'https://www.reddit.com/r/thenetherlands/comments/1gx4k2p/slimme_meter_stroomwijs/',
      title: 'Slimme meter Stroomwijs nooit geleverd',
      text: 'Al drie weken wacht ik op mijn slimme meter van Stroomwijs. Iemand ervaring?',
      createdAt: '2026-11-20T08:30:00.000Z',
    });
  });

  it('uses the title as the text of a link post', () => {
    expect(okItem(normaliseRedditPost(post({ selftext: '' }), ctx))).toMatchObject({ text: 'Slimme meter Stroomwijs nooit geleverd', title: undefined });
  });

  it('uses the title as the text when the body was removed', () => {
    expect(okItem(normaliseRedditPost(post({ selftext: '[removed]' }), ctx)).text).toBe('Slimme meter Stroomwijs nooit geleverd');
  });

  it('gives a deleted author no author hash', () => {
    expect(okItem(normaliseRedditPost(post({ author: '[deleted]' }), ctx)).author).toBeUndefined();
  });

  it('quarantines a comment (t1), which is not a post', () => {
    expect(reason(normaliseRedditPost(post({}, 't1'), ctx))).toBe("post t3_1gx4k2p: is a 't1', not a post (t3); only posts are collected");
  });

  it('quarantines a created_utc that is not a number', () => {
    expect(reason(normaliseRedditPost(post({ created_utc: '1795163400.0' }), ctx))).toBe("post t3_1gx4k2p: data.created_utc must be a number, not a string ('1795163400.0')");
  });
});
