import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncrementalResult } from '../../../lambdas/core/collect/collect-incremental.ts';
import type { RecordedRequest } from '../../../local/source-simulator.ts';
import { type CollectorHarness, RUN_AT, startCollectorHarness } from './harness.ts';

const SINCE = '2026-11-14T06:00:00.000Z';
const SECOND_RUN = '2026-11-21T07:00:00.000Z';
const THIRD_RUN = '2026-11-21T08:00:00.000Z';
const TRUSTPILOT = 'trustpilot/5f8d0c2a9e1b3c0001a2b3c4.json';

let h: CollectorHarness;
let first: IncrementalResult;
let second: IncrementalResult;
let firstRequests: RecordedRequest[];
let secondRequests: RecordedRequest[];

const urls = (requests: RecordedRequest[], path: string) => requests.filter((r) => r.path.startsWith(path)).map((r) => `${r.path}?${r.query}`);

beforeAll(async () => {
  h = await startCollectorHarness();
  first = await h.run('reviews', RUN_AT);
  firstRequests = [...h.simulator.requests];
  second = await h.run('reviews', SECOND_RUN);
  secondRequests = h.simulator.requests.slice(firstRequests.length);
});
afterAll(async () => h.close());

describe('review collectors on their first run', () => {
  it('pages the App Store feed until it reaches reviews older than the look-back', () => {
    expect(urls(firstRequests, '/nl/rss')).toEqual([
      '/nl/rss/customerreviews/page=1/id=1234567890/sortby=mostrecent/json?',
      '/nl/rss/customerreviews/page=2/id=1234567890/sortby=mostrecent/json?',
    ]);
  });

  it('follows Google Play nextPageToken through every page, with a service-account token', () => {
    const pages = firstRequests.filter((r) => r.path.startsWith('/androidpublisher'));
    expect(pages.map((r) => r.query.get('token'))).toEqual([null, 'b2Zmc2V0OjU', 'b2Zmc2V0OjEw', 'b2Zmc2V0OjE1']);
    expect(pages.every((r) => String(r.headers.authorization).startsWith('Bearer ya29.sim-'))).toBe(true);
  });

  it('reads Trustpilot oldest first from the look-back, following next-page links, with the apikey header', () => {
    const pages = firstRequests.filter((r) => r.path.startsWith('/v1/business-units'));
    expect(pages.map((r) => [r.query.get('startDateTime'), r.query.get('orderBy'), r.query.get('page')])).toEqual([
      ['2026-11-14T06:00:00', 'createdat.asc', '1'],
      ['2026-11-14T06:00:00', 'createdat.asc', '2'],
      ['2026-11-14T06:00:00', 'createdat.asc', '3'],
    ]);
    expect(pages.every((r) => r.headers.apikey === h.simulator.credentials.trustpilotApiKey)).toBe(true);
  });

  it('writes every valid review to raw/ once, under its channel and source', async () => {
    const items = await h.rawItems(first.rawObjects);

    expect(first.rawObjects.every((key) => /^raw\/channel=review\/source=(appstore|googleplay|trustpilot)\/dt=2026-11-21\/20261121T060000-[0-9a-f]{12}-\d{4}\.jsonl\.gz$/.test(key))).toBe(true);
    expect(items).toHaveLength(first.items);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('counts per query what it fetched, wrote and quarantined', () => {
    expect(first.queries.map((q) => [q.scope, q.status, q.records, q.items, q.quarantined])).toEqual([
      ['appstore:nl:1234567890', 'ok', 17, 15, 2],
      ['appstore:gb:1234567890', 'ok', 12, 11, 1],
      ['googleplay:nl.stroomwijs.app', 'ok', 16, 14, 2],
      ['trustpilot:5f8d0c2a9e1b3c0001a2b3c4', 'ok', 12, 11, 1],
    ]);
  });

  it('leaves out reviews older than the look-back', async () => {
    const items = await h.rawItems(first.rawObjects);

    expect(items.filter((item) => item.createdAt < SINCE)).toEqual([]);
  });

  it('stores a cursor per source and query', async () => {
    const cursors = await Promise.all(first.queries.map((q) => h.state.getCursor(q.scope)));

    expect(cursors.every((cursor) => typeof cursor === 'string' && cursor.length > 0)).toBe(true);
    expect(first.queries.every((q) => q.cursorAdvanced)).toBe(true);
  });

  it('quarantines every malformed review with a reason in the source vocabulary', async () => {
    const reasons = (await h.quarantined()).map((record) => `${record.source}: ${record.reason.replace(/\d{6,}|gp:\w+|[0-9a-f]{24}/g, '#')}`).sort();

    expect(reasons).toEqual([
      'appstore: review #: content is empty',
      'appstore: review #: rating 7 is above the maximum of 5',
      "appstore: review #: updated '07-11-2026 11:57' is not an ISO-8601 date-time",
      'googleplay: review #: has no userComment (only a developer reply), so there is nothing the customer wrote',
      'googleplay: review #: userComment.starRating 0 is below the minimum of 1',
      'trustpilot: review #: text is empty',
    ]);
  });
});

describe('review collectors on the next run', () => {
  it('fetch nothing new and write nothing', () => {
    expect(second.records).toBe(0);
    expect(second.rawObjects).toEqual([]);
    expect(second.queries.every((q) => q.status === 'ok' && !q.cursorAdvanced)).toBe(true);
  });

  it('ask each source for one page only, starting at the cursor', () => {
    expect(secondRequests.map((r) => r.path).filter((p) => p !== '/token')).toEqual([
      '/nl/rss/customerreviews/page=1/id=1234567890/sortby=mostrecent/json',
      '/gb/rss/customerreviews/page=1/id=1234567890/sortby=mostrecent/json',
      '/androidpublisher/v3/applications/nl.stroomwijs.app/reviews',
      '/v1/business-units/5f8d0c2a9e1b3c0001a2b3c4/reviews',
    ]);
  });

  it('collect only a review written after the previous run', async () => {
    const file = h.simulator.data.get(TRUSTPILOT) as { reviews: Record<string, unknown>[] };
    const template = file.reviews.at(-1) as Record<string, unknown>;
    file.reviews.push({ ...template, id: 'aa11bb22cc33dd44ee55ff66', text: 'Nieuwe review: de overstap ging soepel!', createdAt: '2026-11-21T07:30:00.000Z' });

    const third = await h.run('reviews', THIRD_RUN);
    const items = await h.rawItems(third.rawObjects);

    expect(items.map((item) => [item.source, item.sourceId, item.text])).toEqual([['trustpilot', 'aa11bb22cc33dd44ee55ff66', 'Nieuwe review: de overstap ging soepel!']]);
  });
});
