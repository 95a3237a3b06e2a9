import { z } from 'zod';
import { timestampMillis } from '../../core/collect/sources/googleplay.ts';
import type { FetchRequest, SourceClient, SourcePage } from '../../core/collect/source-client.ts';
import { joinUrl, readCursor } from './cursor-json.ts';
import type { GoogleServiceAccountTokens } from './google-auth.ts';
import { type HttpClient, type HttpResponse, parseJsonBody, redactUrl } from './http-client.ts';

const ReviewsPageSchema = z.object({
  reviews: z.array(z.unknown()).optional(),
  tokenPagination: z.object({ nextPageToken: z.string().optional(), previousPageToken: z.string().optional() }).optional(),
  pageInfo: z.object({ totalResults: z.number().optional(), resultPerPage: z.number().optional(), startIndex: z.number().optional() }).optional(),
});
const ReviewMetaSchema = z.object({
  reviewId: z.string().min(1),
  comments: z.array(
    z.object({
      userComment: z.object({ lastModified: z.object({ seconds: z.union([z.string(), z.number()]), nanos: z.number().optional() }) }).optional(),
      developerComment: z.object({ lastModified: z.object({ seconds: z.union([z.string(), z.number()]), nanos: z.number().optional() }) }).optional(),
    }),
  ),
});
const CursorSchema = z.object({ lastModified: z.number(), ids: z.array(z.string()) });
type Cursor = z.infer<typeof CursorSchema>;

/** reviews.list accepts at most 100 results per page. */
const MAX_RESULTS = 100;

/**
 * Google Play reviews of one app through the Play Developer API `reviews.list`
 * (`GET /androidpublisher/v3/applications/{packageName}/reviews?maxResults&token`), with a
 * service-account access token. The API returns only reviews created or edited in the last
 * seven days, most recently modified first, with token paging; the cursor is the newest
 * `lastModified` seen (and the ids at that instant).
 */
export class GooglePlayReviewsClient implements SourceClient {
  constructor(
    private readonly http: HttpClient,
    private readonly tokens: GoogleServiceAccountTokens,
    private readonly options: { baseUrl: string; packageName: string },
  ) {}

  async *pages(request: FetchRequest): AsyncIterable<SourcePage> {
    const known = readCursor(CursorSchema, request.cursor);
    const floor = known?.lastModified ?? Date.parse(request.since);
    let newest: Cursor | undefined = known;
    let token: string | undefined;
    for (let page = 1; page <= request.maxPages; page += 1) {
      const query = new URLSearchParams({ maxResults: String(Math.min(MAX_RESULTS, request.pageSize)) });
      if (token) query.set('token', token);
      const url = joinUrl(this.options.baseUrl, `androidpublisher/v3/applications/${encodeURIComponent(this.options.packageName)}/reviews?${query}`);
      const data = parseJsonBody(await this.authorised(url), ReviewsPageSchema);
      const reviews = data.reviews ?? [];
      const records: unknown[] = [];
      let reachedKnown = false;
      for (const review of reviews) {
        const meta = ReviewMetaSchema.safeParse(review);
        // A review's last change is its newest comment, the customer's or a developer reply: a
        // review with only a reply is still seen once, then stays behind the cursor.
        const stamps = meta.success ? meta.data.comments.flatMap((c) => [c.userComment?.lastModified, c.developerComment?.lastModified]).filter((t) => t !== undefined) : [];
        const modified = stamps.length > 0 ? Math.max(...stamps.map(timestampMillis)) : Number.NaN;
        if (meta.success && Number.isFinite(modified)) {
          if (modified < floor || (known && modified === known.lastModified && known.ids.includes(meta.data.reviewId))) {
            reachedKnown = true;
            continue;
          }
          if (newest === undefined || modified > newest.lastModified) newest = { lastModified: modified, ids: [meta.data.reviewId] };
          else if (modified === newest.lastModified && !newest.ids.includes(meta.data.reviewId)) newest.ids.push(meta.data.reviewId);
        }
        records.push(review);
      }
      token = data.tokenPagination?.nextPageToken;
      const last = reachedKnown || !token || reviews.length === 0 || page === request.maxPages;
      if (!last) {
        yield { records, origin: redactUrl(url) };
        continue;
      }
      yield { records, origin: redactUrl(url), truncated: !reachedKnown && token !== undefined && reviews.length > 0, ...(newest ? { cursor: JSON.stringify(newest) } : {}) };
      return;
    }
  }

  /** GET with the bearer token; on a 401 one fresh token and one more try. */
  private async authorised(url: string): Promise<HttpResponse> {
    const response = await this.http.request(url, { headers: { authorization: `Bearer ${await this.tokens.token()}` }, acceptStatuses: [401] });
    if (response.status !== 401) return response;
    this.tokens.invalidate();
    return this.http.request(url, { headers: { authorization: `Bearer ${await this.tokens.token()}` } });
  }
}
