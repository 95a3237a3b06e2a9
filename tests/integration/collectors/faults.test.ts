import type { MockInstance } from 'vitest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IncrementalResult } from '../../../lambdas/core/collect/collect-incremental.ts';
import { type CollectorHarness, RUN_AT, startCollectorHarness } from './harness.ts';

let h: CollectorHarness;
let reviews: IncrementalResult;
let social: IncrementalResult;
let reviewWaits: number[];
let socialWaits: number[];
let addMetric: MockInstance;
let logError: MockInstance;

const query = (result: IncrementalResult, scope: string) => {
  const found = result.queries.find((q) => q.scope === scope);
  if (!found) throw new Error(`no result for ${scope}`);
  return found;
};

beforeAll(async () => {
  h = await startCollectorHarness({
    faults: [
      { path: '/gb/rss/customerreviews/page=1/', kind: 'rate-limit', retryAfter: '2' },
      { path: '/androidpublisher/v3/applications/nl.stroomwijs.app/reviews', kind: 'server-error', status: 500 },
      { path: '/v1/business-units/', kind: 'hang', times: 3 },
      { path: '/nl/rss/customerreviews/page=1/', kind: 'malformed', body: '{"feed": {"entry": [{"id": {"label": "146' },
      { path: '/api/v1/notifications', kind: 'rate-limit', retryAfter: '3600' },
    ],
  });
  const deps = h.deps('reviews');
  addMetric = vi.spyOn(deps.metrics, 'addMetric');
  logError = vi.spyOn(deps.logger, 'error');
  reviews = await h.run('reviews', RUN_AT, deps);
  reviewWaits = [...h.waits];
  // An HTTP date a few seconds ahead of the moment the request is made.
  h.simulator.addFault({ path: '/xrpc/app.bsky.feed.searchPosts', kind: 'rate-limit', retryAfter: new Date(Date.now() + 3_000).toUTCString() });
  social = await h.run('social', RUN_AT);
  socialWaits = h.waits.slice(reviewWaits.length);
});
afterAll(async () => h.close());

describe('collectors when a source misbehaves', () => {
  it('wait as long as a 429 Retry-After in seconds says, then collect the page', () => {
    expect(reviewWaits).toContain(2_000);
    expect(query(reviews, 'appstore:gb:1234567890')).toMatchObject({ status: 'ok', items: 11 });
  });

  it('wait until the HTTP date a 429 Retry-After gives', () => {
    const dateWaits = socialWaits.filter((ms) => ms >= 1_000);

    expect(dateWaits).toHaveLength(1);
    expect(dateWaits[0]).toBeLessThanOrEqual(3_000);
    expect(query(social, 'bluesky:search:stroomwijs').status).toBe('ok');
  });

  it('retry a 500 after a short backoff and then succeed', () => {
    const firstPage = h.simulator.requests.filter((r) => r.path === '/androidpublisher/v3/applications/nl.stroomwijs.app/reviews' && r.query.get('token') === null);

    expect(firstPage).toHaveLength(2);
    expect(reviewWaits.some((ms) => ms >= 1 && ms <= 10)).toBe(true);
    expect(query(reviews, 'googleplay:nl.stroomwijs.app')).toMatchObject({ status: 'ok', items: 14 });
  });

  it('fail a source that does not answer within the timeout, after its bounded attempts', () => {
    const attempts = h.simulator.requests.filter((r) => r.path.startsWith('/v1/business-units/'));

    expect(attempts).toHaveLength(3);
    expect(query(reviews, 'trustpilot:5f8d0c2a9e1b3c0001a2b3c4')).toMatchObject({ status: 'failed', error: expect.stringContaining('no answer within 400 ms') });
  });

  it('fail a query whose Retry-After is longer than the collector may wait', () => {
    expect(query(social, 'mastodon:127.0.0.1:mentions')).toMatchObject({ status: 'failed', error: expect.stringContaining('asked to wait 3600 s') });
  });

  it('keep collecting the other sources when one fails', () => {
    expect(reviews.queries.filter((q) => q.status === 'ok').map((q) => q.scope)).toEqual(['appstore:gb:1234567890', 'googleplay:nl.stroomwijs.app']);
    expect(social.queries.filter((q) => q.status === 'ok')).toHaveLength(4);
  });

  it('report each failed query in the result, the log and the SourceFailed metric', () => {
    expect(reviews.failed).toBe(2);
    expect(addMetric.mock.calls.filter(([name]) => name === 'SourceFailed')).toEqual([
      ['SourceFailed', 'Count', 1],
      ['SourceFailed', 'Count', 1],
    ]);
    expect(logError.mock.calls.map(([message, extra]) => [message, (extra as { scope: string }).scope])).toEqual([
      ['source query failed', 'appstore:nl:1234567890'],
      ['source query failed', 'trustpilot:5f8d0c2a9e1b3c0001a2b3c4'],
    ]);
  });

  it('quarantine a malformed payload with its body and a reason', async () => {
    const records = (await h.quarantined()).filter((record) => record.origin.object.includes('/nl/rss/customerreviews/page=1/'));

    expect(records).toHaveLength(1);
    expect(records[0]?.reason).toMatch(/^appstore answered http:\/\/127\.0\.0\.1:\d+\/nl\/rss\/customerreviews\/page=1\/id=1234567890\/sortby=mostrecent\/json with a payload that is not in its documented format: the body is not JSON/);
    expect(records[0]?.raw).toBe('{"feed": {"entry": [{"id": {"label": "146');
  });

  it('store no cursor for a query that failed before its first page', async () => {
    expect(await h.state.getCursor('appstore:nl:1234567890')).toBeUndefined();
    expect(await h.state.getCursor('trustpilot:5f8d0c2a9e1b3c0001a2b3c4')).toBeUndefined();
  });
});
