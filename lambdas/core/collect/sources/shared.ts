import type { z } from 'zod';
import { FeedbackItemSchema } from '../../schema/feedback.ts';
import { describeZodError } from '../formats/describe-zod-error.ts';
import type { NormaliseResult } from '../source-format.ts';

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A rejected record with a reason in the source's vocabulary. */
export function rejected(reason: string, raw: unknown, sourceId?: string): NormaliseResult {
  return sourceId === undefined ? { ok: false, reason, raw } : { ok: false, reason, sourceId, raw };
}

/**
 * Parses a raw record with the source's wire schema; on failure returns the quarantine result
 * with `label` (e.g. "review 123") and the first problem in plain words.
 */
export function parseWire<S extends z.ZodType>(
  schema: S,
  record: unknown,
  label: string,
  whole: string,
): { ok: true; data: z.infer<S> } | { ok: false; result: NormaliseResult } {
  const parsed = schema.safeParse(record);
  if (parsed.success) return { ok: true, data: parsed.data };
  const reason = describeZodError(parsed.error, { input: record, fieldNames: { '': whole } });
  return { ok: false, result: rejected(`${label}: ${reason}`, record) };
}

/**
 * Validates a FeedbackItem candidate; the reason names fields as the source calls them
 * (`fieldNames` maps FeedbackItem paths to source names).
 */
export function checkedItem(candidate: Record<string, unknown>, label: string, sourceId: string, raw: unknown, fieldNames: Readonly<Record<string, string>>): NormaliseResult {
  const checked = FeedbackItemSchema.safeParse(candidate);
  if (checked.success) return { ok: true, item: checked.data };
  const reason = describeZodError(checked.error, { input: candidate, fieldNames });
  return rejected(`${label}: ${reason}`, raw, sourceId);
}

/** A non-empty trimmed string, or undefined. */
export function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A lone UTF-16 surrogate: valid in a JSON string, but not text `encodeURIComponent` can encode. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `encodeURIComponent` that never throws: a lone surrogate (which JSON can carry, e.g. `"\ud800"`)
 * becomes U+FFFD first, instead of throwing URIError out of a normaliser.
 */
export function encodeUriPart(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}

/** ISO-8601 UTC of epoch milliseconds, or undefined when it is not a usable number. */
export function isoFromMillis(millis: number): string | undefined {
  if (!Number.isFinite(millis)) return undefined;
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
