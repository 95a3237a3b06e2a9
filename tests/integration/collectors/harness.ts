/**
 * Shared setup of the collector integration tests: the local S3 and DynamoDB stand-ins, the
 * source simulator, and the collectors wired to both exactly as the local runtime wires them.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'aws-lambda';
import { DynamoStateStore } from '../../../lambdas/adapters/aws/dynamo-state-store.ts';
import { S3FeedbackStore } from '../../../lambdas/adapters/aws/s3-feedback-store.ts';
import { type CollectorDepsByKind, type CollectorKind, createLocalCollectorDeps } from '../../../lambdas/collectors-composition.ts';
import { decodeJsonLinesGz } from '../../../lambdas/core/codec.ts';
import type { IncrementalResult } from '../../../lambdas/core/collect/collect-incremental.ts';
import type { ExportsResult } from '../../../lambdas/core/collect/sources/collect-exports.ts';
import type { QuarantineRecord } from '../../../lambdas/core/quarantine.ts';
import type { FeedbackItem } from '../../../lambdas/core/schema/feedback.ts';
import { PREFIX } from '../../../lambdas/core/storage-contract.ts';
import { makeCollectChatHandler } from '../../../lambdas/handlers/collect-chat.ts';
import { makeCollectInboxHandler } from '../../../lambdas/handlers/collect-inbox.ts';
import { makeCollectReviewsHandler } from '../../../lambdas/handlers/collect-reviews.ts';
import { makeCollectSocialHandler } from '../../../lambdas/handlers/collect-social.ts';
import { type SimulatedFault, type SourceSimulator, simulatorCollectorConfig, startSourceSimulator } from '../../../local/source-simulator.ts';
import { type LocalAws, startLocalAws } from '../../helpers/local-aws.ts';

// Quiet Powertools: tests read results, not log lines; metrics are inspected through spies.
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

/** The fixtures folder of every source. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../../sample-data/sources/', import.meta.url));

/** The first run's instant: the fixtures were written in the days before it. */
export const RUN_AT = '2026-11-21T06:00:00.000Z';

/** A scheduled EventBridge event, as the scheduler delivers it to a collector. */
export function scheduledEvent(time: string, id = `run-${time}`) {
  return { version: '0', id, 'detail-type': 'Scheduled Event', source: 'aws.events', account: '000000000000', time: time.replace(/\.\d{3}Z$/, 'Z'), region: 'eu-west-1', resources: ['arn:aws:events:eu-west-1:000000000000:rule/collect'], detail: {} };
}

const context = { functionName: 'collect', awsRequestId: 'test', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;

/** The running stand-ins, simulator and helpers of one test file. */
export interface CollectorHarness {
  aws: LocalAws;
  simulator: SourceSimulator;
  store: S3FeedbackStore;
  state: DynamoStateStore;
  /** Every wait the HTTP helper asked for (backoff and Retry-After), in ms. */
  waits: number[];
  /** Fresh handler dependencies of a collector kind (config overrides merge into the simulator config). */
  deps<K extends CollectorKind>(kind: K, overrides?: Record<string, unknown>): CollectorDepsByKind[K];
  /** Invokes a collector's handler as Lambda would, with a scheduled event at `runAt`. */
  run(kind: 'reviews' | 'social', runAt: string, deps?: CollectorDepsByKind['reviews']): Promise<IncrementalResult>;
  runExports(kind: 'chat' | 'inbox', event: unknown, deps?: CollectorDepsByKind['chat']): Promise<ExportsResult>;
  /** Items of the given raw objects (all raw objects when omitted). */
  rawItems(keys?: readonly string[]): Promise<FeedbackItem[]>;
  quarantined(): Promise<QuarantineRecord[]>;
  close(): Promise<void>;
}

/** Starts everything a collector integration test needs; call `close()` in afterAll. */
export async function startCollectorHarness(options: { faults?: SimulatedFault[]; appStorePageSize?: number; blueskyRequiresAuth?: boolean } = {}): Promise<CollectorHarness> {
  const [aws, simulator] = await Promise.all([
    startLocalAws(),
    startSourceSimulator({ fixturesDir: FIXTURES_DIR, appStorePageSize: options.appStorePageSize ?? 10, ...(options.faults ? { faults: options.faults } : {}), ...(options.blueskyRequiresAuth ? { blueskyRequiresAuth: true } : {}) }),
  ]);
  const store = new S3FeedbackStore(aws.s3, aws.bucket);
  const state = new DynamoStateStore(aws.db, aws.stateTable);
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  const testLimits = { lookbackDays: 7, pageSize: 5, http: { timeoutMs: 400, maxAttempts: 3, baseDelayMs: 10 } };

  const deps = <K extends CollectorKind>(kind: K, overrides: Record<string, unknown> = {}): CollectorDepsByKind[K] => {
    const { config, secrets } = simulatorCollectorConfig(simulator, { ...testLimits, ...overrides });
    return createLocalCollectorDeps(kind, {
      s3Endpoint: aws.standIns.s3Endpoint,
      dynamoEndpoint: aws.standIns.dynamoEndpoint,
      region: 'eu-west-1',
      bucket: aws.bucket,
      stateTable: aws.stateTable,
      authorSalt: 'test-salt',
      collectorConfig: config,
      secrets,
      clients: { s3: aws.s3, db: aws.db },
      sleep,
    });
  };

  return {
    aws,
    simulator,
    store,
    state,
    waits,
    deps,
    run: async (kind, runAt, given) => {
      const handler = kind === 'reviews' ? makeCollectReviewsHandler(given ?? deps('reviews')) : makeCollectSocialHandler(given ?? deps('social'));
      return (await handler(scheduledEvent(runAt), context)) as IncrementalResult;
    },
    runExports: async (kind, event, given) => {
      const handler = kind === 'chat' ? makeCollectChatHandler(given ?? deps('chat')) : makeCollectInboxHandler(given ?? deps('inbox'));
      return (await handler(event, context)) as ExportsResult;
    },
    rawItems: async (keys) => {
      const chosen: string[] = [];
      if (keys) chosen.push(...keys);
      else for await (const key of store.listKeys(PREFIX.raw)) chosen.push(key);
      const items: FeedbackItem[] = [];
      for (const key of chosen) for (const line of decodeJsonLinesGz(await store.getObject(key), key)) items.push(line.value as FeedbackItem);
      return items;
    },
    quarantined: async () => {
      const records: QuarantineRecord[] = [];
      for await (const key of store.listKeys(PREFIX.quarantine)) records.push(JSON.parse(Buffer.from(await store.getObject(key)).toString('utf8')) as QuarantineRecord);
      return records;
    },
    close: async () => {
      await simulator.close();
      await aws.close();
    },
  };
}

/** Path of a fixture file. */
export function fixturePath(...parts: string[]): string {
  return join(FIXTURES_DIR, ...parts);
}
