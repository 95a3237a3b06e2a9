import { z } from 'zod';
import type { FetchRequest, SourceClient, SourcePage } from '../../core/collect/source-client.ts';
import { ConfigError } from '../../core/errors.ts';
import { joinUrl, readCursor } from './cursor-json.ts';
import { type HttpClient, redactUrl } from './http-client.ts';

const ListingSchema = z.object({
  kind: z.literal('Listing'),
  data: z.object({
    children: z.array(z.unknown()),
    after: z.string().nullable().optional(),
    before: z.string().nullable().optional(),
  }),
});
const ThingMetaSchema = z.object({ data: z.object({ name: z.string().min(1), created_utc: z.number() }) });
const TokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().positive(), token_type: z.string().optional() });
const ClientSecretSchema = z.object({ clientId: z.string().min(1), clientSecret: z.string() });
const CursorSchema = z.object({ name: z.string(), created: z.number() });
type Cursor = z.infer<typeof CursorSchema>;

/** Reddit listings return at most 100 things per request. */
const MAX_LIMIT = 100;

/**
 * An application-only OAuth token (client credentials grant, `POST /api/v1/access_token` with
 * HTTP Basic auth), cached until a minute before it expires.
 */
export class RedditAppToken {
  private cached: { token: string; expiresAt: number } | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly options: { authBaseUrl: string; client: () => Promise<string>; now?: () => number },
  ) {}

  /** A valid bearer token. */
  async token(): Promise<string> {
    const now = (this.options.now ?? Date.now)();
    if (this.cached && this.cached.expiresAt - 60_000 > now) return this.cached.token;
    let client: z.infer<typeof ClientSecretSchema>;
    try {
      client = ClientSecretSchema.parse(JSON.parse(await this.options.client()));
    } catch {
      throw new ConfigError('the Reddit client secret must be JSON {"clientId": "…", "clientSecret": "…"}');
    }
    const { data } = await this.http.getJson(joinUrl(this.options.authBaseUrl, 'api/v1/access_token'), TokenSchema, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    this.cached = { token: data.access_token, expiresAt: now + data.expires_in * 1000 };
    return data.access_token;
  }
}

/** What to read: a subreddit's newest posts, a site-wide search, or a search within a subreddit. */
export interface RedditQuery {
  subreddit?: string;
  search?: string;
}

/** The listing path and fixed parameters of a query. */
export function redditListing(query: RedditQuery): { path: string; params: Record<string, string> } {
  if (query.search !== undefined) {
    const params = { q: query.search, sort: 'new', type: 'link', raw_json: '1' };
    return query.subreddit ? { path: `r/${query.subreddit}/search`, params: { ...params, restrict_sr: '1' } } : { path: 'search', params };
  }
  return { path: `r/${query.subreddit}/new`, params: { raw_json: '1' } };
}

function metaOf(thing: unknown): Cursor | undefined {
  const meta = ThingMetaSchema.safeParse(thing);
  return meta.success ? { name: meta.data.data.name, created: meta.data.data.created_utc } : undefined;
}

/**
 * Reddit posts of a subreddit (`/r/{sub}/new`) or a search (`/search?sort=new`), through
 * `https://oauth.reddit.com` with an application-only token. With a cursor (the newest post's
 * fullname and time), pages are read oldest first with `before` and each moves the cursor. When
 * the cursor's post was deleted, `before` returns nothing forever; that case is noticed (the
 * newest post is newer than the cursor) and the gap is read newest first with `after`. Listings
 * end after about 1,000 posts (search: fewer), so the look-back cannot reach further.
 */
export class RedditListingClient implements SourceClient {
  constructor(
    private readonly http: HttpClient,
    private readonly token: RedditAppToken,
    private readonly options: { apiBaseUrl: string; query: RedditQuery },
  ) {}

  async *pages(request: FetchRequest): AsyncIterable<SourcePage> {
    const known = readCursor(CursorSchema, request.cursor);
    if (known === undefined) {
      yield* this.newestFirst(request, Date.parse(request.since) / 1000, undefined);
      return;
    }
    let before = known.name;
    let newest = known;
    for (let page = 1; page <= request.maxPages; page += 1) {
      const { url, listing } = await this.fetch(request.pageSize, { before });
      const children = listing.data.children;
      if (children.length === 0) {
        if (page === 1) yield* this.checkVanishedAnchor(request, known);
        return;
      }
      for (const child of children) {
        const meta = metaOf(child);
        if (meta && meta.created >= newest.created) newest = meta;
      }
      // Listings are newest first: the first child is the next `before` anchor.
      before = metaOf(children[0])?.name ?? newest.name;
      yield { records: children, origin: redactUrl(url), cursor: JSON.stringify(newest), truncated: page === request.maxPages && children.length >= Math.min(MAX_LIMIT, request.pageSize) };
    }
  }

  /** `before=<deleted post>` looks exactly like "nothing new"; compare with the newest post. */
  private async *checkVanishedAnchor(request: FetchRequest, known: Cursor): AsyncIterable<SourcePage> {
    const { listing } = await this.fetch(1, {});
    const top = metaOf(listing.data.children[0]);
    if (top === undefined || top.created <= known.created) return;
    yield* this.newestFirst({ ...request, maxPages: Math.max(1, request.maxPages - 1) }, known.created, known.name);
  }

  /** Newest first with `after`, down to `floor` (epoch seconds); the cursor moves on the last page. */
  private async *newestFirst(request: FetchRequest, floor: number, exclude: string | undefined): AsyncIterable<SourcePage> {
    let after: string | undefined;
    let newest: Cursor | undefined;
    for (let page = 1; page <= request.maxPages; page += 1) {
      const { url, listing } = await this.fetch(request.pageSize, after ? { after } : {});
      const records: unknown[] = [];
      let reachedFloor = false;
      for (const child of listing.data.children) {
        const meta = metaOf(child);
        if (meta) {
          if (meta.created < floor || meta.name === exclude) {
            reachedFloor = true;
            continue;
          }
          if (newest === undefined || meta.created > newest.created) newest = meta;
        }
        records.push(child);
      }
      after = listing.data.after ?? undefined;
      const last = reachedFloor || !after || listing.data.children.length === 0 || page === request.maxPages;
      if (!last) {
        yield { records, origin: redactUrl(url) };
        continue;
      }
      yield { records, origin: redactUrl(url), truncated: !reachedFloor && after !== undefined, ...(newest ? { cursor: JSON.stringify(newest) } : {}) };
      return;
    }
  }

  private async fetch(limit: number, position: { before?: string; after?: string }): Promise<{ url: string; listing: z.infer<typeof ListingSchema> }> {
    const { path, params } = redditListing(this.options.query);
    const query = new URLSearchParams({ ...params, limit: String(Math.min(MAX_LIMIT, limit)), ...position });
    const url = joinUrl(this.options.apiBaseUrl, `${path}?${query}`);
    const { data } = await this.http.getJson(url, ListingSchema, { headers: { authorization: `Bearer ${await this.token.token()}` } });
    return { url, listing: data };
  }
}
