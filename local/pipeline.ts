import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CollectResult } from '../lambdas/core/collect/collect-documents.ts';
import type { RaiseAlertsResult } from '../lambdas/core/alert/raise-alerts.ts';
import type { DigestResult } from '../lambdas/core/trends/send-digest.ts';
import { AGGREGATES_TABLE, PREFIX, STATE_TABLE } from '../lambdas/core/storage-contract.ts';
import { type CollectorKind, createLocalCollectorDeps } from '../lambdas/collectors-composition.ts';
import { createLocalDeps, type LocalDeps } from '../lambdas/composition.ts';
import { makeCollectChatHandler } from '../lambdas/handlers/collect-chat.ts';
import { makeCollectInboxHandler } from '../lambdas/handlers/collect-inbox.ts';
import { makeCollectReviewsHandler } from '../lambdas/handlers/collect-reviews.ts';
import { makeCollectSocialHandler } from '../lambdas/handlers/collect-social.ts';
import { makeAggregateHandler } from '../lambdas/handlers/aggregate.ts';
import { makeCollectFilesHandler } from '../lambdas/handlers/collect-files.ts';
import { makeDigestHandler } from '../lambdas/handlers/digest.ts';
import { makeEnrichHandler } from '../lambdas/handlers/enrich.ts';
import { makeNotifyHandler } from '../lambdas/handlers/notify.ts';
import { captureOutput, type Terminal } from './capture-output.ts';
import { LocalQueue, localContext, type SqsHandler } from './local-queue.ts';
import { type ReceivedMessage, type SlackReceiver, startSlackReceiver } from './slack-receiver.ts';
import { exportFixtureObjects, simulatorCollectorConfig, startSourceSimulator } from './source-simulator.ts';
import { ensureBucket, ensureTable, type StandIns, startStandIns } from './stand-ins.ts';

/** Names of the local bucket and tables (on AWS the stack names them). */
export const LOCAL_NAMES = { bucket: 'feedback-miner-data', aggregatesTable: 'feedback-miner-aggregates', stateTable: 'feedback-miner-state', region: 'eu-west-1' } as const;

/** Options of one local pipeline run. */
export interface PipelineOptions {
  /** Folder of source files (default sample-data/). */
  dataDir: string;
  /** Where the stand-ins keep their data, logs and Slack messages (default .feedback-miner/). */
  workDir: string;
  /** Start from empty stores. */
  fresh?: boolean;
  /** Extra handler environment (thresholds…), parsed as on AWS. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Progress lines (stage, done, total); default: none. */
  onProgress?: (stage: string, done: number, total?: number) => void;
  /** Called with each Slack message as it arrives. */
  onSlackMessage?: (message: ReceivedMessage) => void;
  /** Keep the stand-ins running after the run (tests inspect them, then call close). */
  keepOpen?: boolean;
  /** Called with the wired dependencies before anything runs (the benchmark counts SDK calls). */
  instrument?: (deps: LocalDeps) => void;
}

/** Paths of everything a run leaves behind. */
export interface WorkPaths {
  root: string;
  s3: string;
  dynamodb: string;
  logs: string;
  slack: string;
}

/** What a run did, stage by stage. */
export interface PipelineRun {
  paths: WorkPaths;
  collect: CollectResult;
  /** The API, chat and inbox collectors (against the source simulator), when `<data>/sources` exists. */
  collectors: Partial<Record<CollectorKind, CollectorRunResult>>;
  /** Records the run collected, from the file drop and every collector. */
  records: number;
  enrich: { messages: number; deadLetters: number };
  aggregate: { messages: number; deadLetters: number };
  notify: { windows: number; results: RaiseAlertsResult[] };
  /** Wall time per stage, in ms. */
  stageMs: Record<'collect' | 'enrich' | 'aggregate' | 'notify' | 'digest', number>;
  /** The daily digest of the last day with data (sent once; a re-run finds it already sent). */
  digest?: DigestResult;
  slackMessages: ReceivedMessage[];
  deadLetters: { queue: string; body: string }[];
  elapsedMs: number;
  deps: LocalDeps;
  standIns: StandIns;
  receiver: SlackReceiver;
  close: () => Promise<void>;
}

/** The local stores and handler dependencies, open. */
export interface LocalStores {
  standIns: StandIns;
  receiver: SlackReceiver;
  deps: LocalDeps;
  close: () => Promise<void>;
}

/**
 * Starts the stand-ins on a work folder's persisted data, the Slack receiver, and the handler
 * dependencies wired to them; creates the bucket and tables if they do not exist yet.
 */
export async function openLocal(options: {
  workDir: string;
  dataDir?: string;
  env?: Readonly<Record<string, string | undefined>>;
  onSlackMessage?: (message: ReceivedMessage) => void;
}): Promise<LocalStores> {
  const paths = workPaths(options.workDir);
  mkdirSync(join(paths.root, 'logs'), { recursive: true });
  const standIns = await startStandIns(paths.root);
  const receiver = await startSlackReceiver({ file: paths.slack, ...(options.onSlackMessage ? { onMessage: options.onSlackMessage } : {}) });
  const deps = createLocalDeps({
    s3Endpoint: standIns.s3Endpoint,
    dynamoEndpoint: standIns.dynamoEndpoint,
    region: LOCAL_NAMES.region,
    bucket: LOCAL_NAMES.bucket,
    aggregatesTable: LOCAL_NAMES.aggregatesTable,
    stateTable: LOCAL_NAMES.stateTable,
    slackWebhookUrl: receiver.url,
    dataDir: resolve(options.dataDir ?? 'sample-data'),
    authorSalt: 'local-development-salt',
    ...(options.env ? { env: options.env } : {}),
  });
  const close = async () => {
    deps.clients.s3.destroy();
    deps.clients.dynamo.destroy();
    await receiver.close();
    await standIns.close();
  };
  try {
    await ensureBucket(deps.clients.s3, LOCAL_NAMES.bucket);
    await ensureTable(deps.clients.dynamo, LOCAL_NAMES.aggregatesTable, AGGREGATES_TABLE);
    await ensureTable(deps.clients.dynamo, LOCAL_NAMES.stateTable, STATE_TABLE);
  } catch (error) {
    await close();
    throw error;
  }
  return { standIns, receiver, deps, close };
}

/** What one collector run reports, in the shape common to all four. */
export interface CollectorRunResult {
  records: number;
  items: number;
  quarantined: number;
  failed: number;
  rawObjects: string[];
}

/**
 * Runs the four source collectors (reviews, social, chat, inbox) through their real handlers:
 * the HTTP sources against the source simulator serving `<data>/sources`, the chat exports and
 * inbox files uploaded to the local bucket first, as they would land there on AWS.
 */
async function runCollectors(sourcesDir: string, local: LocalStores, runAt: Date): Promise<Partial<Record<CollectorKind, CollectorRunResult>>> {
  const simulator = await startSourceSimulator({ fixturesDir: sourcesDir });
  try {
    const { config, secrets } = simulatorCollectorConfig(simulator, { lookbackDays: 365 });
    for (const object of exportFixtureObjects(sourcesDir)) await local.deps.enrich.store.putObject(object.key, object.body, 'application/octet-stream');
    const options = {
      s3Endpoint: local.standIns.s3Endpoint,
      dynamoEndpoint: local.standIns.dynamoEndpoint,
      region: LOCAL_NAMES.region,
      bucket: LOCAL_NAMES.bucket,
      stateTable: LOCAL_NAMES.stateTable,
      authorSalt: 'local-development-salt',
      collectorConfig: config,
      secrets,
      clients: { s3: local.deps.clients.s3, db: local.deps.clients.db },
    };
    const results: Partial<Record<CollectorKind, CollectorRunResult>> = {};
    const invoke = async (kind: CollectorKind, handler: (event: unknown, context: ReturnType<typeof localContext>) => Promise<unknown>) => {
      const result = (await handler(scheduledEvent(runAt, `collect-${kind}`), localContext(`collect-${kind}`))) as {
        records?: number;
        items: number;
        quarantined: number;
        failed: number;
        rawObjects: string[];
      };
      results[kind] = { records: result.records ?? result.items + result.quarantined, items: result.items, quarantined: result.quarantined, failed: result.failed, rawObjects: result.rawObjects };
    };
    await invoke('reviews', makeCollectReviewsHandler(createLocalCollectorDeps('reviews', options)));
    await invoke('social', makeCollectSocialHandler(createLocalCollectorDeps('social', options)));
    await invoke('chat', makeCollectChatHandler(createLocalCollectorDeps('chat', options)));
    await invoke('inbox', makeCollectInboxHandler(createLocalCollectorDeps('inbox', options)));
    return results;
  } finally {
    await simulator.close();
  }
}

/** The paths under a work folder. */
export function workPaths(workDir: string): WorkPaths {
  const root = resolve(workDir);
  return { root, s3: join(root, 's3'), dynamodb: join(root, 'dynamodb'), logs: join(root, 'logs', 'lambda.jsonl'), slack: join(root, 'slack-messages.jsonl') };
}

/** An EventBridge scheduled event, as the scheduler delivers it to a collector or notifier. */
export function scheduledEvent(time: Date, ruleName: string) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: LOCAL_NAMES.region,
    resources: [`arn:aws:events:${LOCAL_NAMES.region}:000000000000:rule/${ruleName}`],
    detail: {},
  };
}

/**
 * Runs the whole pipeline locally through the same handlers as on Lambda: the file-drop
 * collector (scheduled event) lands raw objects in the local S3, whose notifications feed the
 * enrich queue, whose curated objects feed the aggregate queue; then the hourly notifier is
 * invoked for every hour that has data, sending Slack messages to the loopback receiver.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineRun> {
  const started = Date.now();
  const paths = workPaths(options.workDir);
  if (options.fresh) {
    for (const path of [paths.s3, paths.dynamodb, join(paths.root, 'logs'), paths.slack]) rmSync(path, { recursive: true, force: true });
  }
  const progress = options.onProgress ?? (() => undefined);

  const { standIns, receiver, deps, close } = await openLocal({
    workDir: options.workDir,
    dataDir: options.dataDir,
    ...(options.env ? { env: options.env } : {}),
    ...(options.onSlackMessage ? { onSlackMessage: options.onSlackMessage } : {}),
  });

  let terminal: Terminal | undefined;
  try {
    // S3 event notifications with prefix filters, as the stack configures them.
    const enrichQueue = new LocalQueue('enrich');
    const aggregateQueue = new LocalQueue('aggregate');
    standIns.onObjectCreated((record) => {
      if (record.s3.object.key.startsWith(PREFIX.raw)) enrichQueue.sendS3Notification(record);
      else if (record.s3.object.key.startsWith(PREFIX.curatedFeedback)) aggregateQueue.sendS3Notification(record);
    });

    options.instrument?.(deps);
    const stageMs = { collect: 0, enrich: 0, aggregate: 0, notify: 0, digest: 0 };
    let stageStart = Date.now();
    const endStage = (stage: keyof typeof stageMs) => {
      stageMs[stage] = Date.now() - stageStart;
      stageStart = Date.now();
    };
    terminal = captureOutput(paths.logs);
    progress('collect', 0);
    const collectHandler = makeCollectFilesHandler(deps.collectFiles);
    const runAt = new Date();
    const collect = (await collectHandler(scheduledEvent(runAt, 'collect-files'), localContext('collect-files'))) as CollectResult;
    const sourcesDir = join(resolve(options.dataDir), 'sources');
    const collectors = existsSync(sourcesDir) ? await runCollectors(sourcesDir, { standIns, receiver, deps, close }, runAt) : {};
    const records = collect.records + Object.values(collectors).reduce((sum, r) => sum + r.records, 0);
    progress('collect', records, records);
    endStage('collect');

    await standIns.flush();
    const enrichTotal = enrichQueue.depth;
    await enrichQueue.drain(makeEnrichHandler(deps.enrich) as unknown as SqsHandler, 'enrich', (done) => progress('enrich', done, enrichTotal));
    endStage('enrich');
    await standIns.flush();
    const aggregateTotal = aggregateQueue.depth;
    await aggregateQueue.drain(makeAggregateHandler(deps.aggregate) as unknown as SqsHandler, 'aggregate', (done) => progress('aggregate', done, aggregateTotal));
    endStage('aggregate');

    // Replay the hourly notifier over every hour that has data, in order (idempotent: cooldowns).
    const hours = (await deps.notify.aggregates.rowsBetween('all#all', 'HOUR#0000', 'HOUR#9999')).map((row) => row.sk.slice(5));
    const notifyHandler = makeNotifyHandler(deps.notify);
    const results: RaiseAlertsResult[] = [];
    for (const [index, hour] of hours.entries()) {
      const windowEnd = new Date(Date.parse(`${hour}:00:00Z`) + 3_600_000);
      results.push((await notifyHandler(scheduledEvent(windowEnd, 'notify-hourly'), localContext('notify'))) as RaiseAlertsResult);
      progress('notify', index + 1, hours.length);
    }

    endStage('notify');
    // The daily digest for the last day with data, as the 08:00 schedule the next morning would send it.
    const lastDay = hours.at(-1)?.slice(0, 10);
    let digest: DigestResult | undefined;
    if (lastDay) {
      const morning = new Date(Date.parse(`${lastDay}T07:00:00Z`) + 86_400_000);
      digest = (await makeDigestHandler(deps.digest)(scheduledEvent(morning, 'digest-daily'), localContext('digest'))) as DigestResult;
      progress('digest', 1, 1);
    }
    endStage('digest');
    terminal.restore();
    terminal = undefined;

    const run: PipelineRun = {
      paths,
      collect,
      collectors,
      records,
      enrich: { messages: enrichQueue.delivered, deadLetters: enrichQueue.deadLetters.length },
      aggregate: { messages: aggregateQueue.delivered, deadLetters: aggregateQueue.deadLetters.length },
      notify: { windows: hours.length, results },
      ...(digest ? { digest } : {}),
      slackMessages: receiver.messages,
      deadLetters: [...enrichQueue.deadLetters, ...aggregateQueue.deadLetters],
      elapsedMs: Date.now() - started,
      stageMs,
      deps,
      standIns,
      receiver,
      close,
    };
    if (!options.keepOpen) await close();
    return run;
  } catch (error) {
    terminal?.restore();
    await close();
    throw error;
  }
}
