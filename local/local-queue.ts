import { randomUUID } from 'node:crypto';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { S3EventRecordLike } from './stand-ins.ts';

/** A message that exhausted its receives, as the dead-letter queue holds it. */
export interface DeadLetter {
  queue: string;
  body: string;
  receiveCount: number;
}

/** An SQS-event handler (what Lambda's SQS event source mapping calls). */
export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

/** A Lambda-like context for local invocations. */
export function localContext(functionName: string): Context {
  const started = Date.now();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, 900_000 - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * An in-process stand-in for SQS plus Lambda's event source mapping: S3 notifications are
 * queued as SQS messages and delivered in batches; messages reported in `batchItemFailures`
 * (or a whole batch that throws) are redelivered up to `maxReceiveCount` times, then moved to
 * the dead-letter list, exactly as the redrive policy does on AWS.
 */
export class LocalQueue {
  private readonly pending: { record: SQSRecord; receiveCount: number }[] = [];
  readonly deadLetters: DeadLetter[] = [];
  delivered = 0;

  constructor(
    readonly name: string,
    private readonly options: { batchSize: number; maxReceiveCount: number } = { batchSize: 10, maxReceiveCount: 3 },
  ) {}

  get depth(): number {
    return this.pending.length;
  }

  /** Enqueues an S3 notification the way S3 -> SQS delivers it (key URL-encoded). */
  sendS3Notification(record: S3EventRecordLike): void {
    const body = JSON.stringify({
      Records: [
        {
          eventVersion: '2.1',
          eventSource: 'aws:s3',
          awsRegion: 'eu-west-1',
          eventTime: new Date().toISOString(),
          eventName: record.eventName.startsWith('ObjectCreated') ? record.eventName : `ObjectCreated:${record.eventName}`,
          userIdentity: { principalId: 'local' },
          requestParameters: { sourceIPAddress: '127.0.0.1' },
          responseElements: { 'x-amz-request-id': 'local', 'x-amz-id-2': 'local' },
          s3: {
            s3SchemaVersion: '1.0',
            configurationId: this.name,
            bucket: { name: record.s3.bucket.name, ownerIdentity: { principalId: 'local' }, arn: `arn:aws:s3:::${record.s3.bucket.name}` },
            object: { key: encodeURIComponent(record.s3.object.key).replace(/%2F/g, '/'), size: record.s3.object.size ?? 0, eTag: 'local', sequencer: '0' },
          },
        },
      ],
    });
    this.sendMessage(body);
  }

  /** Enqueues a raw message body. */
  sendMessage(body: string): void {
    const messageId = randomUUID();
    this.pending.push({
      receiveCount: 0,
      record: {
        messageId,
        receiptHandle: messageId,
        body,
        attributes: {
          ApproximateReceiveCount: '0',
          SentTimestamp: String(Date.now()),
          SenderId: 'local',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: `arn:aws:sqs:local:000000000000:${this.name}`,
        awsRegion: 'eu-west-1',
      },
    });
  }

  /** Delivers until the queue is empty; returns how many messages were processed successfully. */
  async drain(handler: SqsHandler, functionName: string, onProgress?: (done: number) => void): Promise<number> {
    let succeeded = 0;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.options.batchSize);
      for (const entry of batch) {
        entry.receiveCount += 1;
        entry.record.attributes.ApproximateReceiveCount = String(entry.receiveCount);
      }
      let failedIds: Set<string>;
      try {
        const response = await handler({ Records: batch.map((e) => e.record) }, localContext(functionName));
        failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      } catch {
        failedIds = new Set(batch.map((e) => e.record.messageId));
      }
      for (const entry of batch) {
        if (!failedIds.has(entry.record.messageId)) {
          succeeded += 1;
          this.delivered += 1;
        } else if (entry.receiveCount >= this.options.maxReceiveCount) {
          this.deadLetters.push({ queue: this.name, body: entry.record.body, receiveCount: entry.receiveCount });
        } else {
          this.pending.push(entry);
        }
      }
      onProgress?.(this.delivered);
    }
    return succeeded;
  }
}
