/**
 * `npm run bench`: the analyzer against vader-sentiment and `sentiment` in the same process, then
 * the whole local pipeline on N synthetic items (default 100,000), with per-stage throughput,
 * wall time, peak RSS, S3 objects and DynamoDB writes per 1,000 items, and an AWS cost model.
 *
 *   npm run bench -- [--items 100000] [--analyzer-items 20000] [--only analyzer|pipeline]
 */
import '../local/quiet-warnings.ts';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { LexiconAnalyzer } from '../lambdas/core/analysis/lexicon-analyzer.ts';
import { loadTopicMap } from '../lambdas/composition.ts';
import { runPipeline } from '../local/pipeline.ts';
import { costPer1000, PRICES } from './cost-model.ts';
import { generateDocuments, loadPool, seeded } from './generate.ts';
import { countRequests, type RequestCounts, RssSampler } from './instrument.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    'analyzer-items': { type: 'string', default: '20000' },
    only: { type: 'string' },
  },
});
const ITEMS = Number(values.items);
const ANALYZER_ITEMS = Number(values['analyzer-items']);
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const rate = (n: number, ms: number) => (ms > 0 ? (n / ms) * 1000 : 0);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

console.log(`feedback-miner benchmark · ${cpus()[0]?.model ?? 'cpu'} · ${availableParallelism()} cores · ${mb(totalmem())} · Node ${process.version}\n`);

/** Best-of-3 throughput of `fn` over the texts, after a warm-up. */
function throughput(texts: readonly string[], fn: (text: string) => unknown): number {
  for (const text of texts.slice(0, 2_000)) fn(text);
  let best = 0;
  for (let round = 0; round < 3; round += 1) {
    const start = performance.now();
    for (const text of texts) fn(text);
    best = Math.max(best, rate(texts.length, performance.now() - start));
  }
  return best;
}

if (values.only !== 'pipeline') {
  const pool = loadPool();
  const random = seeded(7);
  const texts = Array.from({ length: ANALYZER_ITEMS }, () => (pool[Math.floor(random() * pool.length)] as { text: string }).text);
  const meanLength = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
  const analyzer = new LexiconAnalyzer({ topicMap: loadTopicMap() });
  const sentiment = new Sentiment();
  const vaderRate = throughput(texts, (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text));
  const oursRate = throughput(texts, (text) => analyzer.analyze({ text }));
  const sentimentRate = throughput(texts, (text) => sentiment.analyze(text));
  console.log(`Analyzer alone (one core, ${fmt(texts.length)} texts of ${meanLength.toFixed(0)} chars on average, best of 3):`);
  console.log('  engine                          texts/s   vs vader-sentiment');
  console.log(`  vader-sentiment (sentiment)  ${fmt(vaderRate).padStart(10)}   1.00× (baseline)`);
  console.log(`  sentiment (AFINN, sentiment) ${fmt(sentimentRate).padStart(10)}   ${(sentimentRate / vaderRate).toFixed(2)}×`);
  console.log(`  feedback-miner (full analysis: language, sentiment, emotions, topics, key phrases, signals)`);
  console.log(`                               ${fmt(oursRate).padStart(10)}   ${(oursRate / vaderRate).toFixed(2)}×\n`);
}

if (values.only !== 'analyzer') {
  console.log(`Generating ${fmt(ITEMS)} synthetic items (cached in .bench/)…`);
  const dataDir = generateDocuments('.bench', ITEMS);
  const counts: RequestCounts = {};
  const sampler = new RssSampler();
  const stages: Record<string, number> = {};
  let current = '';
  const run = await runPipeline({
    dataDir,
    workDir: join('.bench', `work-${ITEMS}`),
    fresh: true,
    instrument: (deps) => {
      countRequests(deps.clients.s3, counts, 's3');
      countRequests(deps.clients.dynamo, counts, 'dynamodb');
    },
    onProgress: (stage, done, total) => {
      if (stage !== current) {
        sampler.enter(stage);
        current = stage;
        process.stderr.write(`  ${stage}…\n`);
      }
      if (total !== undefined && done >= total) stages[stage] = done;
    },
  });
  sampler.stop();
  const items = run.collect.records;
  const c = (name: string) => counts[name] ?? 0;
  const dynamoWrites = c('dynamodb:PutItem') + c('dynamodb:UpdateItem') + c('dynamodb:BatchWriteItem') * 25;
  const dynamoReads = c('dynamodb:GetItem') + c('dynamodb:Query') + c('dynamodb:BatchGetItem');
  const s3Puts = c('s3:PutObject') + c('s3:ListObjectsV2');
  const s3Gets = c('s3:GetObject') + c('s3:HeadBucket');
  console.log(`\nLocal pipeline on ${fmt(items)} items (${run.collect.quarantined} quarantined), stand-ins in-process, one Node process:`);
  console.log('  stage        wall s    items/s   peak RSS');
  for (const stage of ['collect', 'enrich', 'aggregate', 'notify', 'digest'] as const) {
    const ms = run.stageMs[stage];
    console.log(`  ${stage.padEnd(10)} ${(ms / 1000).toFixed(1).padStart(7)} ${fmt(rate(items, ms)).padStart(10)}   ${mb(sampler.peaks[stage] ?? 0).padStart(8)}`);
  }
  const ingestMs = run.stageMs.collect + run.stageMs.enrich + run.stageMs.aggregate;
  console.log(`  ingest path (collect → enrich → aggregate): ${fmt(rate(items, ingestMs))} items/s; end to end incl. ${run.notify.windows} hourly notifier runs: ${fmt(rate(items, run.elapsedMs))} items/s (${(run.elapsedMs / 1000).toFixed(1)} s)`);
  console.log(`  per 1,000 items: ${(s3Puts / items * 1000).toFixed(1)} S3 PUT/LIST, ${(s3Gets / items * 1000).toFixed(1)} S3 GET, ${(dynamoWrites / items * 1000).toFixed(0)} DynamoDB writes, ${(dynamoReads / items * 1000).toFixed(0)} DynamoDB reads`);
  console.log(`  requests: ${Object.entries(counts).sort().map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);

  let parquetBytes = 0;
  const curated = join('.bench', `work-${ITEMS}`, 's3', 'feedback-miner-data', 'curated', 'feedback');
  for (const entry of readdirSync(curated, { recursive: true, withFileTypes: true })) if (entry.isFile() && entry.name.endsWith('._S3rver_object')) parquetBytes += statSync(join(entry.parentPath, entry.name)).size;
  const pool = loadPool();
  const englishShare = pool.filter((p) => p.language === 'en').length / pool.length;
  const meanChars = pool.reduce((sum, p) => sum + p.text.length, 0) / pool.length;
  const runCounts = {
    items,
    handlerMs: run.elapsedMs,
    invocations: 1 + run.enrich.messages / 10 + run.aggregate.messages / 10 + run.notify.windows + 1,
    memoryGb: 1,
    s3Puts,
    s3Gets,
    dynamoWrites,
    dynamoReads,
    sqsMessages: run.enrich.messages + run.aggregate.messages,
    comprehendChars: Array.from({ length: Math.round(items * englishShare) }, () => meanChars),
    athenaBytesPerQuery: parquetBytes * (30 / 30),
  };
  for (const analyzer of ['local', 'comprehend'] as const) {
    const cost = costPer1000(runCounts, analyzer);
    console.log(`\nAWS cost per 1,000 items, ANALYZER=${analyzer} (list prices in bench/cost-model.ts):`);
    for (const [service, usd] of Object.entries(cost)) console.log(`  ${service.padEnd(20)} $${usd.toFixed(4)}`);
  }
  console.log(`  (Athena: a named query over 30 days scans ≤ ${mb(parquetBytes)} of Parquet here, billed at least 10 MB: $${(Math.max(parquetBytes, 10_000_000) * PRICES.athenaByte).toFixed(5)} per run)`);
}
