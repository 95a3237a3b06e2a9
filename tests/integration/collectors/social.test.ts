import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncrementalResult } from '../../../lambdas/core/collect/collect-incremental.ts';
import type { RecordedRequest } from '../../../local/source-simulator.ts';
import { type CollectorHarness, RUN_AT, startCollectorHarness } from './harness.ts';

const SINCE = '2026-11-14T06:00:00.000Z';
const SECOND_RUN = '2026-11-21T07:00:00.000Z';
const THIRD_RUN = '2026-11-21T08:00:00.000Z';
const TAG_SCOPE = 'mastodon:127.0.0.1:tag:stroomwijs';

let h: CollectorHarness;
let first: IncrementalResult;
let second: IncrementalResult;
let firstRequests: RecordedRequest[];
let secondRequests: RecordedRequest[];

type Json = Record<string, unknown>;
const on = (requests: RecordedRequest[], path: string) => requests.filter((r) => r.path === path);
const newestId = (items: Json[]) => items.map((item) => String(item.id)).sort((a, b) => (a.length === b.length ? a.localeCompare(b) : a.length - b.length)).at(-1);

beforeAll(async () => {
  h = await startCollectorHarness({ blueskyRequiresAuth: true });
  first = await h.run('social', RUN_AT);
  firstRequests = [...h.simulator.requests];
  second = await h.run('social', SECOND_RUN);
  secondRequests = h.simulator.requests.slice(firstRequests.length);
});
afterAll(async () => h.close());

describe('social collectors on their first run', () => {
  it('page the Mastodon hashtag timeline back with max_id until the look-back', () => {
    const pages = on(firstRequests, '/api/v1/timelines/tag/stroomwijs');
    const maxIds = pages.map((r) => r.query.get('max_id'));

    expect(maxIds[0]).toBeNull();
    expect(maxIds.slice(1).every((id, index) => id !== null && (index === 0 || BigInt(id) < BigInt(maxIds[index] as string)))).toBe(true);
    expect(pages).toHaveLength(4);
  });

  it('read Mastodon mentions with the access token, asking for mentions only', () => {
    const pages = on(firstRequests, '/api/v1/notifications');

    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((r) => r.headers.authorization === `Bearer ${h.simulator.credentials.mastodonAccessToken}` && r.query.getAll('types[]').join() === 'mention')).toBe(true);
  });

  it('log in to Bluesky and follow the search cursor from the look-back', () => {
    const searches = on(firstRequests, '/xrpc/app.bsky.feed.searchPosts');

    expect(on(firstRequests, '/xrpc/com.atproto.server.createSession')).toHaveLength(1);
    expect(searches.map((r) => [r.query.get('since'), r.query.get('cursor'), r.query.get('sort')])).toEqual([
      [SINCE, null, 'latest'],
      [SINCE, '5', 'latest'],
      [SINCE, '10', 'latest'],
      [SINCE, '15', 'latest'],
    ]);
  });

  it('get a Reddit application token with client credentials, then page listings with after', () => {
    const token = on(firstRequests, '/api/v1/access_token');
    const listing = on(firstRequests, '/r/thenetherlands/new');
    const basic = Buffer.from(`${h.simulator.credentials.redditClientId}:${h.simulator.credentials.redditClientSecret}`).toString('base64');

    expect(token.map((r) => r.headers.authorization)).toEqual([`Basic ${basic}`]);
    expect(listing.map((r) => r.query.get('after') !== null)).toEqual([false, true, true, true]);
  });

  it('count per query what they fetched, wrote and quarantined', () => {
    expect(first.queries.map((q) => [q.scope, q.status, q.records, q.items, q.quarantined])).toEqual([
      [TAG_SCOPE, 'ok', 15, 13, 2],
      ['mastodon:127.0.0.1:mentions', 'ok', 10, 9, 1],
      ['bluesky:search:stroomwijs', 'ok', 17, 15, 2],
      ['reddit:r/thenetherlands', 'ok', 16, 14, 2],
      ['reddit:search:stroomwijs', 'ok', 12, 11, 1],
    ]);
  });

  it('leave out posts older than the look-back', async () => {
    const items = await h.rawItems(first.rawObjects);

    expect(items.filter((item) => item.createdAt < SINCE)).toEqual([]);
    expect(items.every((item) => item.channel === 'social')).toBe(true);
  });

  it('store the newest Mastodon status id as the hashtag cursor', async () => {
    const statuses = h.simulator.data.get('mastodon/tag-stroomwijs.json') as Json[];

    expect(await h.state.getCursor(TAG_SCOPE)).toBe(newestId(statuses));
  });

  it('quarantine every malformed post with a reason in the source vocabulary', async () => {
    const reasons = new Set((await h.quarantined()).map((record) => `${record.source}: ${record.reason.replace(/^(status|post) \S+:/, '$1 #:')}`));

    expect([...reasons].sort()).toEqual([
      "bluesky: post #: record.createdAt 'gisteren' is not an ISO-8601 date-time",
      'bluesky: post #: record.text is empty',
      'mastodon: status #: account must be an object, not null',
      'mastodon: status #: created_at must be a string, not a number (1794853200)',
      'mastodon: status #: text after removing HTML is empty',
      "reddit: post #: data.created_utc must be a number, not a string ('1794929940.0')",
      "reddit: post #: is a 't1', not a post (t3); only posts are collected",
    ]);
  });
});

describe('social collectors on the next run', () => {
  it('fetch nothing new and write nothing', () => {
    expect(second.records).toBe(0);
    expect(second.rawObjects).toEqual([]);
    expect(second.queries.every((q) => q.status === 'ok')).toBe(true);
  });

  it('resume Mastodon from the cursor with min_id', async () => {
    const pages = on(secondRequests, '/api/v1/timelines/tag/stroomwijs');

    expect(pages.map((r) => r.query.get('min_id'))).toEqual([await h.state.getCursor(TAG_SCOPE)]);
  });

  it('resume Bluesky from the newest post seen (since is inclusive)', () => {
    const search = on(secondRequests, '/xrpc/app.bsky.feed.searchPosts');

    expect(search.map((r) => r.query.get('since'))).toEqual(['2026-11-20T18:30:00.000Z']);
  });

  it('resume Reddit with before the newest fullname seen, checking the newest post once when nothing came back', async () => {
    const cursor = JSON.parse((await h.state.getCursor('reddit:r/thenetherlands')) as string) as { name: string };
    const listing = on(secondRequests, '/r/thenetherlands/new');

    expect(listing.map((r) => [r.query.get('before'), r.query.get('limit')])).toEqual([
      [cursor.name, '5'],
      [null, '1'],
    ]);
  });

  it('collect only a Mastodon status posted after the previous run', async () => {
    const statuses = h.simulator.data.get('mastodon/tag-stroomwijs.json') as Json[];
    const template = statuses[0] as Json;
    const id = String((BigInt(Date.parse('2026-11-21T07:30:00.000Z')) << 16n) + 1n);
    statuses.unshift({ ...template, id, created_at: '2026-11-21T07:30:00.000Z', uri: `https://mastodon.nl/users/nieuw/statuses/${id}`, url: `https://mastodon.nl/@nieuw/${id}`, content: '<p>Net overgestapt naar <a href="https://mastodon.nl/tags/stroomwijs" class="mention hashtag">#<span>stroomwijs</span></a>, tot nu toe top</p>' });

    const third = await h.run('social', THIRD_RUN);
    const items = await h.rawItems(third.rawObjects);

    expect(items.map((item) => [item.source, item.sourceId, item.text])).toEqual([['mastodon', `mastodon.nl:${id}`, 'Net overgestapt naar #stroomwijs, tot nu toe top']]);
  });

  it('notice a deleted Reddit cursor post and still collect what came after it', async () => {
    const cursor = JSON.parse((await h.state.getCursor('reddit:r/thenetherlands')) as string) as { name: string };
    const listing = h.simulator.data.get('reddit/thenetherlands.json') as { data: { children: Json[] } };
    const children = listing.data.children;
    const template = children[0] as { data: Json };
    children.splice(
      children.findIndex((child) => (child.data as Json).name === cursor.name),
      1,
    );
    children.unshift({ kind: 't3', data: { ...template.data, id: 'zz99aa1', name: 't3_zz99aa1', title: 'Storing bij Stroomwijs?', selftext: 'Iemand anders ook geen stroom in Utrecht?', created_utc: Date.parse('2026-11-21T08:30:00.000Z') / 1000, permalink: '/r/thenetherlands/comments/zz99aa1/storing/' } });

    const fourth = await h.run('social', '2026-11-21T09:00:00.000Z');
    const items = await h.rawItems(fourth.rawObjects);

    expect(fourth.queries.find((q) => q.scope === 'reddit:r/thenetherlands')?.items).toBe(1);
    expect(new Set(items.map((item) => item.sourceId))).toEqual(new Set(['t3_zz99aa1']));
  });
});
