import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ObjectReadError } from '../../core/errors.ts';
import type { FeedbackStore } from '../../core/ports.ts';

/** FeedbackStore on an S3 bucket (the data bucket of DESIGN.md §3). */
export class S3FeedbackStore implements FeedbackStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async putObject(key: string, body: Uint8Array | string, contentType: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  async getObject(key: string): Promise<Uint8Array> {
    try {
      const response = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!response.Body) throw new ObjectReadError(`s3://${this.bucket}/${key} has no body`);
      return await response.Body.transformToByteArray();
    } catch (cause) {
      if (cause instanceof ObjectReadError) throw cause;
      const missing = cause instanceof NoSuchKey || (cause as { name?: string }).name === 'NoSuchKey';
      throw new ObjectReadError(`cannot read s3://${this.bucket}/${key}: ${missing ? 'no such object' : (cause as Error).message}`, { cause });
    }
  }

  async *listKeys(prefix: string): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}
