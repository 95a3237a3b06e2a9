import { S3Schema } from '@aws-lambda-powertools/parser/schemas';
import type { SQSRecord } from 'aws-lambda';
import { InvalidRecordError } from '../core/errors.ts';

/**
 * The object keys an SQS message carries, when its body is an S3 event notification (S3 ->
 * SQS). S3's test event carries none. Keys arrive URL-encoded with '+' for spaces.
 */
export function objectKeysOf(record: SQSRecord): string[] {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch (cause) {
    throw new InvalidRecordError(`SQS message ${record.messageId} is not JSON`, { cause });
  }
  if (typeof body === 'object' && body !== null && (body as { Event?: unknown }).Event === 's3:TestEvent') return [];
  const parsed = S3Schema.safeParse(body);
  if (!parsed.success) throw new InvalidRecordError(`SQS message ${record.messageId} is not an S3 event notification`);
  return parsed.data.Records.filter((r) => r.eventName.startsWith('ObjectCreated')).map((r) => decodeURIComponent(r.s3.object.key.replace(/\+/g, ' ')));
}
