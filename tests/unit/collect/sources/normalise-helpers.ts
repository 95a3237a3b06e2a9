/** Helpers shared by the normaliser unit tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NormaliseContext, NormaliseResult } from '../../../../lambdas/core/collect/source-format.ts';
import type { FeedbackItem } from '../../../../lambdas/core/schema/feedback.ts';

/** The context every normaliser test uses. */
export const ctx: NormaliseContext = { collectedAt: '2026-11-21T06:00:00.000Z', authorSalt: 'test-salt' };

/** The item of an accepted record; fails the test with the reason otherwise. */
export function okItem(result: NormaliseResult): FeedbackItem {
  if (!result.ok) throw new Error(`expected an item, got: ${result.reason}`);
  return result.item;
}

/** The reason of a rejected record; fails the test when it was accepted. */
export function reason(result: NormaliseResult): string {
  if (result.ok) throw new Error('expected the record to be quarantined');
  return result.reason;
}

/** A fixture file of sample-data/sources, parsed. */
export function fixture<T>(path: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../../../sample-data/sources/${path}`, import.meta.url)), 'utf8')) as T;
}

/** A deep copy with changes, for malformed variants of a good record. */
export function variant<T extends Record<string, unknown>>(record: T, change: (copy: T) => void): T {
  const copy = structuredClone(record);
  change(copy);
  return copy;
}
