import { Worker } from 'node:worker_threads';
import {
  CreateTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import type { TableDefinition } from '../lambdas/core/storage-contract.ts';

/** An S3 event record as s3rver emits it (the same shape S3 notifications carry). */
export interface S3EventRecordLike {
  eventName: string;
  s3: { bucket: { name: string }; object: { key: string; size?: number } };
}

/** The running stand-ins and how to reach them. */
export interface StandIns {
  s3Endpoint: string;
  dynamoEndpoint: string;
  /** Subscribes to object-created events (like an S3 event notification). */
  onObjectCreated(listener: (record: S3EventRecordLike) => void): void;
  /** Resolves once every S3 event of the requests answered so far has been delivered. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

type WorkerMessage =
  | { type: 'ready'; s3Port: number; dynamoPort: number }
  | { type: 'event'; records: S3EventRecordLike[] }
  | { type: 'pong'; id: number }
  | { type: 'closed' };

/**
 * Starts the stand-ins on loopback ports the OS picks — s3rver (S3 REST/XML) and dynalite
 * (DynamoDB JSON protocol), both persisting under `dir` so a second run sees the first — on a
 * worker thread, so they run on the second core beside the handlers.
 */
export async function startStandIns(dir: string): Promise<StandIns> {
  const worker = new Worker(new URL('./stand-ins-worker.mjs', import.meta.url), { workerData: { dir } });
  const listeners: ((record: S3EventRecordLike) => void)[] = [];
  const pongs = new Map<number, () => void>();
  let closed: (() => void) | undefined;
  let nextPing = 0;
  const ready = new Promise<{ s3Port: number; dynamoPort: number }>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') resolve(message);
      else if (message.type === 'event') {
        for (const record of message.records) if (record.eventName.startsWith('ObjectCreated')) for (const listener of listeners) listener(record);
      } else if (message.type === 'pong') {
        pongs.get(message.id)?.();
        pongs.delete(message.id);
      } else if (message.type === 'closed') closed?.();
    });
  });
  const { s3Port, dynamoPort } = await ready;
  return {
    s3Endpoint: `http://127.0.0.1:${s3Port}`,
    dynamoEndpoint: `http://127.0.0.1:${dynamoPort}`,
    onObjectCreated: (listener) => listeners.push(listener),
    flush: () =>
      new Promise<void>((resolve) => {
        const id = nextPing++;
        pongs.set(id, resolve);
        worker.postMessage({ type: 'ping', id });
      }),
    close: async () => {
      await new Promise<void>((resolve) => {
        closed = resolve;
        worker.postMessage({ type: 'close' });
      });
      await worker.terminate();
    },
  };
}

/** Creates the bucket if it does not exist yet. */
export async function ensureBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  }
}

/** Creates a table (keys, GSIs, TTL) from the shared definition, unless it exists. */
export async function ensureTable(dynamo: DynamoDBClient, name: string, definition: TableDefinition): Promise<void> {
  const existing = await dynamo.send(new ListTablesCommand({}));
  if (existing.TableNames?.includes(name)) return;
  const attributes = new Map<string, string>();
  const key = (k: { name: string; type: string }) => attributes.set(k.name, k.type);
  key(definition.partitionKey);
  if (definition.sortKey) key(definition.sortKey);
  for (const index of definition.globalSecondaryIndexes) {
    key(index.partitionKey);
    if (index.sortKey) key(index.sortKey);
  }
  await dynamo.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType: AttributeType as 'S' | 'N' | 'B' })),
      KeySchema: [
        { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
        ...(definition.sortKey ? [{ AttributeName: definition.sortKey.name, KeyType: 'RANGE' as const }] : []),
      ],
      ...(definition.globalSecondaryIndexes.length
        ? {
            GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
              IndexName: index.indexName,
              KeySchema: [
                { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
                ...(index.sortKey ? [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' as const }] : []),
              ],
              Projection: { ProjectionType: 'ALL' as const },
            })),
          }
        : {}),
    }),
  );
  if (definition.timeToLiveAttribute) {
    await dynamo
      .send(new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: { AttributeName: definition.timeToLiveAttribute, Enabled: true } }))
      .catch(() => {
        // dynalite does not implement TTL; expiry is an AWS-side concern.
      });
  }
}
