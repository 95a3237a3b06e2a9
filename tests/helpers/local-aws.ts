import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_DYNAMO_CREDENTIALS, LOCAL_S3_CREDENTIALS } from '../../lambdas/adapters/local/local-credentials.ts';
import { AGGREGATES_TABLE, STATE_TABLE } from '../../lambdas/core/storage-contract.ts';
import { ensureBucket, ensureTable, type StandIns, startStandIns } from '../../local/stand-ins.ts';

/** Stand-ins plus SDK clients and fresh bucket/table names, for integration tests. */
export interface LocalAws {
  standIns: StandIns;
  s3: S3Client;
  dynamo: DynamoDBClient;
  db: DynamoDBDocumentClient;
  bucket: string;
  aggregatesTable: string;
  stateTable: string;
  dir: string;
  close(): Promise<void>;
}

/** Starts s3rver and dynalite in a temp folder and creates the bucket and tables from the storage contract. */
export async function startLocalAws(): Promise<LocalAws> {
  const dir = mkdtempSync(join(tmpdir(), 'fm-test-'));
  const standIns = await startStandIns(dir);
  const s3 = new S3Client({ region: 'eu-west-1', endpoint: standIns.s3Endpoint, forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS });
  const dynamo = new DynamoDBClient({ region: 'eu-west-1', endpoint: standIns.dynamoEndpoint, credentials: LOCAL_DYNAMO_CREDENTIALS });
  const db = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  const names = { bucket: 'test-data', aggregatesTable: 'test-aggregates', stateTable: 'test-state' };
  await ensureBucket(s3, names.bucket);
  await ensureTable(dynamo, names.aggregatesTable, AGGREGATES_TABLE);
  await ensureTable(dynamo, names.stateTable, STATE_TABLE);
  return {
    standIns,
    s3,
    dynamo,
    db,
    ...names,
    dir,
    close: async () => {
      s3.destroy();
      dynamo.destroy();
      await standIns.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
