import { z } from 'zod';
import type { FetchRequest, SourceClient, SourcePage } from '../../core/collect/source-client.ts';
import { joinUrl, readCursor } from './cursor-json.ts';
import { type HttpClient, parseJsonBody, redactUrl } from './http-client.ts';

const SearchPageSchema = z.object({
  posts: z.array(z.unknown()),
  cursor: z.string().optional(),
  hitsTotal: z.number().optional(),
});
const PostMetaSchema = z.object({ uri: z.string(), indexedAt: z.string(), record: z.object({ createdAt: z.unknown().optional() }) });
const SessionSchema = z.object({ accessJwt: z.string().min(1), did: z.string().optional() });
const CursorSchema = z.object({ since: z.string(), seen: z.array(z.string()) });
type Cursor = z.infer<typeof CursorSchema>;

/** searchPosts accepts 1..100 results per page. */
const MAX_LIMIT = 100;

/**
 * The instant search sorts and filters a post by (its "sortAt"): the earlier of the author's
 * `createdAt` and the AppView's `indexedAt`, so a post dated in the future sorts as indexed.
 */
export function blueskySortAt(post: { indexedAt: string; record: { createdAt?: unknown } }): string | undefined {
  const indexed = Date.parse(post.indexedAt);
  const created = typeof post.record.createdAt === 'string' ? Date.parse(post.record.createdAt) : Number.NaN;
  const at = Number.isNaN(created) ? indexed : Number.isNaN(indexed) ? created : Math.min(created, indexed);
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
}

/**
 * A Bluesky login (`com.atproto.server.createSession` with an app password); the access JWT is
 * kept for the Lambda's lifetime and renewed when the service rejects it.
 */
export class BlueskySession {
  private jwt: Promise<string> | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly options: { serviceUrl: string; identifier: string; appPassword: () => Promise<string> },
  ) {}

  /** The current access JWT, logging in first when needed. */
  accessJwt(): Promise<string> {
    this.jwt ??= (async () => {
      const { data } = await this.http.getJson(joinUrl(this.options.serviceUrl, 'xrpc/com.atproto.server.createSession'), SessionSchema, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: this.options.identifier, password: await this.options.appPassword() }),
      });
      return data.accessJwt;
    })();
    this.jwt.catch(() => {
      this.jwt = undefined;
    });
    return this.jwt;
  }

  /** Drops the JWT so the next call logs in again. */
  invalidate(): void {
    this.jwt = undefined;
  }
}

/**
 * Bluesky posts matching a search (`app.bsky.feed.searchPosts?q&sort=latest&since&limit&cursor`),
 * newest first with cursor paging. The stored cursor is the newest sortAt seen plus the posts at
 * that instant (`since` is inclusive). Bluesky's public AppView refuses unauthenticated search
 * from many networks (HTTP 403), so a login (app password) is supported and recommended.
 */
export class BlueskySearchClient implements SourceClient {
  constructor(
    private readonly http: HttpClient,
    private readonly options: { serviceUrl: string; query: string; lang?: string; session?: BlueskySession },
  ) {}

  async *pages(request: FetchRequest): AsyncIterable<SourcePage> {
    const known = readCursor(CursorSchema, request.cursor);
    const since = known?.since ?? request.since;
    let newest: Cursor | undefined = known;
    let apiCursor: string | undefined;
    for (let page = 1; page <= request.maxPages; page += 1) {
      const params = new URLSearchParams({ q: this.options.query, sort: 'latest', since, limit: String(Math.min(MAX_LIMIT, request.pageSize)) });
      if (this.options.lang) params.set('lang', this.options.lang);
      if (apiCursor) params.set('cursor', apiCursor);
      const url = joinUrl(this.options.serviceUrl, `xrpc/app.bsky.feed.searchPosts?${params}`);
      const data = await this.search(url);
      const records: unknown[] = [];
      for (const post of data.posts) {
        const meta = PostMetaSchema.safeParse(post);
        const sortAt = meta.success ? blueskySortAt(meta.data) : undefined;
        if (meta.success && sortAt !== undefined) {
          if (known && sortAt === known.since && known.seen.includes(meta.data.uri)) continue;
          if (sortAt < since) continue;
          if (newest === undefined || sortAt > newest.since) newest = { since: sortAt, seen: [meta.data.uri] };
          else if (sortAt === newest.since && !newest.seen.includes(meta.data.uri)) newest.seen.push(meta.data.uri);
        }
        records.push(post);
      }
      apiCursor = data.cursor;
      const last = !apiCursor || data.posts.length === 0 || page === request.maxPages;
      if (!last) {
        yield { records, origin: redactUrl(url) };
        continue;
      }
      yield { records, origin: redactUrl(url), truncated: apiCursor !== undefined && data.posts.length > 0, ...(newest ? { cursor: JSON.stringify(newest) } : {}) };
      return;
    }
  }

  /** One search request; with a login, an expired JWT (400/401) gets one fresh login and retry. */
  private async search(url: string): Promise<z.infer<typeof SearchPageSchema>> {
    const session = this.options.session;
    const headers = async (): Promise<Record<string, string>> => (session ? { authorization: `Bearer ${await session.accessJwt()}` } : {});
    let response = await this.http.request(url, { headers: await headers(), ...(session ? { acceptStatuses: [400, 401] } : {}) });
    if (session && (response.status === 400 || response.status === 401)) {
      session.invalidate();
      response = await this.http.request(url, { headers: await headers() });
    }
    return parseJsonBody(response, SearchPageSchema);
  }
}
