import './quiet-warnings.ts';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { LexiconAnalyzer } from '../lambdas/core/analysis/lexicon-analyzer.ts';
import { ChannelSchema } from '../lambdas/core/schema/feedback.ts';
import { loadTopicMap } from '../lambdas/composition.ts';
import { analyzeForCli, analyzeJsonLines } from './analyze-command.ts';
import { dayRange, latestDayWithData, loadDays } from '../lambdas/core/trends/daily.ts';
import { NAMED_QUERIES, renderNamedQuery } from '../lambdas/core/analytics/named-queries.ts';
import { type LocalAthena, openLocalAthena, toCsv, toTable } from './local-athena.ts';
import { openLocal, runPipeline, workPaths } from './pipeline.ts';
import { type TrendsBy, trendsHtml, trendsTable } from './trends-report.ts';
import { formatReport } from './report.ts';
import { renderBlocks } from './slack-receiver.ts';
import { summariseStores } from './store-summary.ts';

const HELP = `feedback-miner — mine customer feedback (reviews, social posts, chats) in Dutch and English

Usage: feedback-miner <command> [options]

Commands:
  run                 Run the whole pipeline locally on sample-data/ (what \`npm start\` does):
                      collect → enrich → aggregate → notify, against in-process S3 and DynamoDB
                      stand-ins, then print a report.
      --data DIR        folder of source files to ingest (default: sample-data)
      --work DIR        where the local stores, logs and Slack messages live (default: .feedback-miner)
      --fresh           start from empty stores (otherwise a re-run counts nothing twice)
      --no-color        plain report without terminal colours

  analyze "TEXT"      Analyse one text and print the analysis as JSON.
  analyze --jsonl     Read JSON lines ({"id", "text"[, "channel", "language"]}) from stdin and
                      write one analysis per line to stdout, in order, streaming; a bad line
                      gets {"line", "error"} on stderr and the run goes on.
      --channel review|social|chat   the channel of a single text (default: none)

  trends              Trends from the local aggregates (after \`npm start\`), as a terminal table.
      --by channel|source|topic|language|product   break down by (default: channel)
      --days N          number of days, ending with the last day that has data (default: 14)
      --html FILE       also write a self-contained HTML report with charts
      --work DIR        the local stores (default: .feedback-miner)

  query "SQL"         Run Athena SQL locally (DuckDB) on the curated data of the local run:
                      tables feedback_miner.feedback and feedback_miner.turns.
  query --named NAME  Run one of the named queries the stack creates in Athena.
  query --list        List the named queries.
      --today DATE      the day named queries count back from (default: last day with data)
      --format table|csv|json   output (default: table; csv cells are formula-safe)
      --work DIR        the local stores (default: .feedback-miner)

Options:
  -h, --help          show this help

Everything runs offline: no AWS account, no network.`;


// While the handlers run, the runtime diverts stdout/stderr to the Lambda log file; progress
// must reach the real terminal, so keep the original writer.
const toTerminal = process.stderr.write.bind(process.stderr) as (text: string) => boolean;

async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', default: 'sample-data' },
      work: { type: 'string', default: '.feedback-miner' },
      fresh: { type: 'boolean', default: false },
      'no-color': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const color = !values['no-color'] && process.stdout.isTTY === true;
  const interactive = process.stderr.isTTY === true;
  let lastStage = '';
  let lastPrinted = 0;
  console.error(`feedback-miner: running the pipeline on ${resolve(values.data)}${values.fresh ? ' (fresh stores)' : ''}`);
  const result = await runPipeline({
    dataDir: values.data,
    workDir: values.work,
    fresh: values.fresh,
    onProgress: (stage, done, total) => {
      const line = `  ${stage.padEnd(9)} ${done}${total !== undefined ? `/${total}` : ''}`;
      if (interactive) {
        if (stage !== lastStage && lastStage) toTerminal('\n');
        toTerminal(`\r${line.padEnd(40)}`);
        if (total !== undefined && done >= total) toTerminal('\n');
      } else if (stage !== lastStage || (total !== undefined && done >= total) || Date.now() - lastPrinted > 2000) {
        toTerminal(`${line}\n`);
        lastPrinted = Date.now();
      }
      lastStage = stage;
    },
    onSlackMessage: (message) => {
      toTerminal(`  Slack ▸ ${renderBlocks(message.payload).split('\n')[0]}\n`);
    },
    keepOpen: true,
  });
  try {
    const summary = await summariseStores(result.deps.enrich.store, result.deps.aggregate.aggregates);
    console.log(formatReport(result, summary, { color }));
  } finally {
    await result.close();
  }
  return result.deadLetters.length > 0 ? 1 : 0;
}

async function trends(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      by: { type: 'string', default: 'channel' },
      days: { type: 'string', default: '14' },
      html: { type: 'string' },
      work: { type: 'string', default: '.feedback-miner' },
    },
  });
  const by = values.by as TrendsBy;
  if (!['channel', 'source', 'topic', 'language', 'product'].includes(by)) {
    console.error(`feedback-miner trends: --by must be channel, source, topic, language or product (got "${values.by}")`);
    return 2;
  }
  const count = Number(values.days);
  if (!Number.isInteger(count) || count < 1 || count > 366) {
    console.error(`feedback-miner trends: --days must be a whole number from 1 to 366 (got "${values.days}")`);
    return 2;
  }
  const local = await openLocal({ workDir: values.work });
  try {
    const aggregates = local.deps.aggregate.aggregates;
    const lastDay = await latestDayWithData(aggregates);
    if (!lastDay) {
      console.error('feedback-miner trends: the local aggregates are empty; run `npm start` first.');
      return 1;
    }
    const days = dayRange(lastDay, count);
    const rowsByDay = await loadDays(aggregates, days);
    console.log(trendsTable(days, rowsByDay, by));
    if (values.html) {
      writeFileSync(values.html, trendsHtml(days, rowsByDay, by));
      console.log(`\nHTML report written to ${resolve(values.html)}`);
    }
    return 0;
  } finally {
    await local.close();
  }
}

async function analyze(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { jsonl: { type: 'boolean', default: false }, channel: { type: 'string' } },
  });
  const channel = values.channel === undefined ? undefined : ChannelSchema.safeParse(values.channel);
  if (channel && !channel.success) {
    console.error(`feedback-miner analyze: --channel must be review, social or chat (got "${values.channel}")`);
    return 2;
  }
  const analyzer = new LexiconAnalyzer({ topicMap: loadTopicMap() });
  if (values.jsonl) {
    const counts = await analyzeJsonLines(analyzer, process.stdin, process.stdout, process.stderr);
    return counts.failed > 0 && counts.analysed === 0 ? 1 : 0;
  }
  const text = positionals.join(' ');
  if (!text.trim()) {
    console.error('feedback-miner analyze: give a text, e.g. analyze "De levering was te laat", or use --jsonl');
    return 2;
  }
  console.log(JSON.stringify(analyzeForCli(analyzer, undefined, text, channel?.success ? { channel: channel.data } : {}), null, 2));
  return 0;
}

async function query(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      named: { type: 'string' },
      list: { type: 'boolean', default: false },
      today: { type: 'string' },
      format: { type: 'string', default: 'table' },
      work: { type: 'string', default: '.feedback-miner' },
    },
  });
  if (values.list) {
    for (const named of NAMED_QUERIES) console.log(`${named.name.padEnd(36)} ${named.description}`);
    return 0;
  }
  if (!['table', 'csv', 'json'].includes(values.format)) {
    console.error(`feedback-miner query: --format must be table, csv or json (got "${values.format}")`);
    return 2;
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    console.error(`feedback-miner query: --today must be YYYY-MM-DD (got "${values.today}")`);
    return 2;
  }
  const named = values.named === undefined ? undefined : NAMED_QUERIES.find((q) => q.name === values.named);
  if (values.named !== undefined && !named) {
    console.error(`feedback-miner query: no named query "${values.named}"; see query --list`);
    return 2;
  }
  const sql = positionals.join(' ');
  if (!named && !sql.trim()) {
    console.error('feedback-miner query: give SQL, --named NAME or --list');
    return 2;
  }
  const local = await openLocal({ workDir: values.work });
  let athena: LocalAthena | undefined;
  try {
    athena = await openLocalAthena(local.deps.enrich.store, join(workPaths(values.work).root, 'athena'));
    const today = values.today ?? (await athena.latestDay()) ?? new Date().toISOString().slice(0, 10);
    const text = named ? renderNamedQuery(named, { db: 'feedback_miner', today: `DATE '${today}'` }) : sql;
    const result = await athena.query(text);
    if (values.format === 'json') console.log(JSON.stringify(result.rows, null, 2));
    else if (values.format === 'csv') process.stdout.write(toCsv(result));
    else console.log(toTable(result));
    return 0;
  } catch (error) {
    console.error(`feedback-miner query: ${(error as Error).message}`);
    return 1;
  } finally {
    athena?.close();
    await local.close();
  }
}

/** Entry point of the `feedback-miner` CLI. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return run(rest);
    case 'trends':
      return trends(rest);
    case 'analyze':
      return analyze(rest);
    case 'query':
      return query(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      console.log(HELP);
      return 0;
    default:
      console.error(`feedback-miner: unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`feedback-miner: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
