import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJsonLinesGz } from '../../lambdas/core/codec.ts';
import { NAMED_QUERIES, renderNamedQuery } from '../../lambdas/core/analytics/named-queries.ts';
import { readParquet } from '../../lambdas/core/curated-format.ts';
import { connectTranscriptFormat } from '../../lambdas/core/collect/formats/connect-transcript.ts';
import { ALL_FORMATS } from '../../lambdas/core/collect/formats/index.ts';
import { PREFIX } from '../../lambdas/core/storage-contract.ts';
import { type LocalAthena, openLocalAthena, type QueryResult } from '../../local/local-athena.ts';
import { type PipelineRun, runPipeline } from '../../local/pipeline.ts';
import { type StoreSummary, summariseStores } from '../../local/store-summary.ts';

const workDir = mkdtempSync(join(tmpdir(), 'fm-pipeline-'));
let first: PipelineRun;
let second: PipelineRun;
let firstSummary: StoreSummary;
let secondSummary: StoreSummary;
const rawIds: string[] = [];
let curatedText = '';
let athena: LocalAthena;
const namedResults = new Map<string, QueryResult>();

/** Counts the records in sample-data/ independently of the collector, straight from the files. */
function countSourceRecords(dir: string): number {
  let records = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    // sources/ is served by the source simulator to the API collectors; dev-sets/ is evaluation data.
    if (/^(sources|dev-sets)(\/|$)/.test(relative(dir, entry.parentPath))) continue;
    const document: unknown = JSON.parse(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
    const format = ALL_FORMATS.find((f) => f.detect(entry.name, document));
    records += format ? format.records(document).length : 1;
  }
  return records;
}

beforeAll(async () => {
  first = await runPipeline({ dataDir: 'sample-data', workDir, fresh: true, keepOpen: true });
  const { store, aggregates } = first.deps.aggregate;
  firstSummary = await summariseStores(store, aggregates);
  for await (const key of store.listKeys(PREFIX.raw)) {
    for (const line of decodeJsonLinesGz(await store.getObject(key), key)) rawIds.push((line.value as { id: string }).id);
  }
  for await (const key of store.listKeys('curated/')) {
    curatedText += JSON.stringify(await readParquet(await store.getObject(key), key));
  }
  athena = await openLocalAthena(store, join(workDir, 'athena'));
  for (const named of NAMED_QUERIES) {
    namedResults.set(named.name, await athena.query(renderNamedQuery(named, { db: 'feedback_miner', today: "DATE '2026-11-21'" })));
  }
  athena.close();
  await first.close();
  second = await runPipeline({ dataDir: 'sample-data', workDir, keepOpen: true });
  secondSummary = await summariseStores(second.deps.aggregate.store, second.deps.aggregate.aggregates);
  await second.close();
}, 240_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the local pipeline on sample-data', () => {
  it('collects every record in the dropped files', () => {
    expect(first.collect.records).toBe(countSourceRecords('sample-data'));
    expect(first.collect.records).toBeGreaterThanOrEqual(300);
  });

  it('runs every source collector against the simulator, each with records and no failed source', () => {
    expect(Object.keys(first.collectors).sort()).toEqual(['chat', 'inbox', 'reviews', 'social']);
    for (const result of Object.values(first.collectors)) {
      expect(result.items).toBeGreaterThan(0);
      expect(result.failed).toBe(0);
    }
    expect(Object.keys(firstSummary.bySource)).toEqual(expect.arrayContaining(['googleplay', 'trustpilot', 'bluesky', 'reddit', 'survey', 'webchat']));
  });

  it('loses nothing: every record is in raw/ or quarantined by its collector', () => {
    const collectQuarantined = firstSummary.quarantine.filter((q) => q.stage === 'collect').length;
    // A rejected record that two collectors read identically (the same Connect export in the
    // file drop and in the chat prefix) is one quarantine object, like a duplicate item is one curated item.
    const sharedRejected = readdirSync('sample-data/sources/connect').filter((name) => {
      const other = join('sample-data/connect', name);
      if (!existsSync(other) || readFileSync(other, 'utf8') !== readFileSync(join('sample-data/sources/connect', name), 'utf8')) return false;
      const document: unknown = JSON.parse(readFileSync(other, 'utf8'));
      return !connectTranscriptFormat.normalise(connectTranscriptFormat.records(document)[0], { collectedAt: '2026-11-25T00:00:00Z', authorSalt: 's' }).ok;
    }).length;

    expect(firstSummary.rawLines + collectQuarantined + sharedRejected).toBe(first.records);
  });

  it('curates every raw item exactly once (duplicates collapse onto one curated item)', async () => {
    const enrichQuarantined = firstSummary.quarantine.filter((q) => q.stage === 'enrich').length;
    const distinctRaw = new Set(rawIds);

    expect(firstSummary.distinctIds).toBe(firstSummary.curatedItems);
    expect(firstSummary.curatedItems + enrichQuarantined).toBe(distinctRaw.size);
    expect(rawIds.length - distinctRaw.size).toBeGreaterThan(0);
  });

  it('keeps aggregate totals equal to a count over the curated objects', () => {
    expect(firstSummary.aggregateTotal).toBe(firstSummary.curatedItems);
  });

  it('quarantines malformed records with a reason a person can act on, and still succeeds', () => {
    expect(firstSummary.quarantine.length).toBeGreaterThanOrEqual(8);
    for (const entry of firstSummary.quarantine) {
      expect(entry.reason.length).toBeGreaterThan(15);
      expect(entry.reason).not.toMatch(/ZodError|\[object Object\]|undefined/);
    }
    expect(firstSummary.quarantine.some((q) => /rating/i.test(q.reason))).toBe(true);
    expect(first.deadLetters).toEqual([]);
  });

  it('raises exactly one alert, for the negative burst', () => {
    const alerts = first.slackMessages.filter((m) => JSON.stringify(m.payload).includes('Feedback anomaly'));
    expect(alerts).toHaveLength(1);
    const text = JSON.stringify(alerts[0]?.payload);
    expect(text).toContain('2026-11-20 14:00');
    expect(text).toMatch(/levering|negative share/i);
  });

  it('redacts PII before anything reaches curated/', () => {
    expect(firstSummary.piiRedacted).toBeGreaterThanOrEqual(15);
    expect(curatedText).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
    expect(curatedText).not.toMatch(/NL\d{2}[A-Z]{4}\d{10}/);
    expect(curatedText).not.toMatch(/(?<![\d:])((\+31|0031)[\s-]?(\(0\))?6[\s-]?\d{8}|06[\s-]?\d{8})(?!\d)/);
  });

  it('sends the daily digest of the last day with data', () => {
    const digests = first.slackMessages.filter((m) => JSON.stringify(m.payload).includes('Daily feedback digest'));
    expect(digests).toHaveLength(1);
    expect(first.digest?.sent).toBe(true);
    expect(first.digest?.digest.volume).toBeGreaterThan(0);
    expect(first.slackMessages).toHaveLength(2);
  });

  it('tags a chat stuck in a bot loop', () => {
    expect(firstSummary.signals.botLoop ?? 0).toBeGreaterThanOrEqual(1);
    expect(firstSummary.byChannel.chat).toBeGreaterThan(0);
  });

  it('analyses Dutch and English', () => {
    expect(firstSummary.byLanguage.nl).toBeGreaterThan(50);
    expect(firstSummary.byLanguage.en).toBeGreaterThan(50);
  });
});

describe('the named Athena queries, run locally on DuckDB', () => {
  const rows = (name: string) => namedResults.get(name)?.rows ?? [];
  const num = (value: unknown) => Number(value);

  it('gives at least six named queries, each returning rows on the sample data', () => {
    expect(NAMED_QUERIES.length).toBeGreaterThanOrEqual(6);
    for (const named of NAMED_QUERIES) expect(rows(named.name).length, named.name).toBeGreaterThan(0);
  });

  it('sentiment by channel per day adds up to the curated items per channel', () => {
    const perChannel: Record<string, number> = {};
    for (const row of rows('sentiment_by_channel_per_day')) {
      perChannel[String(row.channel)] = (perChannel[String(row.channel)] ?? 0) + num(row.items);
      expect(num(row.positive) + num(row.negative) + num(row.neutral) + num(row.mixed)).toBe(num(row.items));
    }
    expect(perChannel).toEqual(firstSummary.byChannel);
  });

  it('puts the burst topic on top of the negative topics this week', () => {
    const [top] = rows('top_negative_topics_week_over_week');
    expect(top?.topic).toBe('levering');
    expect(num(top?.negative_this_week)).toBeGreaterThan(num(top?.negative_last_week));
  });

  it('counts emotions per source as the curated items have them', () => {
    const perEmotion: Record<string, number> = {};
    for (const row of rows('emotions_by_source')) perEmotion[String(row.emotion)] = (perEmotion[String(row.emotion)] ?? 0) + num(row.items);
    expect(perEmotion).toEqual(firstSummary.emotions);
  });

  it('lists every churn-risk item and every bot-loop conversation', () => {
    expect(rows('churn_risk_mentions')).toHaveLength(firstSummary.signals.churnRisk ?? 0);
    const loops = rows('bot_loop_conversations');
    expect(loops).toHaveLength(firstSummary.signals.botLoop ?? 0);
    for (const loop of loops) expect(num(loop.bot_turns)).toBeGreaterThanOrEqual(3);
  });

  it('counts items by language and analyzer', () => {
    const perLanguage: Record<string, number> = {};
    for (const row of rows('items_by_language_and_analyzer')) {
      perLanguage[String(row.language)] = (perLanguage[String(row.language)] ?? 0) + num(row.items);
      expect(row.analyzer).toBe('local');
    }
    expect(perLanguage).toEqual(firstSummary.byLanguage);
  });
});

describe('a second run over the same data', () => {
  it('collects nothing new', () => {
    expect(second.collect.items).toBe(0);
    expect(second.records).toBe(0);
    expect(second.collect.alreadyCollected).toBe(second.collect.documents);
    expect(second.enrich.messages).toBe(0);
  });

  it('changes no store: same curated items, aggregates and quarantine', () => {
    expect(secondSummary.curatedItems).toBe(firstSummary.curatedItems);
    expect(secondSummary.aggregateTotal).toBe(firstSummary.aggregateTotal);
    expect(secondSummary.quarantine.length).toBe(firstSummary.quarantine.length);
    expect(secondSummary.sentiment).toEqual(firstSummary.sentiment);
  });

  it('repeats no alert and no digest', () => {
    expect(second.slackMessages).toEqual([]);
    expect(second.digest?.sent).toBe(false);
    expect(second.notify.results.some((r) => r.findings.length > 0)).toBe(true);
  });
});

describe('a run on another folder', () => {
  it('quarantines a file that is not JSON, with the file name in the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fm-data-'));
    mkdirSync(join(dir, 'drop'));
    writeFileSync(join(dir, 'drop', 'broken.json'), '{"feed": {"entry": [');
    const run = await runPipeline({ dataDir: dir, workDir: join(dir, 'work'), fresh: true, keepOpen: true });
    try {
      const summary = await summariseStores(run.deps.aggregate.store, run.deps.aggregate.aggregates);
      expect(run.collect.records).toBe(1);
      expect(summary.quarantine).toHaveLength(1);
      expect(summary.quarantine[0]?.reason).toMatch(/drop\/broken\.json is not valid JSON/);
      expect(summary.curatedItems).toBe(0);
    } finally {
      await run.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
