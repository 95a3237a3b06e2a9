import { NotificationError } from '../../core/errors.ts';
import type { Log, Notifier, SlackMessage } from '../../core/ports.ts';

/** Where a message goes: a route (dimension or rule prefix) to a webhook URL provider. */
export interface WebhookRoute {
  /** Prefix of the route key (e.g. `product#energie`), or '*' for the default. */
  match: string;
  webhookUrl: () => Promise<string>;
}

/** Delivery tuning; defaults suit Slack's documented 1 message/s per webhook. */
export interface SlackDeliveryOptions {
  maxAttempts?: number;
  /** First backoff for 5xx and network errors, doubled each attempt, with jitter. */
  baseDelayMs?: number;
  /** Longest Retry-After we are willing to wait inside one invocation. */
  maxRetryAfterMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Notifier that posts Block Kit messages to Slack incoming webhooks. Honours 429 Retry-After,
 * retries 5xx and network errors with backoff and jitter, and throws NotificationError when a
 * message cannot be delivered (the invocation fails and is retried; nothing is lost silently).
 * The webhook URL never appears in errors or logs.
 */
export class SlackWebhookNotifier implements Notifier {
  private readonly options: Required<SlackDeliveryOptions>;

  constructor(
    private readonly routes: readonly WebhookRoute[],
    private readonly log: Log,
    options: SlackDeliveryOptions = {},
  ) {
    if (routes.length === 0) throw new NotificationError('SlackWebhookNotifier needs at least one webhook route');
    this.options = { maxAttempts: 5, baseDelayMs: 500, maxRetryAfterMs: 60_000, timeoutMs: 10_000, sleep: defaultSleep, ...options };
  }

  private routeFor(route: string | readonly string[] | undefined): WebhookRoute {
    const keys = route === undefined ? [] : typeof route === 'string' ? [route] : route;
    const specific = this.routes.filter((r) => r.match !== '*' && keys.some((key) => key.startsWith(r.match))).sort((a, b) => b.match.length - a.match.length)[0];
    const fallback = this.routes.find((r) => r.match === '*') ?? this.routes[0];
    const chosen = specific ?? fallback;
    if (!chosen) throw new NotificationError('no Slack route configured');
    return chosen;
  }

  async send(message: SlackMessage, route?: string | readonly string[]): Promise<void> {
    const url = await this.routeFor(route).webhookUrl();
    const body = JSON.stringify(message);
    let lastProblem = '';
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt += 1) {
      let status = 0;
      let retryAfterMs: number | undefined;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        status = response.status;
        const text = await response.text();
        if (response.ok) return;
        lastProblem = `HTTP ${status}${text ? ` (${text.slice(0, 100)})` : ''}`;
        if (status === 429) {
          const header = Number(response.headers.get('retry-after'));
          retryAfterMs = Number.isFinite(header) && header >= 0 ? header * 1000 : undefined;
        } else if (status < 500) {
          // 4xx other than 429 (invalid_payload, no_service…) will not succeed on retry.
          break;
        }
      } catch (error) {
        lastProblem = `network error: ${(error as Error).name}`;
      }
      if (attempt === this.options.maxAttempts) break;
      const backoff = this.options.baseDelayMs * 2 ** (attempt - 1);
      const delay = retryAfterMs !== undefined ? Math.min(retryAfterMs, this.options.maxRetryAfterMs) : backoff / 2 + Math.random() * (backoff / 2);
      this.log.warn('Slack delivery retry', { attempt, status, delayMs: Math.round(delay) });
      await this.options.sleep(delay);
    }
    throw new NotificationError(`Slack webhook did not accept the message: ${lastProblem}`);
  }
}
