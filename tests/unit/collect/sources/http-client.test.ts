import { describe, expect, it } from 'vitest';
import { HttpClient, parseLinkHeader, parseRetryAfter, redactUrl } from '../../../../lambdas/adapters/http/http-client.ts';
import { SourcePayloadError, SourceRequestError } from '../../../../lambdas/core/collect/source-client.ts';
import { z } from 'zod';

/** A fetch that answers from a script, recording what it was asked; no network. */
function scriptedFetch(answers: (Response | Error)[]) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, headers: init.headers as Record<string, string> });
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers scripted');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof fetch;
  return { fetchImpl, calls };
}

function client(answers: (Response | Error)[], waits: number[] = []) {
  const { fetchImpl, calls } = scriptedFetch(answers);
  const http = new HttpClient({ userAgent: 'feedback-miner/0.1.0 (+https://example.test)', timeoutMs: 1000, maxAttempts: 3, baseDelayMs: 100, fetch: fetchImpl, random: () => 0.5, sleep: async (ms) => void waits.push(ms), now: () => Date.parse('2026-11-21T06:00:00Z') });
  return { http, calls, waits };
}

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-21T06:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
  });

  it('reads an HTTP date, and a past date as no wait', () => {
    expect(parseRetryAfter('Sat, 21 Nov 2026 06:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 05:00:00 GMT', now)).toBe(0);
  });

  it('returns undefined when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('parseLinkHeader', () => {
  it('maps each rel of a Mastodon Link header to its URL', () => {
    const links = parseLinkHeader('<https://mastodon.nl/api/v1/timelines/tag/x?max_id=10>; rel="next", <https://mastodon.nl/api/v1/timelines/tag/x?min_id=20>; rel="prev"');

    expect(Object.fromEntries(links)).toEqual({ next: 'https://mastodon.nl/api/v1/timelines/tag/x?max_id=10', prev: 'https://mastodon.nl/api/v1/timelines/tag/x?min_id=20' });
  });
});

describe('redactUrl', () => {
  it('masks credentials in the query and the userinfo', () => {
    expect(redactUrl('https://u:p@api.example.test/v1?apikey=secret&page=2')).toBe('https://api.example.test/v1?apikey=***&page=2');
  });
});

describe('HttpClient', () => {
  it('sends the project User-Agent on every request', async () => {
    const { http, calls } = client([new Response('{}')]);
    await http.request('https://api.example.test/a');

    expect(calls[0]?.headers['user-agent']).toBe('feedback-miner/0.1.0 (+https://example.test)');
  });

  it('retries a 503 and a network error with growing, jittered backoff', async () => {
    const { http, waits } = client([new Response('busy', { status: 503 }), new TypeError('fetch failed'), new Response('{"ok":true}')]);
    const response = await http.request('https://api.example.test/a');

    expect(response.text).toBe('{"ok":true}');
    expect(waits).toEqual([55, 110]);
  });

  it('does not retry a 404 and says what the source answered', async () => {
    const { http, calls } = client([new Response('Not Found', { status: 404 })]);

    await expect(http.request('https://api.example.test/a')).rejects.toThrow(new SourceRequestError('https://api.example.test/a answered HTTP 404: Not Found', { url: 'https://api.example.test/a', status: 404 }));
    expect(calls).toHaveLength(1);
  });

  it('gives up after maxAttempts with the last problem', async () => {
    const { http } = client([new Response('', { status: 500 }), new Response('', { status: 502 }), new Response('', { status: 500 })]);

    await expect(http.request('https://api.example.test/a')).rejects.toThrow('https://api.example.test/a failed after 3 attempt(s): HTTP 500');
  });

  it('rejects a body that is not in the expected shape with a SourcePayloadError carrying the body', async () => {
    const { http } = client([new Response('{"reviews": "none"}')]);

    const error = await http.getJson('https://api.example.test/a', z.object({ reviews: z.array(z.unknown()) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourcePayloadError);
    expect(error).toMatchObject({ message: "reviews must be an array, not a string ('none')", raw: '{"reviews": "none"}' });
  });
});
