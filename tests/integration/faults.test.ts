import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAggregateStore } from '../../lambdas/adapters/aws/dynamo-aggregate-store.ts';
import { DynamoStateStore } from '../../lambdas/adapters/aws/dynamo-state-store.ts';
import { S3FeedbackStore } from '../../lambdas/adapters/aws/s3-feedback-store.ts';
import { LOCAL_DYNAMO_CREDENTIALS, LOCAL_S3_CREDENTIALS } from '../../lambdas/adapters/local/local-credentials.ts';
import { encodeJsonLinesGz } from '../../lambdas/core/codec.ts';
import { feedbackId } from '../../lambdas/core/collect/ids.ts';
import { AggregateEnvSchema, EnrichEnvSchema, parseEnv } from '../../lambdas/core/config.ts';
import { decodeCuratedFeedback, FEEDBACK_COLUMNS, feedbackRow, writeParquet } from '../../lambdas/core/curated-format.ts';
import { type EnrichedItem, EnrichedItemSchema } from '../../lambdas/core/schema/feedback.ts';
import { createAnalyzer } from '../../lambdas/composition.ts';
import { makeAggregateHandler } from '../../lambdas/handlers/aggregate.ts';
import { makeEnrichHandler } from '../../lambdas/handlers/enrich.ts';
import { createObservability } from '../../lambdas/handlers/observability.ts';
import { LocalQueue, type SqsHandler } from '../../local/local-queue.ts';
import { type PipelineRun, runPipeline } from '../../local/pipeline.ts';
import { type StoreSummary, summariseStores } from '../../local/store-summary.ts';
import { enrichedItem } from '../helpers/items.ts';
import { type LocalAws, startLocalAws } from '../helpers/local-aws.ts';
import { appStoreEntry, appStorePage, connectTranscript, mastodonStatus, writeDataFolder } from '../helpers/source-files.ts';

let aws: LocalAws;
let healthy: S3FeedbackStore;

beforeAll(async () => {
  aws = await startLocalAws();
  healthy = new S3FeedbackStore(aws.s3, aws.bucket);
});
afterAll(async () => aws.close());

const rawKey = (day: string, name: string) => `raw/channel=review/source=appstore/dt=${day}/${name}.jsonl.gz`;
const notification = (key: string) => ({ eventName: 'ObjectCreated:Put', s3: { bucket: { name: aws.bucket }, object: { key } } });

/** A raw FeedbackItem line written on `day`. */
const rawItem = (sourceId: string, day: string, text = 'De levering was te laat en niemand belt terug') => ({
  id: feedbackId('appstore', sourceId),
  source: 'appstore',
  channel: 'review',
  sourceId,
  text,
  createdAt: `${day}T14:05:00.000Z`,
  collectedAt: `${day}T23:00:00.000Z`,
});

async function putRaw(key: string, sourceIds: readonly string[], day: string): Promise<void> {
  await healthy.putObject(key, encodeJsonLinesGz(sourceIds.map((id) => rawItem(id, day))), 'application/x-ndjson');
}

/** An S3 client on the stand-in whose GetObject fails, like an S3 500, for the keys `fails` picks. */
function s3Failing(fails: (key: string) => boolean): { client: S3Client; attempts: string[] } {
  const attempts: string[] = [];
  const client = new S3Client({ region: 'eu-west-1', endpoint: aws.standIns.s3Endpoint, forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const key = (args.input as { Key?: string }).Key;
      if (context.commandName === 'GetObjectCommand' && key !== undefined && fails(key)) {
        attempts.push(key);
        throw new S3ServiceException({ name: 'InternalError', $fault: 'server', $metadata: { httpStatusCode: 500 }, message: 'We encountered an internal error. Please try again.' });
      }
      return next(args);
    },
    { step: 'initialize', name: 'failGetObject' },
  );
  return { client, attempts };
}

/**
 * A DynamoDB client on the stand-in that answers ProvisionedThroughputExceededException for the
 * calls of `command` that `throttle` picks (1-based call number). Injected inside the SDK's retry
 * loop, so the SDK retries it as it would a real throttle (up to `maxAttempts`).
 */
function dynamoThrottling(command: string, throttle: (call: number) => boolean, maxAttempts?: number) {
  const calls = { total: 0, throttled: 0, succeeded: [] as number[] };
  let invocation = 0;
  const client = new DynamoDBClient({ region: 'eu-west-1', endpoint: aws.standIns.dynamoEndpoint, credentials: LOCAL_DYNAMO_CREDENTIALS, ...(maxAttempts ? { maxAttempts } : {}) });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== command) return next(args);
      // Attributed when the call starts: a failed delivery's stragglers finish after the redelivery began.
      const during = invocation;
      calls.total += 1;
      if (throttle(calls.total)) {
        calls.throttled += 1;
        throw new ProvisionedThroughputExceededException({ message: 'The level of configured provisioned throughput for the table was exceeded.', $metadata: { httpStatusCode: 400 } });
      }
      const result = await next(args);
      calls.succeeded[during] = (calls.succeeded[during] ?? 0) + 1;
      return result;
    },
    { step: 'deserialize', name: 'injectThrottling' },
  );
  return {
    client,
    db: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    calls,
    /** Tells the client which handler invocation its calls belong to. */
    setInvocation: (n: number) => {
      invocation = n;
    },
  };
}

/** Wraps a handler to count its invocations (deliveries of a batch). */
function counted(handler: SqsHandler, onInvoke?: (n: number) => void): { handler: SqsHandler; invocations: () => number } {
  let invocations = 0;
  return {
    handler: async (event: SQSEvent, context) => {
      invocations += 1;
      onInvoke?.(invocations);
      return handler(event, context);
    },
    invocations: () => invocations,
  };
}

function enrichHandler(s3: S3Client, db: DynamoDBDocumentClient): SqsHandler {
  const config = parseEnv(EnrichEnvSchema, { DATA_BUCKET: aws.bucket, STATE_TABLE: aws.stateTable });
  return makeEnrichHandler({ ...createObservability('enrich-faults'), store: new S3FeedbackStore(s3, aws.bucket), state: new DynamoStateStore(db, aws.stateTable), analyzer: createAnalyzer(config), config }) as unknown as SqsHandler;
}

function aggregateHandler(db: DynamoDBDocumentClient): SqsHandler {
  const config = parseEnv(AggregateEnvSchema, { DATA_BUCKET: aws.bucket, STATE_TABLE: aws.stateTable, AGGREGATES_TABLE: aws.aggregatesTable });
  return makeAggregateHandler({ ...createObservability('aggregate-faults'), store: healthy, aggregates: new DynamoAggregateStore(db, aws.aggregatesTable), config }) as unknown as SqsHandler;
}

/** The curated items of one day, read back through the S3 API. */
async function curatedOn(day: string): Promise<EnrichedItem[]> {
  const items: EnrichedItem[] = [];
  for await (const key of healthy.listKeys(`curated/feedback/dt=${day}/`)) {
    for (const decoded of await decodeCuratedFeedback(await healthy.getObject(key), key, (v) => EnrichedItemSchema.safeParse(v))) {
      if (!decoded.ok) throw new Error(decoded.reason);
      items.push(decoded.item);
    }
  }
  return items;
}

/** Aggregates every curated object of a day with a healthy client, as the aggregate queue would. */
async function aggregateDay(day: string): Promise<void> {
  const queue = new LocalQueue('aggregate');
  for await (const key of healthy.listKeys(`curated/feedback/dt=${day}/`)) queue.sendS3Notification(notification(key));
  await queue.drain(aggregateHandler(aws.db), 'aggregate');
}

/** Counted items of a day: all#all, and summed over the channel and the hour rows (each item is in exactly one of each). */
async function totals(day: string): Promise<{ all: number; channels: number; hours: number }> {
  const aggregates = new DynamoAggregateStore(aws.db, aws.aggregatesTable);
  const [all] = await aggregates.rowsBetween('all#all', `DAY#${day}`, `DAY#${day}`);
  const channels = (await aggregates.rowsForPeriod(`DAY#${day}`)).filter((row) => row.pk.startsWith('channel#'));
  const hours = await aggregates.rowsBetween('all#all', `HOUR#${day}T00`, `HOUR#${day}T23`);
  const sum = (rows: { counters: Record<string, number> }[]) => rows.reduce((total, row) => total + (row.counters.count ?? 0), 0);
  return { all: all?.counters.count ?? 0, channels: sum(channels), hours: sum(hours) };
}

describe('S3 GetObject failing for one object in the middle of a batch', () => {
  const day = '2026-11-10';
  const keys = { first: rawKey(day, 'first'), broken: rawKey(day, 'broken'), last: rawKey(day, 'last') };
  let queue: LocalQueue;
  let s3: ReturnType<typeof s3Failing>;

  beforeAll(async () => {
    await putRaw(keys.first, ['s3-a1', 's3-a2'], day);
    await putRaw(keys.broken, ['s3-b1', 's3-b2'], day);
    await putRaw(keys.last, ['s3-c1'], day);
    s3 = s3Failing((key) => key === keys.broken);
    queue = new LocalQueue('enrich', { batchSize: 10, maxReceiveCount: 3 });
    for (const key of [keys.first, keys.broken, keys.last]) queue.sendS3Notification(notification(key));

    await queue.drain(enrichHandler(s3.client, aws.db), 'enrich');
  });
  afterAll(() => s3.client.destroy());

  it('retries the message of the unreadable object, then dead-letters it after three receives', () => {
    expect(s3.attempts).toEqual([keys.broken, keys.broken, keys.broken]);
    expect(queue.deadLetters).toHaveLength(1);
    expect(queue.deadLetters[0]?.receiveCount).toBe(3);
    expect(decodeURIComponent(queue.deadLetters[0]?.body ?? '')).toContain('dt=2026-11-10/broken.jsonl.gz');
  });

  it('curates the other objects of the same batch, each item once', async () => {
    expect(queue.delivered).toBe(2);
    expect((await curatedOn(day)).map((item) => item.sourceId).sort()).toEqual(['s3-a1', 's3-a2', 's3-c1']);
  });

  it('leaves the unread object in raw/, so redriving the dead letter curates its items', async () => {
    const redrive = new LocalQueue('enrich-redrive');
    for (const letter of queue.deadLetters) redrive.sendMessage(letter.body);

    await redrive.drain(enrichHandler(aws.s3, aws.db), 'enrich');

    expect(redrive.deadLetters).toEqual([]);
    expect((await curatedOn(day)).map((item) => item.sourceId).sort()).toEqual(['s3-a1', 's3-a2', 's3-b1', 's3-b2', 's3-c1']);
  });
});

describe('DynamoDB throttling the dedupe claims, absorbed by SDK retries', () => {
  const day = '2026-11-11';
  const ids = ['cl-1', 'cl-2', 'cl-3', 'cl-4', 'cl-5', 'cl-6'];
  let queue: LocalQueue;
  let dynamo: ReturnType<typeof dynamoThrottling>;
  let run: ReturnType<typeof counted>;

  beforeAll(async () => {
    await putRaw(rawKey(day, 'claims'), ids, day);
    dynamo = dynamoThrottling('PutItemCommand', (call) => call <= 2);
    run = counted(enrichHandler(aws.s3, dynamo.db));
    queue = new LocalQueue('enrich');
    queue.sendS3Notification(notification(rawKey(day, 'claims')));

    await queue.drain(run.handler, 'enrich');
    await aggregateDay(day);
  });
  afterAll(() => dynamo.client.destroy());

  it('succeeds on the first delivery, the throttled claims retried inside the SDK', () => {
    expect(dynamo.calls.throttled).toBe(2);
    expect(run.invocations()).toBe(1);
    expect(queue.deadLetters).toEqual([]);
  });

  it('curates each item once', async () => {
    expect((await curatedOn(day)).map((item) => item.sourceId).sort()).toEqual(ids);
  });

  it('keeps the aggregate totals equal to the curated count', async () => {
    expect(await totals(day)).toEqual({ all: ids.length, channels: ids.length, hours: ids.length });
  });
});

describe('DynamoDB throttling the dedupe claims beyond what the SDK retries', () => {
  const day = '2026-11-12';
  const ids = ['cx-1', 'cx-2', 'cx-3', 'cx-4', 'cx-5', 'cx-6'];
  let queue: LocalQueue;
  let dynamo: ReturnType<typeof dynamoThrottling>;
  let run: ReturnType<typeof counted>;

  beforeAll(async () => {
    await putRaw(rawKey(day, 'claims'), ids, day);
    // No SDK retries: the 2nd and 3rd claim of the first delivery fail outright.
    dynamo = dynamoThrottling('PutItemCommand', (call) => call === 2 || call === 3, 1);
    run = counted(enrichHandler(aws.s3, dynamo.db));
    queue = new LocalQueue('enrich');
    queue.sendS3Notification(notification(rawKey(day, 'claims')));

    await queue.drain(run.handler, 'enrich');
    await aggregateDay(day);
  });
  afterAll(() => dynamo.client.destroy());

  it('fails the batch item, and the redelivery succeeds', () => {
    expect(dynamo.calls.throttled).toBe(2);
    expect(run.invocations()).toBe(2);
    expect(queue.delivered).toBe(1);
    expect(queue.deadLetters).toEqual([]);
  });

  it('curates each item once, the claims of the failed delivery kept by the same owner', async () => {
    expect((await curatedOn(day)).map((item) => item.sourceId).sort()).toEqual(ids);
  });

  it('keeps the aggregate totals equal to the curated count', async () => {
    expect(await totals(day)).toEqual({ all: ids.length, channels: ids.length, hours: ids.length });
  });
});

describe('DynamoDB throttling the aggregate writes', () => {
  /** One curated object of `count` items on `day`, spread over two hours and two channels. */
  async function putCurated(day: string, prefix: string, count: number): Promise<string> {
    const key = `curated/feedback/dt=${day}/${prefix}.parquet`;
    const items = Array.from({ length: count }, (_, index) =>
      enrichedItem({ sourceId: `${prefix}-${index}`, channel: index % 2 === 0 ? 'review' : 'social', createdAt: `${day}T${index % 2 === 0 ? '09' : '15'}:30:00.000Z`, topics: ['levering', 'factuur'] }),
    );
    await healthy.putObject(key, writeParquet(FEEDBACK_COLUMNS, items.map(feedbackRow)), 'application/vnd.apache.parquet');
    return key;
  }

  describe('absorbed by SDK retries', () => {
    const day = '2026-11-13';
    let dynamo: ReturnType<typeof dynamoThrottling>;
    let run: ReturnType<typeof counted>;
    let queue: LocalQueue;

    beforeAll(async () => {
      const key = await putCurated(day, 'agg-retry', 6);
      dynamo = dynamoThrottling('UpdateItemCommand', (call) => call <= 3);
      run = counted(aggregateHandler(dynamo.db));
      queue = new LocalQueue('aggregate');
      queue.sendS3Notification(notification(key));

      await queue.drain(run.handler, 'aggregate');
    });
    afterAll(() => dynamo.client.destroy());

    it('succeeds on the first delivery, the throttled writes retried inside the SDK', () => {
      expect(dynamo.calls.throttled).toBe(3);
      expect(run.invocations()).toBe(1);
      expect(queue.deadLetters).toEqual([]);
    });

    it('counts every item once', async () => {
      expect(await totals(day)).toEqual({ all: 6, channels: 6, hours: 6 });
    });
  });

  describe('beyond what the SDK retries', () => {
    const day = '2026-11-14';
    let dynamo: ReturnType<typeof dynamoThrottling>;
    let run: ReturnType<typeof counted>;
    let queue: LocalQueue;

    beforeAll(async () => {
      const key = await putCurated(day, 'agg-fail', 6);
      // No SDK retries: the 4th and 7th row writes of the first delivery fail, after others landed.
      dynamo = dynamoThrottling('UpdateItemCommand', (call) => call === 4 || call === 7, 1);
      run = counted(aggregateHandler(dynamo.db), (n) => dynamo.setInvocation(n));
      queue = new LocalQueue('aggregate');
      queue.sendS3Notification(notification(key));

      await queue.drain(run.handler, 'aggregate');
    });
    afterAll(() => dynamo.client.destroy());

    it('fails the batch item part-way (some rows already added), and the redelivery succeeds', () => {
      expect(dynamo.calls.throttled).toBe(2);
      expect(dynamo.calls.succeeded[1]).toBeGreaterThan(0);
      expect(run.invocations()).toBe(2);
      expect(queue.deadLetters).toEqual([]);
    });

    it('adds every item exactly once across the partial and the redelivered attempt', async () => {
      expect(await totals(day)).toEqual({ all: 6, channels: 6, hours: 6 });
    });
  });
});

describe('conservation over a generated folder of good, malformed and duplicate records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fm-conservation-'));
  const at = (day: number, hour: number) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:15:00.000Z`;
  const pageOne = Array.from({ length: 10 }, (_, i) => appStoreEntry(`9100${i}`, `Review ${i}: de app crasht bij het inloggen`, { rating: String((i % 5) + 1), updated: `2026-11-1${i % 9}T08:00:00-08:00` }));
  const pageTwoNew = Array.from({ length: 5 }, (_, i) => appStoreEntry(`9200${i}`, `Nieuwe review ${i}: prima service`, { rating: '5' }));
  const statuses = Array.from({ length: 8 }, (_, i) => mastodonStatus(`1170000000000${i}`, `<p>Status ${i} over <a href="https://mastodon.nl/tags/stroomwijs">#<span>stroomwijs</span></a>: de storing duurt lang</p>`, { createdAt: at(15 + (i % 5), 10 + i) }));
  const transcripts = Array.from({ length: 5 }, (_, i) =>
    connectTranscript(`00000000-0000-4000-8000-00000000010${i}`, [
      { role: 'SYSTEM', text: 'Hallo, waarmee kan ik je helpen?', at: at(18, 9 + i) },
      { role: 'CUSTOMER', text: `Mijn termijnbedrag klopt niet (${i})`, at: at(18, 9 + i) },
    ]),
  );
  const expected = { records: 13 + 10 + 11 + 6 + 1, curated: 10 + 5 + 8 + 5, quarantined: 3 + 1 + 2 + 1 + 1, duplicates: 4 + 1 };
  let run: PipelineRun;
  let summary: StoreSummary;

  beforeAll(async () => {
    writeDataFolder(dir, {
      // 10 good reviews and 3 malformed ones (rating 7, empty content, a Dutch date).
      'data/appstore/page-1.json': appStorePage([...pageOne, appStoreEntry('9300', 'Zeven sterren!', { rating: '7' }), appStoreEntry('9301', ''), appStoreEntry('9302', 'Datum kapot', { updated: '07-11-2026 11:57' })]),
      // 4 byte-identical repeats of page 1, 5 new reviews, and an entry without an id.
      'data/appstore/page-2.json': appStorePage([...pageOne.slice(6), ...pageTwoNew, (({ id: _id, ...rest }) => rest)(appStoreEntry('9303', 'Geen id'))], 2),
      // 8 good statuses, 1 repeated in the same file, a photo-only one and one whose author was deleted.
      'data/mastodon/statuses.json': [...statuses, statuses[3], mastodonStatus('11700000000099', '<p></p>'), { ...mastodonStatus('11700000000098', '<p>Weg</p>'), account: null }],
      // 5 good chats and one where the customer never typed.
      ...Object.fromEntries(transcripts.map((t) => [`data/connect/${t.ContactId}.json`, t])),
      'data/connect/00000000-0000-4000-8000-000000000199.json': connectTranscript('00000000-0000-4000-8000-000000000199', [{ role: 'SYSTEM', text: 'Hallo, waarmee kan ik je helpen?', at: at(18, 20) }]),
      'data/drop/broken.json': '{"feed": {"entry": [',
    });
    run = await runPipeline({ dataDir: join(dir, 'data'), workDir: join(dir, 'work'), fresh: true, keepOpen: true });
    summary = await summariseStores(run.deps.aggregate.store, run.deps.aggregate.aggregates);
  }, 120_000);

  afterAll(async () => {
    await run?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const enrichQuarantined = () => summary.quarantine.filter((q) => q.stage === 'enrich').length;
  const duplicates = () => summary.rawLines - summary.curatedItems - enrichQuarantined();

  it('accounts for every record in: collected = curated + quarantined + duplicates, from the stores', () => {
    expect(run.records).toBe(expected.records);
    expect(summary.curatedItems + summary.quarantine.length + duplicates()).toBe(run.records);
  });

  it('curates exactly the distinct good records, each once', () => {
    expect(summary.curatedItems).toBe(expected.curated);
    expect(summary.distinctIds).toBe(summary.curatedItems);
  });

  it('quarantines exactly the malformed records, each with a reason naming what is wrong', () => {
    expect(summary.quarantine).toHaveLength(expected.quarantined);
    expect(summary.quarantine.map((q) => q.reason).sort()).toEqual([
      'contact 00000000-0000-4000-8000-000000000199: the customer sent no messages, so there is nothing to analyse',
      expect.stringMatching(/^drop\/broken\.json is not valid JSON \(.+\); fix or re-export the file$/),
      'review 9300: rating 7 is above the maximum of 5',
      'review 9301: content is empty',
      "review 9302: updated '07-11-2026 11:57' is not an ISO-8601 date-time",
      'review without an id: id is missing',
      'status 11700000000098: account must be an object, not null',
      'status 11700000000099: text after removing HTML is empty',
    ]);
  });

  it('drops exactly the duplicates, after landing them in raw/', () => {
    expect(duplicates()).toBe(expected.duplicates);
  });

  it('dead-letters nothing and keeps the aggregate totals equal to the curated count', () => {
    expect(run.deadLetters).toEqual([]);
    expect(summary.aggregateTotal).toBe(summary.curatedItems);
  });
});
