import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAggregateStore } from '../../lambdas/adapters/aws/dynamo-aggregate-store.ts';
import { S3FeedbackStore } from '../../lambdas/adapters/aws/s3-feedback-store.ts';
import { aggregateCuratedObject } from '../../lambdas/core/aggregate/aggregate-object.ts';
import { FEEDBACK_COLUMNS, feedbackRow, writeParquet } from '../../lambdas/core/curated-format.ts';
import { memoryLog } from '../helpers/fakes.ts';
import { enrichedItem } from '../helpers/items.ts';
import { type LocalAws, startLocalAws } from '../helpers/local-aws.ts';

let aws: LocalAws;
let store: S3FeedbackStore;
let aggregates: DynamoAggregateStore;
const OPTIONS = { hourRetentionDays: 35 };

beforeAll(async () => {
  aws = await startLocalAws();
  store = new S3FeedbackStore(aws.s3, aws.bucket);
  aggregates = new DynamoAggregateStore(aws.db, aws.aggregatesTable);
});
afterAll(async () => aws.close());

async function putCurated(key: string, count: number, topic: string) {
  const items = Array.from({ length: count }, (_, i) => enrichedItem({ sourceId: `${key}-${i}`, topics: [topic] }));
  await store.putObject(key, writeParquet(FEEDBACK_COLUMNS, items.map(feedbackRow)), 'application/vnd.apache.parquet');
}

describe('aggregation on DynamoDB (dynalite)', () => {
  it('counts an object once when its event is delivered twice', async () => {
    await putCurated('curated/feedback/dt=2026-11-20/replay.parquet', 7, 'replay');
    const deps = { store, aggregates, log: memoryLog() };

    const first = await aggregateCuratedObject('curated/feedback/dt=2026-11-20/replay.parquet', deps, OPTIONS);
    const second = await aggregateCuratedObject('curated/feedback/dt=2026-11-20/replay.parquet', deps, OPTIONS);

    expect(first.applied).toBe(first.rows);
    expect(second.applied).toBe(0);
    expect(second.alreadyCounted).toBe(second.rows);
    const [day] = await aggregates.rowsBetween('topic#replay', 'DAY#2026-11-20', 'DAY#2026-11-20');
    expect(day?.counters.count).toBe(7);
    expect(day?.counters.negative).toBe(7);
  });

  it('counts an object once when two aggregations of it run at the same time', async () => {
    await putCurated('curated/feedback/dt=2026-11-20/concurrent.parquet', 5, 'concurrent');
    const deps = { store, aggregates, log: memoryLog() };

    const results = await Promise.all([
      aggregateCuratedObject('curated/feedback/dt=2026-11-20/concurrent.parquet', deps, OPTIONS),
      aggregateCuratedObject('curated/feedback/dt=2026-11-20/concurrent.parquet', deps, OPTIONS),
      aggregateCuratedObject('curated/feedback/dt=2026-11-20/concurrent.parquet', deps, OPTIONS),
    ]);

    expect(results.reduce((sum, r) => sum + r.applied, 0)).toBe(results[0]?.rows);
    const [hour] = await aggregates.rowsBetween('topic#concurrent', 'HOUR#2026-11-20T14', 'HOUR#2026-11-20T14');
    expect(hour?.counters.count).toBe(5);
  });

  it('adds different objects to the same row', async () => {
    await putCurated('curated/feedback/dt=2026-11-20/a.parquet', 2, 'shared');
    await putCurated('curated/feedback/dt=2026-11-20/b.parquet', 3, 'shared');
    const deps = { store, aggregates, log: memoryLog() };

    await aggregateCuratedObject('curated/feedback/dt=2026-11-20/a.parquet', deps, OPTIONS);
    await aggregateCuratedObject('curated/feedback/dt=2026-11-20/b.parquet', deps, OPTIONS);

    const [day] = await aggregates.rowsBetween('topic#shared', 'DAY#2026-11-20', 'DAY#2026-11-20');
    expect(day?.counters.count).toBe(5);
  });

  it('sets an expiry on HOUR rows only, relative to the hour', async () => {
    await putCurated('curated/feedback/dt=2026-11-20/ttl.parquet', 1, 'ttl');
    await aggregateCuratedObject('curated/feedback/dt=2026-11-20/ttl.parquet', { store, aggregates, log: memoryLog() }, OPTIONS);

    const { Items } = await aws.db.send(new (await import('@aws-sdk/lib-dynamodb')).QueryCommand({ TableName: aws.aggregatesTable, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'topic#ttl' } }));
    const hour = Items?.find((i) => String(i.sk).startsWith('HOUR#'));
    const day = Items?.find((i) => String(i.sk).startsWith('DAY#'));
    expect(hour?.expiresAt).toBe(Date.parse('2026-11-20T15:00:00Z') / 1000 + 35 * 86_400);
    expect(day?.expiresAt).toBeUndefined();
  });

  it('lists every dimension of a period through the period index', async () => {
    const rows = await aggregates.rowsForPeriod('HOUR#2026-11-20T14');

    expect(rows.map((r) => r.pk)).toEqual(expect.arrayContaining(['all#all', 'topic#replay', 'topic#concurrent', 'topic#shared']));
  });
});
