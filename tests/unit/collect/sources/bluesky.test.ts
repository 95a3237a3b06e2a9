import { describe, expect, it } from 'vitest';
import { feedbackId, hashAuthor } from '../../../../lambdas/core/collect/ids.ts';
import { normaliseBlueskyPost } from '../../../../lambdas/core/collect/sources/bluesky.ts';
import { ctx, okItem, reason, variant } from './normalise-helpers.ts';

const post = {
  uri: 'at://did:plc:4xm2kqz7vb5tq3hjw6l2yq7n/app.bsky.feed.post/3lbx7rmq2ks2c',
  cid: 'bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy',
  author: { did: 'did:plc:4xm2kqz7vb5tq3hjw6l2yq7n', handle: 'fleur.bsky.social', displayName: 'Fleur', labels: [] },
  record: { $type: 'app.bsky.feed.post', createdAt: '2026-11-20T18:30:00.123Z', langs: ['nl'], text: 'Slimme meter van #stroomwijs eindelijk geleverd 🎉' },
  replyCount: 0,
  repostCount: 1,
  likeCount: 4,
  quoteCount: 0,
  indexedAt: '2026-11-20T18:30:02.456Z',
  labels: [],
};

describe('normaliseBlueskyPost', () => {
  it('turns a searchPosts postView into a FeedbackItem with its bsky.app URL', () => {
    expect(okItem(normaliseBlueskyPost(post, ctx))).toMatchObject({
      id: feedbackId('bluesky', post.uri),
      source: 'bluesky',
      channel: 'social',
      sourceId: post.uri,
      url: 'https://bsky.app/profile/fleur.bsky.social/post/3lbx7rmq2ks2c',
      text: 'Slimme meter van #stroomwijs eindelijk geleverd 🎉',
      language: 'nl',
      createdAt: '2026-11-20T18:30:00.123Z',
    });
  });

  it('hashes the DID as the author, so a handle change is the same person', () => {
    expect(okItem(normaliseBlueskyPost(post, ctx)).author).toBe(hashAuthor('test-salt', 'did:plc:4xm2kqz7vb5tq3hjw6l2yq7n'));
  });

  it('links by DID when the handle is invalid', () => {
    const changed = variant(post, (c) => {
      c.author.handle = 'handle.invalid';
    });

    expect(okItem(normaliseBlueskyPost(changed, ctx)).url).toBe('https://bsky.app/profile/did%3Aplc%3A4xm2kqz7vb5tq3hjw6l2yq7n/post/3lbx7rmq2ks2c');
  });

  it('quarantines an image-only post without text', () => {
    const changed = variant(post, (c) => {
      c.record.text = '';
    });

    expect(reason(normaliseBlueskyPost(changed, ctx))).toBe(`post ${post.uri}: record.text is empty`);
  });

  it('quarantines a createdAt that is not a date-time', () => {
    const changed = variant(post, (c) => {
      c.record.createdAt = 'gisteren';
    });

    expect(reason(normaliseBlueskyPost(changed, ctx))).toBe(`post ${post.uri}: record.createdAt 'gisteren' is not an ISO-8601 date-time`);
  });

  it('quarantines a uri that is not an at:// URI', () => {
    expect(reason(normaliseBlueskyPost({ ...post, uri: 'https://bsky.app/x' }, ctx))).toBe('post https://bsky.app/x: uri must be an at:// URI');
  });
});
