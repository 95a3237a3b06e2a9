import type { S3Client } from '@aws-sdk/client-s3';
import type { DocumentSource, SourceDocument } from '../../core/ports.ts';
import { S3FeedbackStore } from './s3-feedback-store.ts';

/** DocumentSource over a prefix of a bucket (the `inbox/` where teams drop exports). */
export class S3PrefixSource implements DocumentSource {
  readonly scope: string;
  private readonly store: S3FeedbackStore;

  constructor(s3: S3Client, bucket: string, private readonly prefix: string) {
    this.store = new S3FeedbackStore(s3, bucket);
    this.scope = `s3:${bucket}/${prefix}`;
  }

  async *listDocuments(): AsyncIterable<SourceDocument> {
    for await (const key of this.store.listKeys(this.prefix)) {
      if (!/\.(json|jsonl)$/i.test(key)) continue;
      yield { name: key, body: await this.store.getObject(key) };
    }
  }
}
