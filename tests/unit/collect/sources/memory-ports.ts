/** In-memory FeedbackStore and StateStore for the collector core's unit tests. */
import { decodeJsonLinesGz } from '../../../../lambdas/core/codec.ts';
import { ObjectReadError } from '../../../../lambdas/core/errors.ts';
import type { ClaimOutcome, FeedbackStore, StateStore } from '../../../../lambdas/core/ports.ts';
import type { FeedbackItem } from '../../../../lambdas/core/schema/feedback.ts';

/** Objects in a Map; `failPutsUnder` makes writes under a prefix fail, like an S3 outage. */
export class MemoryStore implements FeedbackStore {
  readonly objects = new Map<string, Uint8Array>();
  failPutsUnder: string | undefined;

  async putObject(key: string, body: Uint8Array | string, _contentType?: string): Promise<void> {
    if (this.failPutsUnder !== undefined && key.startsWith(this.failPutsUnder)) throw new Error(`cannot write ${key}`);
    this.objects.set(key, typeof body === 'string' ? new Uint8Array(Buffer.from(body)) : body);
  }

  async getObject(key: string): Promise<Uint8Array> {
    const body = this.objects.get(key);
    if (!body) throw new ObjectReadError(`no such object ${key}`);
    return body;
  }

  async *listKeys(prefix: string): AsyncIterable<string> {
    for (const key of [...this.objects.keys()].sort()) if (key.startsWith(prefix)) yield key;
  }

  /** Items of every raw object. */
  rawItems(): FeedbackItem[] {
    return [...this.objects.entries()].filter(([key]) => key.startsWith('raw/')).flatMap(([key, body]) => decodeJsonLinesGz(body, key).map((line) => line.value as FeedbackItem));
  }

  /** Parsed quarantine records. */
  quarantined(): { reason: string; origin: { object: string } }[] {
    return [...this.objects.entries()].filter(([key]) => key.startsWith('quarantine/')).map(([, body]) => JSON.parse(Buffer.from(body).toString('utf8')) as { reason: string; origin: { object: string } });
  }
}

/** Cursors and markers in Maps. */
export class MemoryState implements StateStore {
  readonly cursors = new Map<string, string>();
  readonly markers = new Map<string, number | undefined>();

  async getCursor(scope: string): Promise<string | undefined> {
    return this.cursors.get(scope);
  }
  async putCursor(scope: string, value: string): Promise<void> {
    this.cursors.set(scope, value);
  }
  async hasMarker(scope: string, key: string): Promise<boolean> {
    return this.markers.has(`${scope}|${key}`);
  }
  async putMarker(scope: string, key: string, expiresAt?: number): Promise<void> {
    this.markers.set(`${scope}|${key}`, expiresAt);
  }
  async claimItems(): Promise<Map<string, ClaimOutcome>> {
    throw new Error('not used by collectors');
  }
  async tryStartCooldown(): Promise<boolean> {
    throw new Error('not used by collectors');
  }
  async markDelivered(): Promise<void> {
    throw new Error('not used by collectors');
  }
}
