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
      // Only files dropped at the top of the prefix in a recognisable JSON format; mapped CSV and
      // JSONL uploads live in their own sub-prefixes and belong to the inbox collector.
      const name = key.slice(this.prefix.length);
      if (name.includes('/') || !/\.json$/i.test(name)) continue;
      yield { name: key, body: await this.store.getObject(key) };
    }
  }
}
