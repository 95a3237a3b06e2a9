import type { z } from 'zod';
import { describeZodError } from '../../core/collect/formats/describe-zod-error.ts';
import { SourcePayloadError, SourceRequestError } from '../../core/collect/source-client.ts';
import type { Log } from '../../core/ports.ts';

/** How the HTTP helper behaves; every source adapter shares one. */
export interface HttpClientOptions {
  /** Sent on every request, e.g. `feedback-miner/0.1.0 (+https://github.com/…)`. */
  userAgent: string;
  /** Per attempt, including reading the body. */
  timeoutMs: number;
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** Backoff before retry n is about `baseDelayMs * 2^(n-1)`, with jitter. */
  baseDelayMs: number;
  /** Backoff is capped here. @default 30000 */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for; the request fails instead. @default 120000 */
  maxRetryAfterMs?: number;
  /** Injectable for tests: record the waits instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable jitter source in [0, 1). */
  random?: () => number;
  /** Injectable clock (ms) for HTTP-date Retry-After values. */
  now?: () => number;
  fetch?: typeof fetch;
  log?: Log;
}

/** A request beyond the URL. */
export interface HttpRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Treat these statuses as answers instead of errors (e.g. 401 to refresh a token). */
  acceptStatuses?: readonly number[];
}

/** A response with its body read. */
export interface HttpResponse {
  status: number;
  headers: Headers;
  url: string;
  text: string;
}

const DEFAULT_MAX_DELAY_MS = 30_000;
const DEFAULT_MAX_RETRY_AFTER_MS = 120_000;

/** Node's own timers, for production; tests inject a recorder. */
export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads a Retry-After header: delta-seconds (`120`) or an HTTP date. Returns milliseconds to
 * wait (0 for a date in the past), or undefined when absent or unreadable.
 *
 * @example
 * parseRetryAfter('2', Date.now()); // 2000
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Parses an RFC 8288 Link header (`<url>; rel="next", <url>; rel="prev"`) into rel → URL.
 *
 * @example
 * parseLinkHeader('<https://x/a?max_id=1>; rel="next"').get('next'); // 'https://x/a?max_id=1'
 */
export function parseLinkHeader(value: string | null): Map<string, string> {
  const links = new Map<string, string>();
  if (!value) return links;
  for (const part of value.split(/,(?=\s*<)/)) {
    const url = part.match(/<([^>]*)>/)?.[1];
    const rels = part.match(/;\s*rel="?([^";]+)"?/i)?.[1];
    if (url === undefined || rels === undefined) continue;
    for (const rel of rels.trim().split(/\s+/)) links.set(rel, url);
  }
  return links;
}

/** A URL fit for logs and quarantine origins: credentials in the query are masked. */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  for (const name of [...parsed.searchParams.keys()]) {
    if (/^(apikey|api_key|key|access_token|token_secret|client_secret|password)$/i.test(name)) parsed.searchParams.set(name, '***');
  }
  parsed.username = '';
  parsed.password = '';
  return parsed.toString();
}

/**
 * The one way source adapters talk HTTP (Node's global fetch): a timeout on every attempt
 * (AbortSignal.timeout, covering the body too), 429 waits for Retry-After (seconds or HTTP date),
 * 5xx, timeouts and network errors are retried with exponential backoff and full jitter up to
 * `maxAttempts`, other 4xx fail at once. Every request carries the project's User-Agent.
 *
 * @example
 * const http = new HttpClient({ userAgent, timeoutMs: 10_000, maxAttempts: 4, baseDelayMs: 500 });
 * const { data } = await http.getJson(url, ReviewsPageSchema);
 */
export class HttpClient {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: HttpClientOptions) {
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.fetchImpl = options.fetch ?? fetch;
  }

  /** Sends a request, retrying what is worth retrying; throws SourceRequestError when it gives up. */
  async request(url: string, request: HttpRequest = {}): Promise<HttpResponse> {
    const shown = redactUrl(url);
    let lastProblem = '';
    let lastStatus: number | undefined;
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt += 1) {
      let wait: number | undefined;
      try {
        const response = await this.fetchImpl(url, {
          method: request.method ?? 'GET',
          headers: { 'user-agent': this.options.userAgent, accept: 'application/json', ...request.headers },
          ...(request.body === undefined ? {} : { body: request.body }),
          redirect: 'follow',
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        const text = await response.text();
        if (response.ok || request.acceptStatuses?.includes(response.status)) return { status: response.status, headers: response.headers, url, text };
        lastStatus = response.status;
        lastProblem = `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
        if (response.status === 429 || response.status === 503) {
          const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.now());
          const cap = this.options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
          if (retryAfter !== undefined && retryAfter > cap) {
            throw new SourceRequestError(`${shown} asked to wait ${Math.ceil(retryAfter / 1000)} s (Retry-After), longer than the ${Math.ceil(cap / 1000)} s allowed`, { url: shown, status: response.status });
          }
          wait = retryAfter;
        } else if (response.status < 500) {
          throw new SourceRequestError(`${shown} answered ${lastProblem}`, { url: shown, status: response.status });
        }
      } catch (error) {
        if (error instanceof SourceRequestError) throw error;
        lastStatus = undefined;
        lastProblem = isTimeout(error) ? `no answer within ${this.options.timeoutMs} ms` : `network error (${(error as Error).message})`;
      }
      if (attempt === this.options.maxAttempts) break;
      const delay = wait ?? this.backoff(attempt);
      this.options.log?.warn('retrying source request', { url: shown, attempt, problem: lastProblem, delayMs: delay });
      await this.sleep(delay);
    }
    throw new SourceRequestError(`${shown} failed after ${this.options.maxAttempts} attempt(s): ${lastProblem}`, {
      url: shown,
      ...(lastStatus === undefined ? {} : { status: lastStatus }),
    });
  }

  /**
   * GETs (or POSTs) JSON and validates it against the source's wire schema. Throws
   * SourcePayloadError, carrying the body, when it is not JSON or not in that shape.
   */
  async getJson<S extends z.ZodType>(url: string, schema: S, request: HttpRequest = {}): Promise<{ data: z.infer<S>; response: HttpResponse }> {
    const response = await this.request(url, request);
    return { data: parseJsonBody(response, schema), response };
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS, this.options.baseDelayMs * 2 ** (attempt - 1));
    // Full jitter, but never less than a tenth of the ceiling.
    return Math.round(ceiling * (0.1 + 0.9 * this.random()));
  }
}

/** Parses a response body as JSON in the given shape, or throws SourcePayloadError with the body. */
export function parseJsonBody<S extends z.ZodType>(response: HttpResponse, schema: S): z.infer<S> {
  const url = redactUrl(response.url);
  let json: unknown;
  try {
    json = JSON.parse(response.text);
  } catch (cause) {
    throw new SourcePayloadError(`the body is not JSON (${(cause as Error).message})`, { url, raw: response.text, cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SourcePayloadError(describeZodError(parsed.error, { input: json, fieldNames: { '': 'the response' } }), { url, raw: response.text });
  return parsed.data;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
