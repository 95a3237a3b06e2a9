import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  CreateTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import dynalite from 'dynalite';
import S3rver from 's3rver';
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
  close(): Promise<void>;
}

/**
 * Starts the in-process stand-ins on loopback ports the OS picks: s3rver (S3 REST/XML) and
 * dynalite (DynamoDB JSON protocol), both persisting under `dir`, so a second run sees the first.
 */
export async function startStandIns(dir: string): Promise<StandIns> {
  mkdirSync(join(dir, 's3'), { recursive: true });
  mkdirSync(join(dir, 'dynamodb'), { recursive: true });
  const s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: join(dir, 's3') });
  const s3Address = await s3rver.run();
  const dynamo = dynalite({ path: join(dir, 'dynamodb'), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    dynamo.once('error', reject);
    dynamo.listen(0, '127.0.0.1', () => resolve());
  });
  const dynamoPort = (dynamo.address() as AddressInfo).port;
  const listeners: ((record: S3EventRecordLike) => void)[] = [];
  s3rver.on('event', (event: { Records: S3EventRecordLike[] }) => {
    for (const record of event.Records) if (record.eventName.startsWith('ObjectCreated')) for (const listener of listeners) listener(record);
  });
  return {
    s3Endpoint: `http://127.0.0.1:${s3Address.port}`,
    dynamoEndpoint: `http://127.0.0.1:${dynamoPort}`,
    onObjectCreated: (listener) => listeners.push(listener),
    close: async () => {
      await s3rver.close();
      await new Promise<void>((resolve) => dynamo.close(() => resolve()));
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
