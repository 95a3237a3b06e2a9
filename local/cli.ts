import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from './pipeline.ts';
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

Options:
  -h, --help          show this help

Everything runs offline: no AWS account, no network.`;

// The AWS SDK warns that Node 20 support ends in 2027; the deployed Lambdas run Node 22.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (!/NodeVersionSupportWarning|AWS SDK for JavaScript/.test(`${warning.name} ${warning.message}`)) console.error(warning);
});

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
        process.stderr.write(`\r${line.padEnd(40)}${stage !== lastStage && lastStage ? '' : ''}`);
        if (total !== undefined && done >= total) process.stderr.write('\n');
      } else if (stage !== lastStage || (total !== undefined && done >= total) || Date.now() - lastPrinted > 2000) {
        process.stderr.write(`${line}\n`);
        lastPrinted = Date.now();
      }
      lastStage = stage;
    },
    onSlackMessage: (message) => {
      process.stderr.write(`\n  Slack ▸ ${renderBlocks(message.payload).split('\n')[0]}\n`);
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

/** Entry point of the `feedback-miner` CLI. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return run(rest);
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
