import { z } from 'zod';
import { appStoreRssFormat } from '../../core/collect/formats/appstore-rss.ts';
import type { FetchRequest, SourceClient, SourcePage } from '../../core/collect/source-client.ts';
import { isoInstant, joinUrl, readCursor } from './cursor-json.ts';
import { type HttpClient, redactUrl } from './http-client.ts';

/** Apple serves at most 10 pages (of 50 reviews) of the customer reviews feed. */
export const APPSTORE_MAX_PAGES = 10;

const FeedEnvelopeSchema = z.object({ feed: z.looseObject({}) });
const EntryMetaSchema = z.object({ id: z.object({ label: z.string().min(1) }), updated: z.object({ label: z.string() }) });
const CursorSchema = z.object({ id: z.string(), updated: z.string() });
type Cursor = z.infer<typeof CursorSchema>;

/**
 * App Store customer reviews of one app in one country, from Apple's public RSS feed in JSON
 * (`/{country}/rss/customerreviews/page={n}/id={appId}/sortby=mostrecent/json`), newest first.
 * The cursor is the newest review seen (id and `updated`); paging stops at the first review
 * already seen (or older than the look-back), at page 10 (Apple's limit) or at maxPages.
 */
export class AppStoreReviewsClient implements SourceClient {
  constructor(
    private readonly http: HttpClient,
    private readonly options: { baseUrl: string; appId: string; country: string },
  ) {}

  async *pages(request: FetchRequest): AsyncIterable<SourcePage> {
    const known = readCursor(CursorSchema, request.cursor);
    const lastPage = Math.min(APPSTORE_MAX_PAGES, request.maxPages);
    let newest: Cursor | undefined = known;
    for (let page = 1; page <= lastPage; page += 1) {
      const url = joinUrl(this.options.baseUrl, `${this.options.country}/rss/customerreviews/page=${page}/id=${this.options.appId}/sortby=mostrecent/json`);
      const { data } = await this.http.getJson(url, FeedEnvelopeSchema);
      const entries = appStoreRssFormat.records(data);
      const records: unknown[] = [];
      let reachedKnown = false;
      for (const entry of entries) {
        const meta = EntryMetaSchema.safeParse(entry);
        const updated = meta.success ? isoInstant(meta.data.updated.label) : undefined;
        // An entry without a readable id or date cannot place the cursor; the normaliser quarantines it.
        if (meta.success && updated !== undefined) {
          const id = meta.data.id.label.trim();
          if (known ? id === known.id || updated < known.updated : updated < request.since) {
            reachedKnown = true;
            break;
          }
          if (newest === undefined || updated > newest.updated) newest = { id, updated };
        }
        records.push(entry);
      }
      const last = reachedKnown || entries.length === 0 || page === lastPage;
      if (!last) {
        yield { records, origin: redactUrl(url) };
        continue;
      }
      // Newest first: only the last page may move the cursor, once everything newer is written.
      yield { records, origin: redactUrl(url), truncated: !reachedKnown && entries.length > 0, ...(newest ? { cursor: JSON.stringify(newest) } : {}) };
      return;
    }
  }
}
