import type { PipelineRun } from './pipeline.ts';
import { renderBlocks } from './slack-receiver.ts';
import type { StoreSummary } from './store-summary.ts';

const ANSI_STYLE = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');
const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;

function bar(value: number, max: number, width = 24): string {
  const filled = max > 0 ? Math.round((value / max) * width) : 0;
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

function table(record: Record<string, number>, total: number, limit = 10): string[] {
  const entries = Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  const max = Math.max(0, ...entries.map(([, v]) => v));
  const width = Math.max(8, ...entries.map(([k]) => k.length));
  return entries.map(([key, value]) => `  ${key.padEnd(width)} ${String(value).padStart(5)}  ${bar(value, max)} ${total ? `${((value / total) * 100).toFixed(0).padStart(3)}%` : ''}`);
}

/**
 * The readable end-of-run report: what was collected per channel and source, the sentiment
 * split, top emotions and topics, quarantined records with reasons, alerts, throughput, and
 * where everything was written.
 */
export function formatReport(run: PipelineRun, summary: StoreSummary, options: { color?: boolean } = {}): string {
  const lines: string[] = [];
  const seconds = run.elapsedMs / 1000;
  const c = run.collect;
  lines.push('', bold('feedback-miner · local run report'), '');
  lines.push(bold('This run'));
  lines.push(`  file drop: documents ${c.documents} (${c.alreadyCollected} already collected earlier) · records ${c.records} · new items ${c.items} · quarantined ${c.quarantined}`);
  for (const [source, counts] of Object.entries(c.bySource).sort()) {
    lines.push(`    ${source.padEnd(10)} ${counts.channel.padEnd(7)} records ${String(counts.records).padStart(4)} · items ${String(counts.items).padStart(4)} · quarantined ${counts.quarantined}`);
  }
  for (const [kind, result] of Object.entries(run.collectors)) {
    lines.push(`  ${`collect-${kind}`.padEnd(15)} records ${String(result.records).padStart(4)} · new items ${String(result.items).padStart(4)} · quarantined ${result.quarantined}${result.failed ? ` · FAILED sources ${result.failed}` : ''}`);
  }
  lines.push(`  enrich messages ${run.enrich.messages} · aggregate messages ${run.aggregate.messages} · notify windows ${run.notify.windows} · dead letters ${run.deadLetters.length}`);
  lines.push(`  elapsed ${seconds.toFixed(1)} s · ${run.records} records · ${(run.records / Math.max(seconds, 0.001)).toFixed(0)} records/s`);
  lines.push('');
  lines.push(bold(`In the stores (all runs): ${summary.curatedItems} curated items, ${summary.quarantine.length} quarantined`));
  lines.push(`  aggregates total ${summary.aggregateTotal} ${summary.aggregateTotal === summary.curatedItems ? '= curated count ✓' : `≠ curated count ${summary.curatedItems} ✗`} · distinct ids ${summary.distinctIds} · PII redacted ${summary.piiRedacted}`);
  lines.push('', bold('By channel'), ...table(summary.byChannel, summary.curatedItems));
  lines.push('', bold('By source'), ...table(summary.bySource, summary.curatedItems));
  lines.push('', bold('By language'), ...table(summary.byLanguage, summary.curatedItems));
  lines.push('', bold('Sentiment'), ...table(summary.sentiment, summary.curatedItems));
  lines.push('', bold('Top emotions'), ...table(summary.emotions, summary.curatedItems, 6));
  lines.push('', bold('Top topics'), ...table(summary.topics, summary.curatedItems, 8));
  lines.push('', bold('CX signals'), ...table(summary.signals, summary.curatedItems));
  lines.push('', bold(`Quarantined (${summary.quarantine.length})`));
  for (const entry of summary.quarantine.slice(0, 25)) lines.push(`  ${entry.source.padEnd(10)} ${entry.origin}\n    ${dim('→')} ${entry.reason}`);
  if (summary.quarantine.length > 25) lines.push(`  … and ${summary.quarantine.length - 25} more under quarantine/`);
  if (run.digest) lines.push('', bold(`Daily digest ${run.digest.day}: ${run.digest.sent ? 'sent to Slack' : 'already sent earlier'}`));
  lines.push('', bold(`Slack messages sent this run (${run.slackMessages.length})`));
  for (const message of run.slackMessages) lines.push(...renderBlocks(message.payload).split('\n').map((l) => `  ${l}`), '');
  if (run.slackMessages.length === 0) lines.push('  none (anomalies already alerted stay in cooldown)');
  if (run.deadLetters.length > 0) {
    lines.push('', bold(`Dead letters (${run.deadLetters.length})`));
    for (const letter of run.deadLetters) lines.push(`  ${letter.queue}: ${letter.body.slice(0, 200)}`);
  }
  lines.push('', bold('Everything is kept in'), `  ${run.paths.root}`);
  lines.push(`    s3/            the local bucket (raw/, curated/, quarantine/)`);
  lines.push(`    dynamodb/      the local tables (aggregates, state)`);
  lines.push(`    logs/lambda.jsonl       the handlers' Powertools logs and EMF metrics`);
  lines.push(`    slack-messages.jsonl    every Slack message sent`);
  lines.push(`  run again: nothing is counted twice · start over: --fresh`, '');
  const text = lines.join('\n');
  return options.color === false ? text.replace(ANSI_STYLE, '') : text;
}
