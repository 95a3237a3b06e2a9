import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoStateStore } from '../../lambdas/adapters/aws/dynamo-state-store.ts';
import { S3FeedbackStore } from '../../lambdas/adapters/aws/s3-feedback-store.ts';
import { encodeJsonLinesGz } from '../../lambdas/core/codec.ts';
import { feedbackId } from '../../lambdas/core/collect/ids.ts';
import { EnrichEnvSchema, parseEnv } from '../../lambdas/core/config.ts';
import { createAnalyzer } from '../../lambdas/composition.ts';
import { makeEnrichHandler } from '../../lambdas/handlers/enrich.ts';
import { createObservability } from '../../lambdas/handlers/observability.ts';
import { LocalQueue, type SqsHandler } from '../../local/local-queue.ts';
import { curatedItems } from '../../local/store-summary.ts';
import { type LocalAws, startLocalAws } from '../helpers/local-aws.ts';

let aws: LocalAws;
let store: S3FeedbackStore;
let handler: SqsHandler;

const item = (sourceId: string, text: string) => ({
  id: feedbackId('appstore', sourceId),
  source: 'appstore',
  channel: 'review',
  sourceId,
  text,
  createdAt: '2026-11-20T10:00:00Z',
  collectedAt: '2026-11-21T00:00:00Z',
});

const notification = (key: string) => ({ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'test-data' }, object: { key } } });

beforeAll(async () => {
  aws = await startLocalAws();
  store = new S3FeedbackStore(aws.s3, aws.bucket);
  const config = parseEnv(EnrichEnvSchema, { DATA_BUCKET: aws.bucket, STATE_TABLE: aws.stateTable });
  handler = makeEnrichHandler({
    ...createObservability('enrich-test'),
    store,
    state: new DynamoStateStore(aws.db, aws.stateTable),
    analyzer: createAnalyzer(config),
    config,
  }) as unknown as SqsHandler;
});
afterAll(async () => aws.close());

describe('enrich under faults', () => {
  it('fails only the broken messages, retries them and dead-letters them, and curates the good one once', async () => {
    const good = 'raw/channel=review/source=appstore/dt=2026-11-21/good.jsonl.gz';
    const truncated = 'raw/channel=review/source=appstore/dt=2026-11-21/truncated.jsonl.gz';
    await store.putObject(good, encodeJsonLinesGz([item('g1', 'Prima app, snel geholpen'), item('g2', 'The bill was wrong again')]), 'application/x-ndjson');
    const whole = encodeJsonLinesGz([item('t1', 'x'.repeat(2000))]);
    await store.putObject(truncated, whole.slice(0, whole.length - 12), 'application/x-ndjson');
    const queue = new LocalQueue('enrich', { batchSize: 10, maxReceiveCount: 3 });
    queue.sendS3Notification(notification(good));
    queue.sendS3Notification(notification(truncated));
    queue.sendS3Notification(notification('raw/channel=review/source=appstore/dt=2026-11-21/missing.jsonl.gz'));
    queue.sendMessage('this is not an S3 notification');

    const output: string[] = [];
    const capture = (chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    };
    const spies = [vi.spyOn(process.stdout, 'write').mockImplementation(capture), vi.spyOn(process.stderr, 'write').mockImplementation(capture)];
    try {
      await queue.drain(handler, 'enrich');
    } finally {
      for (const spy of spies) spy.mockRestore();
    }

    const logged = output.join('');
    expect(logged).toContain('message failed; SQS will retry it, then dead-letter it');
    expect(logged).toContain('truncated.jsonl.gz is not a complete gzip object');
    expect(logged).toMatch(/"MessagesFailed":\[?1/);
    expect(queue.delivered).toBe(1);
    expect(queue.deadLetters.map((d) => d.receiveCount)).toEqual([3, 3, 3]);
    expect(queue.deadLetters.map((d) => d.body).join('\n')).toContain('truncated.jsonl.gz');
    const curated = [];
    for await (const enriched of curatedItems(store)) curated.push(enriched.sourceId);
    expect(curated.sort()).toEqual(['g1', 'g2']);
  });

  it('quarantines invalid lines with a reason and keeps the valid lines of the same object', async () => {
    const key = 'raw/channel=review/source=appstore/dt=2026-11-21/mixed.jsonl.gz';
    await store.putObject(key, encodeJsonLinesGz([item('m1', 'Goed'), { ...item('m2', 'Slecht'), rating: 7 }, { text: 'no id' }]), 'application/x-ndjson');
    const queue = new LocalQueue('enrich');
    queue.sendS3Notification(notification(key));

    await queue.drain(handler, 'enrich');

    const reasons: string[] = [];
    for await (const quarantined of store.listKeys('quarantine/')) {
      reasons.push((JSON.parse(Buffer.from(await store.getObject(quarantined)).toString()) as { reason: string }).reason);
    }
    expect(reasons).toHaveLength(2);
    expect(reasons.join('\n')).toMatch(/line 2 is not a valid feedback item: .*rating/i);
    expect(reasons.join('\n')).toMatch(/line 3 is not a valid feedback item/);
    expect(queue.deadLetters).toEqual([]);
  });
});
