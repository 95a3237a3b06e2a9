import { z } from 'zod';
import { mastodonStatusesFormat } from '../../core/collect/formats/mastodon-statuses.ts';
import type { FetchRequest, SourceClient, SourcePage } from '../../core/collect/source-client.ts';
import { joinUrl } from './cursor-json.ts';
import { type HttpClient, type HttpResponse, parseLinkHeader, redactUrl } from './http-client.ts';

const PageSchema = z.array(z.unknown());
const ItemMetaSchema = z.object({ id: z.string().regex(/^\d+$/), created_at: z.unknown().optional() });

/** Mastodon caps `limit` at 40 for timelines and 80 for notifications. */
const MAX_LIMIT = { tag: 40, mentions: 80 } as const;

/** Compares Mastodon ids (decimal strings of 64-bit snowflakes) numerically. */
export function compareIds(a: string, b: string): number {
  return a.length === b.length ? a.localeCompare(b) : a.length - b.length;
}

/** What a Mastodon query reads: a public hashtag timeline, or the mentions of the token's account. */
export type MastodonQuery = { kind: 'tag'; hashtag: string } | { kind: 'mentions' };

/**
 * Mastodon statuses from any instance: the public hashtag timeline
 * (`/api/v1/timelines/tag/:hashtag`) or the account's mentions
 * (`/api/v1/notifications?types[]=mention`, bearer token). The cursor is the newest id seen
 * (a status id for tags, a notification id for mentions). With a cursor, pages are read oldest
 * first from `min_id` and each page moves the cursor (the Link header's `prev`), so a run cut
 * short resumes where it stopped; `since_id` would return the newest page and leave a gap. The
 * first run pages back from the newest with `max_id` (Link `next`) to the look-back.
 */
export class MastodonClient implements SourceClient {
  constructor(
    private readonly http: HttpClient,
    private readonly options: { instanceUrl: string; query: MastodonQuery; accessToken?: () => Promise<string> },
  ) {}

  async *pages(request: FetchRequest): AsyncIterable<SourcePage> {
    const { query } = this.options;
    const limit = Math.min(MAX_LIMIT[query.kind], request.pageSize);
    const base = query.kind === 'tag' ? joinUrl(this.options.instanceUrl, `api/v1/timelines/tag/${encodeURIComponent(query.hashtag)}`) : joinUrl(this.options.instanceUrl, 'api/v1/notifications');
    const params = new URLSearchParams({ limit: String(limit) });
    if (query.kind === 'mentions') params.append('types[]', 'mention');
    const headers: Record<string, string> = this.options.accessToken ? { authorization: `Bearer ${await this.options.accessToken()}` } : {};
    if (request.cursor !== undefined && /^\d+$/.test(request.cursor)) yield* this.forward(base, params, headers, request.cursor, request.maxPages);
    else yield* this.backward(base, params, headers, request);
  }

  /** Oldest first from the cursor (`min_id`), following `rel="prev"`; every page is a safe cursor. */
  private async *forward(base: string, params: URLSearchParams, headers: Record<string, string>, cursor: string, maxPages: number): AsyncIterable<SourcePage> {
    const first = new URLSearchParams(params);
    first.set('min_id', cursor);
    let url: string | undefined = `${base}?${first}`;
    let newest = cursor;
    for (let page = 1; url !== undefined && page <= maxPages; page += 1) {
      const { data, response }: { data: unknown[]; response: HttpResponse } = await this.http.getJson(url, PageSchema, { headers });
      const origin = redactUrl(url);
      for (const item of data) {
        const meta = ItemMetaSchema.safeParse(item);
        if (meta.success && compareIds(meta.data.id, newest) > 0) newest = meta.data.id;
      }
      const prev: string | undefined = parseLinkHeader(response.headers.get('link')).get('prev');
      const fallback = new URLSearchParams(params);
      fallback.set('min_id', newest);
      url = data.length === 0 ? undefined : (prev ?? `${base}?${fallback}`);
      yield { records: mastodonStatusesFormat.records(data), origin, cursor: newest, truncated: url !== undefined && page === maxPages };
    }
  }

  /** Newest first (`max_id`, `rel="next"`) back to the look-back; the cursor moves on the last page. */
  private async *backward(base: string, params: URLSearchParams, headers: Record<string, string>, request: FetchRequest): AsyncIterable<SourcePage> {
    let url: string | undefined = `${base}?${params}`;
    let newest: string | undefined;
    for (let page = 1; url !== undefined && page <= request.maxPages; page += 1) {
      const { data, response }: { data: unknown[]; response: HttpResponse } = await this.http.getJson(url, PageSchema, { headers });
      const origin = redactUrl(url);
      const kept: unknown[] = [];
      let reachedSince = false;
      for (const item of data) {
        const meta = ItemMetaSchema.safeParse(item);
        if (meta.success) {
          const created = typeof meta.data.created_at === 'string' ? meta.data.created_at : undefined;
          if (created !== undefined && Date.parse(created) < Date.parse(request.since)) {
            reachedSince = true;
            continue;
          }
          if (newest === undefined || compareIds(meta.data.id, newest) > 0) newest = meta.data.id;
        }
        kept.push(item);
      }
      const next: string | undefined = parseLinkHeader(response.headers.get('link')).get('next');
      url = reachedSince || data.length === 0 ? undefined : next;
      if (url !== undefined && page < request.maxPages) {
        yield { records: mastodonStatusesFormat.records(kept), origin };
        continue;
      }
      yield { records: mastodonStatusesFormat.records(kept), origin, truncated: url !== undefined, ...(newest ? { cursor: newest } : {}) };
      return;
    }
  }
}
