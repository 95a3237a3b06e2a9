import { z } from 'zod';
import { feedbackId, hashAuthor } from '../ids.ts';
import type { NormaliseContext, NormaliseResult } from '../source-format.ts';
import { checkedItem, isoFromMillis, isRecord, nonEmpty, parseWire, rejected } from './shared.ts';

/** FeedbackItem `source` of Reddit posts. */
export const REDDIT_SOURCE = 'reddit';

/**
 * A Listing child as `/r/{sub}/new` and `/search` return it: `{ kind: 't3', data: {...} }`.
 * `name` is the fullname (`t3_<id>`) that `before`/`after` take; `created_utc` is epoch
 * seconds (a float). Unknown fields (score, flair, media...) are ignored.
 */
export const RedditThingSchema = z.object({
  kind: z.string(),
  data: z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    title: z.string(),
    selftext: z.string().optional(),
    author: z.string().optional(),
    created_utc: z.number(),
    permalink: z.string(),
    subreddit: z.string().optional(),
  }),
});

/** What Reddit leaves when a post or author was removed; none of it is the customer's words. */
const REMOVED = new Set(['[removed]', '[deleted]']);

const FIELD_NAMES: Readonly<Record<string, string>> = {
  createdAt: 'data.created_utc',
  text: 'data.selftext (or data.title for link posts)',
  title: 'data.title',
};

function thingLabel(record: unknown): string {
  if (isRecord(record) && isRecord(record.data) && typeof record.data.name === 'string' && record.data.name !== '') return `post ${record.data.name}`;
  return 'post without a name';
}

/**
 * Normalises one Reddit post (source `reddit`, channel `social`): the self text is the text and
 * the title the title; a link post (no self text) or a post whose text was removed keeps its
 * title as the text. Deleted authors get no author hash.
 *
 * @example
 * const results = listing.data.children.map((child) => normaliseRedditPost(child, ctx));
 */
export function normaliseRedditPost(record: unknown, ctx: NormaliseContext): NormaliseResult {
  const label = thingLabel(record);
  const parsed = parseWire(RedditThingSchema, record, label, 'the post');
  if (!parsed.ok) return parsed.result;
  const { kind, data } = parsed.data;
  if (kind !== 't3') return rejected(`${label}: is a '${kind}', not a post (t3); only posts are collected`, record, data.name);
  const selftext = nonEmpty(data.selftext);
  const body = selftext !== undefined && !REMOVED.has(selftext) ? selftext : undefined;
  const author = nonEmpty(data.author);
  const candidate = {
    id: feedbackId(REDDIT_SOURCE, data.name),
    source: REDDIT_SOURCE,
    channel: 'social',
    sourceId: data.name,
    url: `https://www.reddit.com${data.permalink.startsWith('/') ? data.permalink : `/${data.permalink}`}`,
    product: ctx.product,
    text: body ?? data.title,
    title: body === undefined ? undefined : nonEmpty(data.title),
    author: author === undefined || REMOVED.has(author) ? undefined : hashAuthor(ctx.authorSalt, author),
    createdAt: isoFromMillis(data.created_utc * 1000),
    collectedAt: ctx.collectedAt,
  };
  return checkedItem(candidate, `post ${data.name}`, data.name, record, FIELD_NAMES);
}
