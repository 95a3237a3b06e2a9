import { toIsoUtc } from '../../core/collect/formats/iso-utc.ts';
import type { z } from 'zod';

/**
 * Reads a stored cursor written by the same adapter (JSON in a known shape). A cursor that no
 * longer parses (written by an older version, edited by hand) counts as absent: the query starts
 * over from the look-back, and ids keep the re-fetched items from being counted twice.
 */
export function readCursor<S extends z.ZodType>(schema: S, value: string | undefined): z.infer<S> | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Joins a base URL and a path without doubling or dropping the slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * The UTC ISO form of an API timestamp, or undefined when it is not an ISO-8601 date-time
 * (`Date.parse` alone accepts far too much, e.g. `07-11-2026 11:57`).
 */
export function isoInstant(value: string): string | undefined {
  const iso = toIsoUtc(value);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(iso) ? iso : undefined;
}
