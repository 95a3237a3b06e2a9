import { z } from 'zod';
import { toIsoUtc } from '../formats/iso-utc.ts';
import { feedbackId, hashAuthor } from '../ids.ts';
import type { NormaliseContext, NormaliseResult } from '../source-format.ts';
import { checkedItem, encodeUriPart, isRecord, nonEmpty, parseWire } from './shared.ts';

/** FeedbackItem `source` of Bluesky posts. */
export const BLUESKY_SOURCE = 'bluesky';

/**
 * `app.bsky.feed.defs#postView` as `app.bsky.feed.searchPosts` returns it: the post `record` is
 * the author's own `app.bsky.feed.post` (text, createdAt, langs); `indexedAt` is when the
 * AppView saw it. Embeds, facets, labels and counts are ignored.
 */
export const BlueskyPostViewSchema = z.object({
  uri: z.string().startsWith('at://', 'uri must be an at:// URI'),
  cid: z.string().min(1),
  author: z.object({
    did: z.string().startsWith('did:', 'author.did must be a DID'),
    handle: z.string().min(1),
    displayName: z.string().optional(),
  }),
  record: z.object({
    $type: z.string().optional(),
    text: z.string(),
    createdAt: z.string(),
    langs: z.array(z.string()).optional(),
  }),
  indexedAt: z.string(),
});
/** A validated postView. */
export type BlueskyPostView = z.infer<typeof BlueskyPostViewSchema>;

const FIELD_NAMES: Readonly<Record<string, string>> = {
  createdAt: 'record.createdAt',
  text: 'record.text',
  language: 'record.langs[0]',
};

function postLabel(record: unknown): string {
  return isRecord(record) && typeof record.uri === 'string' && record.uri !== '' ? `post ${record.uri}` : 'post without a uri';
}

/** The web URL of a post: `https://bsky.app/profile/<handle or did>/post/<rkey>`. */
export function blueskyPostUrl(post: Pick<BlueskyPostView, 'uri' | 'author'>): string | undefined {
  const rkey = post.uri.split('/').pop();
  if (!rkey) return undefined;
  const who = post.author.handle === 'handle.invalid' ? post.author.did : post.author.handle;
  return `https://bsky.app/profile/${encodeUriPart(who)}/post/${encodeUriPart(rkey)}`;
}

/**
 * Normalises one Bluesky post (source `bluesky`, channel `social`): the at:// URI is the
 * source id, the author hash is taken from the DID (handles change, DIDs do not), the first
 * declared language is kept as given, and `createdAt` is what the author's client wrote.
 *
 * @example
 * const result = normaliseBlueskyPost(page.posts[0], ctx);
 */
export function normaliseBlueskyPost(record: unknown, ctx: NormaliseContext): NormaliseResult {
  const parsed = parseWire(BlueskyPostViewSchema, record, postLabel(record), 'the post');
  if (!parsed.ok) return parsed.result;
  const post = parsed.data;
  const candidate = {
    id: feedbackId(BLUESKY_SOURCE, post.uri),
    source: BLUESKY_SOURCE,
    channel: 'social',
    sourceId: post.uri,
    url: blueskyPostUrl(post),
    product: ctx.product,
    text: post.record.text,
    language: nonEmpty(post.record.langs?.[0]),
    author: hashAuthor(ctx.authorSalt, post.author.did),
    createdAt: toIsoUtc(post.record.createdAt),
    collectedAt: ctx.collectedAt,
  };
  return checkedItem(candidate, `post ${post.uri}`, post.uri, record, FIELD_NAMES);
}
