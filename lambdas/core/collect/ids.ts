import { createHash, createHmac } from 'node:crypto';

/** The stable FeedbackItem id: hex SHA-256 of `source` + `sourceId`, so re-collection dedupes. */
export function feedbackId(source: string, sourceId: string): string {
  return createHash('sha256').update(`${source}\u0000${sourceId}`).digest('hex');
}

/** A salted, non-reversible author key, so repeat authors can be counted without storing names. */
export function hashAuthor(salt: string, author: string): string {
  return createHmac('sha256', salt).update(author.trim().toLowerCase()).digest('hex').slice(0, 32);
}

/** Short hex digest of any string, for object keys and contributor markers. */
export function shortHash(value: string, length = 16): string {
  return createHash('sha256').update(value).digest('hex').slice(0, length);
}
