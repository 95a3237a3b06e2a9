/**
 * The source simulator: an HTTP server on loopback that serves the source fixtures through the
 * REAL API paths, with the real pagination, cursors and authentication of each API, so the HTTP
 * adapters run for real offline (`npm start`, integration tests). Faults can be scripted per path.
 */
import { generateKeyPairSync, type KeyObject, verify } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { join, relative, sep } from 'node:path';
import { type CollectorsConfig, CollectorsConfigSchema } from '../lambdas/core/config-collectors.ts';

/** Credentials the simulator accepts (and `simulatorCollectorConfig` hands to the collectors). */
export interface SimulatorCredentials {
  trustpilotApiKey: string;
  mastodonAccessToken: string;
  redditClientId: string;
  redditClientSecret: string;
  blueskyIdentifier: string;
  blueskyAppPassword: string;
}

/** The defaults, fine for a loopback server. */
export const DEFAULT_SIMULATOR_CREDENTIALS: SimulatorCredentials = {
  trustpilotApiKey: 'sim-trustpilot-api-key',
  mastodonAccessToken: 'sim-mastodon-access-token',
  redditClientId: 'sim-reddit-client',
  redditClientSecret: 'sim-reddit-secret',
  blueskyIdentifier: 'stroomwijs.bsky.social',
  blueskyAppPassword: 'sim-app-password',
};

/**
 * A scripted fault for requests whose path and query contain `path` (or match it): answered
 * instead of the real response, `times` times (default once), then the route behaves normally.
 */
export type SimulatedFault =
  | { path: string | RegExp; kind: 'rate-limit'; retryAfter: string; times?: number }
  | { path: string | RegExp; kind: 'server-error'; status?: number; times?: number }
  | { path: string | RegExp; kind: 'hang'; times?: number }
  | { path: string | RegExp; kind: 'malformed'; body?: string; times?: number };

/** One request as the simulator received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
}

/** Options of `startSourceSimulator`. */
export interface SourceSimulatorOptions {
  /** The fixtures folder, e.g. sample-data/sources. */
  fixturesDir: string;
  faults?: SimulatedFault[];
  credentials?: Partial<SimulatorCredentials>;
  /** Apple serves 50 reviews per page; smaller pages make paging visible with small fixtures. */
  appStorePageSize?: number;
  /** Answer Bluesky search only with a session token (as the public AppView often does: 403). */
  blueskyRequiresAuth?: boolean;
}

/** A running simulator. */
export interface SourceSimulator {
  baseUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** The fixtures as served, by path relative to the fixtures folder; mutate to add records between runs. */
  data: Map<string, unknown>;
  /** A service account key file for the simulated Google token endpoint (its own RSA key). */
  googleServiceAccountJson: string;
  credentials: SimulatorCredentials;
  /** Scripts more faults. */
  addFault(fault: SimulatedFault): void;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;
type Handler = (request: IncomingMessage, url: URL, body: string) => { status: number; body: unknown; headers?: Record<string, string> };

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function loadFixtures(dir: string): Map<string, unknown> {
  const data = new Map<string, unknown>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const path = join(entry.parentPath, entry.name);
    try {
      data.set(relative(dir, path).split(sep).join('/'), JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      // Not every .json under the fixtures is one JSON document (e.g. Firehose output); those are not served.
    }
  }
  return data;
}

/** Mastodon ids are decimal snowflakes: compare them as numbers. */
const compareIds = (a: string, b: string) => (a.length === b.length ? a.localeCompare(b) : a.length - b.length);

function bearer(request: IncomingMessage): string | undefined {
  return request.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
}

function clampLimit(value: string | null, fallback: number, max: number): number {
  const number = Number(value ?? fallback);
  return Number.isInteger(number) && number > 0 ? Math.min(number, max) : fallback;
}

/** Bluesky's sortAt: the earlier of createdAt and indexedAt (a bad createdAt counts as absent). */
function sortAt(post: Json): number {
  const record = isJson(post.record) ? post.record : {};
  const indexed = Date.parse(String(post.indexedAt));
  const created = typeof record.createdAt === 'string' ? Date.parse(record.createdAt) : Number.NaN;
  return Number.isNaN(created) ? indexed : Math.min(created, indexed);
}

function redditTime(child: unknown): number {
  const data = isJson(child) && isJson(child.data) ? child.data : {};
  return Number(data.created_utc);
}

function redditName(child: unknown): string {
  return isJson(child) && isJson(child.data) ? String(child.data.name) : '';
}

/**
 * Starts the simulator on 127.0.0.1 (a free port). Routes, each with the real API's paging:
 * - App Store: `GET /{country}/rss/customerreviews/page={n}/id={appId}/sortby=mostrecent/json` (pages 1..10)
 * - Google: `POST /token` (JWT bearer grant, RS256 checked), `GET /androidpublisher/v3/applications/{pkg}/reviews` (token paging)
 * - Trustpilot: `GET /v1/business-units/{id}/reviews` (`apikey` header, page/perPage, orderBy, startDateTime, `links`)
 * - Mastodon: `GET /api/v1/timelines/tag/{tag}`, `GET /api/v1/notifications` (bearer), max_id/since_id/min_id, Link headers
 * - Bluesky: `POST /xrpc/com.atproto.server.createSession`, `GET /xrpc/app.bsky.feed.searchPosts` (q, since, until, cursor)
 * - Reddit: `POST /api/v1/access_token` (client credentials), `GET /r/{sub}/new`, `/search`, `/r/{sub}/search` (before/after)
 *
 * @example
 * const sim = await startSourceSimulator({ fixturesDir: 'sample-data/sources', faults: [{ path: '/v1/business-units', kind: 'server-error' }] });
 */
export async function startSourceSimulator(options: SourceSimulatorOptions): Promise<SourceSimulator> {
  const credentials = { ...DEFAULT_SIMULATOR_CREDENTIALS, ...options.credentials };
  const data = loadFixtures(options.fixturesDir);
  const faults = (options.faults ?? []).map((fault) => ({ fault, remaining: fault.times ?? 1 }));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  const googleKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const googlePublicKey: KeyObject = googleKeys.publicKey;
  const googleTokens = new Set<string>();
  const redditTokens = new Set<string>();
  const blueskyTokens = new Set<string>();
  let issued = 0;
  let baseUrl = '';

  const fixture = (path: string): unknown => data.get(path);
  const notFound = (what: string) => ({ status: 404, body: { error: 'NotFound', message: `${what} not found` } });

  const appStore: Handler = (_request, url) => {
    const match = url.pathname.match(/^\/([a-z]{2})\/rss\/customerreviews\/page=(\d+)\/id=(\d+)\/sortby=mostrecent\/json$/);
    if (!match) return notFound('feed');
    const [, country, pageText, appId] = match;
    const page = Number(pageText);
    const feed = fixture(`appstore/${country}-${appId}.json`);
    if (!isJson(feed) || !isJson(feed.feed)) return { status: 200, body: { feed: { author: { name: { label: 'iTunes Store' } }, updated: { label: new Date().toISOString() } } } };
    if (page < 1 || page > 10) return { status: 400, body: 'CustomerReviews RSS page depth is limited to 10' };
    const entries = Array.isArray(feed.feed.entry) ? feed.feed.entry : [];
    const size = options.appStorePageSize ?? 50;
    const slice = entries.slice((page - 1) * size, page * size);
    const { entry: _all, ...rest } = feed.feed;
    // Apple writes a single entry as an object, not a list of one.
    const body = { feed: { ...rest, ...(slice.length === 0 ? {} : { entry: slice.length === 1 ? slice[0] : slice }) } };
    return { status: 200, body };
  };

  const googleToken: Handler = (_request, _url, body) => {
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return { status: 400, body: { error: 'unsupported_grant_type' } };
    const [header, claims, signature] = (form.get('assertion') ?? '').split('.');
    if (!header || !claims || !signature) return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT' } };
    const valid = verify('RSA-SHA256', Buffer.from(`${header}.${claims}`), googlePublicKey, Buffer.from(signature, 'base64url'));
    const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Json;
    const now = Date.now() / 1000;
    if (!valid) return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } };
    if (payload.aud !== `${baseUrl}/token` || typeof payload.exp !== 'number' || payload.exp < now || !String(payload.scope).includes('androidpublisher')) {
      return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT claims' } };
    }
    const token = `ya29.sim-${++issued}`;
    googleTokens.add(token);
    return { status: 200, body: { access_token: token, expires_in: 3599, token_type: 'Bearer' } };
  };

  const googleReviews: Handler = (request, url) => {
    const match = url.pathname.match(/^\/androidpublisher\/v3\/applications\/([^/]+)\/reviews$/);
    if (!match) return notFound('method');
    const token = bearer(request);
    if (!token || !googleTokens.has(token)) return { status: 401, body: { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } } };
    const file = fixture(`googleplay/${decodeURIComponent(match[1] as string)}.json`);
    if (!isJson(file) || !Array.isArray(file.reviews)) return { status: 404, body: { error: { code: 404, message: 'Package not found', status: 'NOT_FOUND' } } };
    const modified = (review: unknown) => {
      const comments = isJson(review) && Array.isArray(review.comments) ? review.comments : [];
      const user = comments.map((c) => (isJson(c) && isJson(c.userComment) ? c.userComment : undefined)).find(Boolean);
      const developer = comments.map((c) => (isJson(c) && isJson(c.developerComment) ? c.developerComment : undefined)).find(Boolean);
      const stamp = user ?? developer;
      return stamp && isJson(stamp.lastModified) ? Number(stamp.lastModified.seconds) : 0;
    };
    const reviews = [...file.reviews].sort((a, b) => modified(b) - modified(a));
    const size = clampLimit(url.searchParams.get('maxResults'), 10, 100);
    const tokenParam = url.searchParams.get('token');
    const start = tokenParam ? Number(Buffer.from(tokenParam, 'base64url').toString('utf8').replace('offset:', '')) : 0;
    const slice = reviews.slice(start, start + size);
    const next = start + size < reviews.length ? Buffer.from(`offset:${start + size}`).toString('base64url') : undefined;
    return { status: 200, body: { pageInfo: { totalResults: reviews.length, resultPerPage: size, startIndex: start }, ...(next ? { tokenPagination: { nextPageToken: next } } : {}), reviews: slice } };
  };

  const trustpilot: Handler = (request, url) => {
    const match = url.pathname.match(/^\/v1\/business-units\/([^/]+)\/reviews$/);
    if (!match) return notFound('endpoint');
    if (request.headers.apikey !== credentials.trustpilotApiKey && url.searchParams.get('apikey') !== credentials.trustpilotApiKey) {
      return { status: 401, body: { fault: { faultstring: 'Invalid ApiKey', detail: { errorcode: 'oauth.v2.InvalidApiKey' } } } };
    }
    const file = fixture(`trustpilot/${match[1]}.json`);
    if (!isJson(file) || !Array.isArray(file.reviews)) return { status: 404, body: { message: 'Business unit not found' } };
    const perPage = clampLimit(url.searchParams.get('perPage'), 20, 100);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const start = url.searchParams.get('startDateTime');
    const from = start ? Date.parse(`${start}${/Z|[+-]\d\d:?\d\d$/.test(start) ? '' : 'Z'}`) : Number.NEGATIVE_INFINITY;
    const language = url.searchParams.get('language');
    const ascending = url.searchParams.get('orderBy') === 'createdat.asc';
    const reviews = file.reviews
      .filter((review) => isJson(review) && Date.parse(String(review.createdAt)) >= from && (!language || language === 'all' || review.language === language))
      .sort((a, b) => (Date.parse(String((a as Json).createdAt)) - Date.parse(String((b as Json).createdAt))) * (ascending ? 1 : -1));
    const slice = reviews.slice((page - 1) * perPage, page * perPage);
    const link = (n: number) => {
      const target = new URL(`${url.pathname}${url.search}`, baseUrl);
      target.searchParams.set('page', String(n));
      return target.toString();
    };
    const links = [
      { href: link(page), method: 'GET', rel: 'self' },
      ...(page > 1 ? [{ href: link(page - 1), method: 'GET', rel: 'prev-page' }] : []),
      ...(page * perPage < reviews.length ? [{ href: link(page + 1), method: 'GET', rel: 'next-page' }] : []),
    ];
    return { status: 200, body: { links, reviews: slice } };
  };

  const mastodon: Handler = (request, url) => {
    const tag = url.pathname.match(/^\/api\/v1\/timelines\/tag\/([^/]+)$/)?.[1];
    let items: Json[];
    let max: number;
    if (tag !== undefined) {
      const file = fixture(`mastodon/tag-${decodeURIComponent(tag).toLowerCase()}.json`);
      items = Array.isArray(file) ? file.filter(isJson) : [];
      max = 40;
    } else if (url.pathname === '/api/v1/notifications') {
      if (bearer(request) !== credentials.mastodonAccessToken) return { status: 401, body: { error: 'The access token is invalid' } };
      const file = fixture('mastodon/notifications.json');
      const types = url.searchParams.getAll('types[]');
      items = (Array.isArray(file) ? file.filter(isJson) : []).filter((n) => types.length === 0 || types.includes(String(n.type)));
      max = 80;
    } else {
      return notFound('Record');
    }
    const limit = clampLimit(url.searchParams.get('limit'), tag === undefined ? 40 : 20, max);
    const maxId = url.searchParams.get('max_id');
    const sinceId = url.searchParams.get('since_id');
    const minId = url.searchParams.get('min_id');
    let matching = [...items]
      .filter((item) => typeof item.id === 'string')
      .sort((a, b) => compareIds(String(b.id), String(a.id)))
      .filter((item) => (!maxId || compareIds(String(item.id), maxId) < 0) && (!sinceId || compareIds(String(item.id), sinceId) > 0) && (!minId || compareIds(String(item.id), minId) > 0));
    // min_id returns the page right after it (the oldest matches); since_id/max_id the newest.
    matching = minId ? matching.slice(Math.max(0, matching.length - limit)) : matching.slice(0, limit);
    const headers: Record<string, string> = {};
    if (matching.length > 0) {
      const page = (param: string, id: string) => {
        const target = new URL(url.pathname, baseUrl);
        target.searchParams.set('limit', String(limit));
        for (const type of url.searchParams.getAll('types[]')) target.searchParams.append('types[]', type);
        target.searchParams.set(param, id);
        return target.toString();
      };
      headers.link = `<${page('max_id', String(matching[matching.length - 1]?.id))}>; rel="next", <${page('min_id', String(matching[0]?.id))}>; rel="prev"`;
    }
    return { status: 200, body: matching, headers };
  };

  const blueskySession: Handler = (_request, _url, body) => {
    let login: Json = {};
    try {
      login = JSON.parse(body) as Json;
    } catch {
      return { status: 400, body: { error: 'InvalidRequest', message: 'Request body must be JSON' } };
    }
    if (login.identifier !== credentials.blueskyIdentifier || login.password !== credentials.blueskyAppPassword) {
      return { status: 401, body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' } };
    }
    const token = `sim-bsky-jwt-${++issued}`;
    blueskyTokens.add(token);
    return { status: 200, body: { accessJwt: token, refreshJwt: `${token}-refresh`, handle: credentials.blueskyIdentifier, did: 'did:plc:stroomwijssimulator0001' } };
  };

  const blueskySearch: Handler = (request, url) => {
    if (options.blueskyRequiresAuth && !blueskyTokens.has(bearer(request) ?? '')) return { status: 403, body: { error: 'Forbidden', message: 'Request forbidden by administrative rules.' } };
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    if (!q) return { status: 400, body: { error: 'InvalidRequest', message: 'Error: Params must have the property "q"' } };
    const file = fixture('bluesky/posts.json');
    const since = url.searchParams.get('since');
    const until = url.searchParams.get('until');
    const lang = url.searchParams.get('lang');
    const posts = (isJson(file) && Array.isArray(file.posts) ? file.posts.filter(isJson) : [])
      .filter((post) => q.split(/\s+/).every((word) => JSON.stringify(post).toLowerCase().includes(word)))
      .filter((post) => (!since || sortAt(post) >= Date.parse(since)) && (!until || sortAt(post) < Date.parse(until)))
      .filter((post) => !lang || (isJson(post.record) && Array.isArray(post.record.langs) && post.record.langs.includes(lang)))
      .sort((a, b) => sortAt(b) - sortAt(a));
    const limit = clampLimit(url.searchParams.get('limit'), 25, 100);
    const start = Number(url.searchParams.get('cursor') ?? 0) || 0;
    const slice = posts.slice(start, start + limit);
    return { status: 200, body: { ...(start + limit < posts.length ? { cursor: String(start + limit) } : {}), hitsTotal: posts.length, posts: slice } };
  };

  const redditToken: Handler = (request, _url, body) => {
    const basic = request.headers.authorization?.match(/^Basic\s+(.+)$/i)?.[1];
    const [id, secret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
    if (id !== credentials.redditClientId || secret !== credentials.redditClientSecret) return { status: 401, body: { message: 'Unauthorized', error: 401 } };
    if (new URLSearchParams(body).get('grant_type') !== 'client_credentials') return { status: 200, body: { error: 'unsupported_grant_type' } };
    const token = `sim-reddit-${++issued}`;
    redditTokens.add(token);
    return { status: 200, body: { access_token: token, token_type: 'bearer', expires_in: 86400, scope: '*' } };
  };

  const redditListing: Handler = (request, url) => {
    if (!redditTokens.has(bearer(request) ?? '')) return { status: 401, body: { message: 'Unauthorized', error: 401 } };
    const path = url.pathname.replace(/\.json$/, '');
    const sub = path.match(/^\/r\/([^/]+)\//)?.[1];
    const searching = path.endsWith('/search') || path === '/search';
    const files = [...data.keys()].filter((key) => key.startsWith('reddit/') && (!sub || (searching && url.searchParams.get('restrict_sr') !== '1') || key === `reddit/${sub.toLowerCase()}.json`));
    if (sub && !searching && files.length === 0) return { status: 200, body: { kind: 'Listing', data: { after: null, dist: 0, modhash: '', geo_filter: '', children: [], before: null } } };
    let children = files.flatMap((key) => {
      const listing = data.get(key);
      return isJson(listing) && isJson(listing.data) && Array.isArray(listing.data.children) ? listing.data.children : [];
    });
    if (searching) {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      children = children.filter((child) => isJson(child) && isJson(child.data) && `${child.data.title} ${child.data.selftext}`.toLowerCase().includes(q) && child.kind === 't3');
    }
    children.sort((a, b) => (redditTime(b) || 0) - (redditTime(a) || 0));
    const limit = clampLimit(url.searchParams.get('limit'), 25, 100);
    const after = url.searchParams.get('after');
    const before = url.searchParams.get('before');
    let slice: unknown[];
    let olderExist: boolean;
    let newerExist: boolean;
    if (before) {
      const at = children.findIndex((child) => redditName(child) === before);
      slice = at < 0 ? [] : children.slice(Math.max(0, at - limit), at);
      newerExist = at - limit > 0;
      olderExist = at >= 0;
    } else {
      const at = after ? children.findIndex((child) => redditName(child) === after) : -1;
      slice = after && at < 0 ? [] : children.slice(at + 1, at + 1 + limit);
      olderExist = at + 1 + limit < children.length;
      newerExist = Boolean(after) && at >= 0;
    }
    return {
      status: 200,
      body: {
        kind: 'Listing',
        data: { after: olderExist && slice.length > 0 ? redditName(slice[slice.length - 1]) : null, dist: slice.length, modhash: '', geo_filter: '', children: slice, before: newerExist && slice.length > 0 ? redditName(slice[0]) : null },
      },
    };
  };

  const route = (method: string, path: string): Handler | undefined => {
    if (method === 'GET' && /^\/[a-z]{2}\/rss\/customerreviews\//.test(path)) return appStore;
    if (method === 'POST' && path === '/token') return googleToken;
    if (method === 'GET' && path.startsWith('/androidpublisher/v3/')) return googleReviews;
    if (method === 'GET' && path.startsWith('/v1/business-units/')) return trustpilot;
    if (method === 'GET' && path.startsWith('/api/v1/')) return mastodon;
    if (method === 'POST' && path === '/xrpc/com.atproto.server.createSession') return blueskySession;
    if (method === 'GET' && path === '/xrpc/app.bsky.feed.searchPosts') return blueskySearch;
    if (method === 'POST' && path === '/api/v1/access_token') return redditToken;
    if (method === 'GET' && (/^\/r\/[^/]+\/(new|search)(\.json)?$/.test(path) || /^\/search(\.json)?$/.test(path))) return redditListing;
    return undefined;
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', baseUrl);
      requests.push({ method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: { ...request.headers } });
      const target = `${url.pathname}${url.search}`;
      const active = faults.find(({ fault, remaining }) => remaining > 0 && (typeof fault.path === 'string' ? target.includes(fault.path) : fault.path.test(target)));
      if (active) {
        active.remaining -= 1;
        const { fault } = active;
        if (fault.kind === 'hang') {
          hanging.add(response);
          return;
        }
        if (fault.kind === 'rate-limit') {
          response.writeHead(429, { 'content-type': 'application/json', 'retry-after': fault.retryAfter });
          response.end(JSON.stringify({ error: 'Too Many Requests' }));
          return;
        }
        if (fault.kind === 'server-error') {
          response.writeHead(fault.status ?? 500, { 'content-type': 'text/html' });
          response.end('<html><body><h1>Internal Server Error</h1></body></html>');
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(fault.body ?? '{"reviews": [{"id": "truncated", "text": "ha');
        return;
      }
      const handler = route(request.method ?? 'GET', url.pathname);
      if (!handler) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'NotFound', path: url.pathname }));
        return;
      }
      const answer = handler(request, url, Buffer.concat(chunks).toString('utf8'));
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      response.writeHead(answer.status, { 'content-type': typeof answer.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8', ...answer.headers });
      response.end(text);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const googleServiceAccountJson = JSON.stringify({
    type: 'service_account',
    project_id: 'stroomwijs-feedback',
    private_key_id: 'sim0000000000000000000000000000000000001',
    private_key: googleKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    client_email: 'feedback-miner@stroomwijs-feedback.iam.gserviceaccount.com',
    client_id: '100000000000000000001',
    token_uri: `${baseUrl}/token`,
  });

  return {
    baseUrl,
    requests,
    data,
    googleServiceAccountJson,
    credentials,
    addFault: (fault) => faults.push({ fault, remaining: fault.times ?? 1 }),
    close: async () => {
      for (const response of hanging) response.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Secret ids `simulatorCollectorConfig` refers to. */
export const SIMULATOR_SECRET_IDS = {
  googlePlayServiceAccount: 'local/googleplay-service-account',
  trustpilotApiKey: 'local/trustpilot-api-key',
  redditClient: 'local/reddit-client',
  blueskyAppPassword: 'local/bluesky-app-password',
  mastodonAccessToken: 'local/mastodon-access-token',
} as const;

/** S3 prefixes `simulatorCollectorConfig` reads chat exports and inbox files from. */
export const SIMULATOR_PREFIXES = {
  connect: 'chat/connect/',
  lex: 'chat/lex/',
  transcripts: 'chat/transcripts/',
  playConsole: 'inbox/playconsole/',
  survey: 'inbox/survey/',
  appFeedback: 'inbox/app-feedback/',
} as const;

/**
 * The COLLECTOR_CONFIG (parsed and as JSON) and the secret values that point every collector at
 * a running simulator and at the fixture queries (the Stroomwijs apps, #stroomwijs, r/thenetherlands...),
 * for the local runtime.
 */
export function simulatorCollectorConfig(simulator: Pick<SourceSimulator, 'baseUrl' | 'credentials' | 'googleServiceAccountJson'>, overrides: Record<string, unknown> = {}): {
  config: CollectorsConfig;
  json: string;
  secrets: Record<string, string>;
} {
  const raw = {
    lookbackDays: 14,
    appstore: [{ appId: '1234567890', countries: ['nl', 'gb'], product: 'Stroomwijs app' }],
    googleplay: [{ packageName: 'nl.stroomwijs.app', product: 'Stroomwijs app' }],
    trustpilot: [{ businessUnitId: '5f8d0c2a9e1b3c0001a2b3c4' }],
    mastodon: [{ instanceUrl: simulator.baseUrl, hashtags: ['stroomwijs'], mentions: true, accessTokenSecretId: SIMULATOR_SECRET_IDS.mastodonAccessToken }],
    bluesky: [{ query: 'stroomwijs' }],
    blueskyLogin: { identifier: simulator.credentials.blueskyIdentifier },
    reddit: [{ subreddit: 'thenetherlands' }, { search: 'stroomwijs' }],
    chat: {
      connect: [{ prefix: SIMULATOR_PREFIXES.connect }],
      lex: [{ prefix: SIMULATOR_PREFIXES.lex, sessionIdleMinutes: 30 }],
      jsonl: [{ prefix: SIMULATOR_PREFIXES.transcripts, source: 'webchat' }],
    },
    inbox: [
      { format: 'playconsole-csv', prefix: SIMULATOR_PREFIXES.playConsole },
      { format: 'csv', prefix: SIMULATOR_PREFIXES.survey, source: 'survey', channel: 'review', mapping: { sourceId: 'Respondent', createdAt: 'Datum', rating: 'Score', text: 'Toelichting' } },
      {
        format: 'jsonl',
        prefix: SIMULATOR_PREFIXES.appFeedback,
        source: 'upload',
        channel: 'review',
        mapping: { sourceId: 'feedback_id', createdAt: 'submitted', rating: 'stars', text: 'message.body', title: 'message.subject', language: 'locale' },
      },
    ],
    secrets: {
      googlePlayServiceAccount: SIMULATOR_SECRET_IDS.googlePlayServiceAccount,
      trustpilotApiKey: SIMULATOR_SECRET_IDS.trustpilotApiKey,
      redditClient: SIMULATOR_SECRET_IDS.redditClient,
      blueskyAppPassword: SIMULATOR_SECRET_IDS.blueskyAppPassword,
    },
    endpoints: {
      appstore: simulator.baseUrl,
      googleplay: simulator.baseUrl,
      trustpilot: simulator.baseUrl,
      bluesky: simulator.baseUrl,
      blueskyPds: simulator.baseUrl,
      redditAuth: simulator.baseUrl,
      redditApi: simulator.baseUrl,
    },
    ...overrides,
  };
  const config = CollectorsConfigSchema.parse(raw);
  const secrets = {
    [SIMULATOR_SECRET_IDS.googlePlayServiceAccount]: simulator.googleServiceAccountJson,
    [SIMULATOR_SECRET_IDS.trustpilotApiKey]: simulator.credentials.trustpilotApiKey,
    [SIMULATOR_SECRET_IDS.redditClient]: JSON.stringify({ clientId: simulator.credentials.redditClientId, clientSecret: simulator.credentials.redditClientSecret }),
    [SIMULATOR_SECRET_IDS.blueskyAppPassword]: simulator.credentials.blueskyAppPassword,
    [SIMULATOR_SECRET_IDS.mastodonAccessToken]: simulator.credentials.mastodonAccessToken,
  };
  return { config, json: JSON.stringify(raw), secrets };
}

/**
 * The chat exports and inbox files among the fixtures, as the S3 objects the chat and inbox
 * collectors read under `SIMULATOR_PREFIXES` (the local runtime uploads them to the local S3).
 */
export function exportFixtureObjects(fixturesDir: string): { key: string; body: Uint8Array }[] {
  const folders: [string, string][] = [
    ['connect', SIMULATOR_PREFIXES.connect],
    ['lex', SIMULATOR_PREFIXES.lex],
    ['transcripts', SIMULATOR_PREFIXES.transcripts],
    ['playconsole', SIMULATOR_PREFIXES.playConsole],
    ['inbox/survey', SIMULATOR_PREFIXES.survey],
    ['inbox/app-feedback', SIMULATOR_PREFIXES.appFeedback],
  ];
  return folders.flatMap(([folder, prefix]) =>
    readdirSync(join(fixturesDir, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort()
      .map((name) => ({ key: `${prefix}${name}`, body: new Uint8Array(readFileSync(join(fixturesDir, folder, name))) })),
  );
}
