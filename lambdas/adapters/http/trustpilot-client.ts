import { z } from 'zod';
import type { FetchRequest, SourceClient, SourcePage } from '../../core/collect/source-client.ts';
import { isoInstant, joinUrl, readCursor } from './cursor-json.ts';
import { type HttpClient, redactUrl } from './http-client.ts';

const ReviewsPageSchema = z.object({
  reviews: z.array(z.unknown()),
  links: z.array(z.object({ href: z.string(), rel: z.string(), method: z.string().optional() })).optional(),
});
const ReviewMetaSchema = z.object({ id: z.string().min(1), createdAt: z.string() });
const CursorSchema = z.object({ createdAt: z.string(), ids: z.array(z.string()) });
type Cursor = z.infer<typeof CursorSchema>;

/** Trustpilot accepts at most 100 reviews per page. */
const MAX_PER_PAGE = 100;

/** `startDateTime` as Trustpilot takes it: `2026-11-20T14:05:00` (UTC, whole seconds). */
function startDateTime(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().slice(0, 19);
}

/**
 * Trustpilot service reviews of one business unit (`GET /v1/business-units/{id}/reviews`, API
 * key in the `apikey` header), oldest first from `startDateTime` (`orderBy=createdat.asc`),
 * following the `next-page` link. Every page moves the cursor (the newest `createdAt` and the
 * ids at that instant), so a run cut short resumes where it stopped.
 */
export class TrustpilotReviewsClient implements SourceClient {
  constructor(
    private readonly http: HttpClient,
    private readonly apiKey: () => Promise<string>,
    private readonly options: { baseUrl: string; businessUnitId: string; language?: string },
  ) {}

  async *pages(request: FetchRequest): AsyncIterable<SourcePage> {
    const known = readCursor(CursorSchema, request.cursor);
    const from = known?.createdAt ?? request.since;
    const query = new URLSearchParams({ perPage: String(Math.min(MAX_PER_PAGE, request.pageSize)), orderBy: 'createdat.asc', startDateTime: startDateTime(from), page: '1' });
    if (this.options.language) query.set('language', this.options.language);
    let url: string | undefined = joinUrl(this.options.baseUrl, `v1/business-units/${encodeURIComponent(this.options.businessUnitId)}/reviews?${query}`);
    let latest: Cursor | undefined = known;
    const key = await this.apiKey();
    for (let page = 1; url !== undefined && page <= request.maxPages; page += 1) {
      const { data }: { data: z.infer<typeof ReviewsPageSchema> } = await this.http.getJson(url, ReviewsPageSchema, { headers: { apikey: key } });
      const records: unknown[] = [];
      for (const review of data.reviews) {
        const meta = ReviewMetaSchema.safeParse(review);
        const created = meta.success ? isoInstant(meta.data.createdAt) : undefined;
        if (meta.success && created !== undefined) {
          // startDateTime has whole seconds: the start of the page may repeat what was seen.
          if (created < from || (known && created === known.createdAt && known.ids.includes(meta.data.id))) continue;
          if (latest === undefined || created > latest.createdAt) latest = { createdAt: created, ids: [meta.data.id] };
          else if (created === latest.createdAt && !latest.ids.includes(meta.data.id)) latest.ids.push(meta.data.id);
        }
        records.push(review);
      }
      const next = data.links?.find((link) => link.rel === 'next-page')?.href;
      const origin = redactUrl(url);
      url = data.reviews.length === 0 ? undefined : next;
      yield { records, origin, truncated: url !== undefined && page === request.maxPages, ...(latest ? { cursor: JSON.stringify(latest) } : {}) };
    }
  }
}
