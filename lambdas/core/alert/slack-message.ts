import type { SlackMessage } from '../ports.ts';
import type { Finding } from './rules.ts';
import { SEVERITY_NAMES } from './statistics.ts';

/** Slack's documented limits for a message. */
export const SLACK_LIMITS = { blocks: 50, sectionText: 3_000, headerText: 150, contextElements: 10 } as const;

/** Cuts text to a maximum length on a character boundary, marking the cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Escapes the three characters Slack mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const pct = (share: number) => `${(share * 100).toFixed(0)}%`;
const dimensionLabel = (dimension: string) => {
  const [kind, ...rest] = dimension.split('#');
  return kind === 'all' ? 'all feedback' : `${kind} *${escapeMrkdwn(rest.join('#'))}*`;
};

/** One finding as a clause, e.g. "negative share 88% (baseline 22% of all feedback, z = 6.6)". */
export function describeFinding(finding: Finding): string {
  if (finding.rule.kind === 'volume') {
    return `${finding.current.count} items in the window (expected ${(finding.expected ?? 0).toFixed(1)})`;
  }
  const of = finding.baseline.dimension === finding.dimension ? '' : ` of ${finding.baseline.dimension === 'all#all' ? 'all feedback' : finding.baseline.dimension}`;
  return `${finding.rule.label} ${pct(finding.current.share)} (baseline ${pct(finding.baseline.share)}${of}, z = ${finding.z.toFixed(1)})`;
}

/** Findings grouped per dimension, in the order of their strongest finding. */
export function groupByDimension(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.dimension, [...(groups.get(finding.dimension) ?? []), finding]);
  return [...groups.values()];
}

/** One sentence for a dimension's findings: "Topic *levering*: 32 items in the window (expected 0.0); negative share 88% (…)". */
export function describeDimension(findings: readonly Finding[]): string {
  const label = dimensionLabel(findings[0]?.dimension ?? 'all#all');
  const ordered = [...findings].sort((a, b) => (a.rule.kind === 'share' ? 0 : 1) - (b.rule.kind === 'share' ? 0 : 1));
  return `${label[0]?.toUpperCase()}${label.slice(1)}: ${ordered.map(describeFinding).join('; ')}`;
}

/** A quote shown under an alert: already PII-redacted text. */
export interface ExampleQuote {
  text: string;
  source: string;
  createdAt: string;
}

/** Everything an alert message shows. */
export interface AlertContext {
  findings: readonly Finding[];
  topTopics: readonly { topic: string; count: number }[];
  examples: readonly ExampleQuote[];
  athenaQuery: string;
}

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text, SLACK_LIMITS.sectionText) } });

/**
 * Builds the Block Kit alert for one window: headline finding in one sentence, current vs
 * baseline, volume, top topics, 2–3 redacted quotes and a ready Athena query. Stays within
 * Slack's limits however many findings or however long the quotes.
 */
export function buildAlertMessage(context: AlertContext): SlackMessage {
  const [headlineGroup, ...otherGroups] = groupByDimension(context.findings);
  const first = headlineGroup?.[0];
  if (!headlineGroup || !first) throw new Error('buildAlertMessage needs at least one finding');
  // The numbers shown are those of the share rule when there is one: "how bad" beats "how many".
  const headline = headlineGroup.find((f) => f.rule.kind === 'share') ?? first;
  const severity = SEVERITY_NAMES[Math.max(...headlineGroup.map((f) => f.severity))] ?? 'warning';
  const window = `${headline.windowStart.slice(0, 16).replace('T', ' ')}–${headline.windowEnd.slice(11, 16)} UTC`;
  const sentence = describeDimension(headlineGroup);
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(`${severity === 'critical' ? '🚨' : '⚠️'} Feedback anomaly (${severity}) · ${window}`, SLACK_LIMITS.headerText) } },
    section(`${sentence}.`),
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Now*\n${headline.rule.kind === 'volume' ? `${headline.current.count} items` : `${pct(headline.current.share)} (${headline.current.hits} of ${headline.current.count})`}` },
        { type: 'mrkdwn', text: `*Baseline (${headline.baseline.hours / 24} days${headline.baseline.dimension === headline.dimension ? '' : ', all feedback'})*\n${headline.rule.kind === 'volume' ? `${(headline.expected ?? 0).toFixed(1)} expected` : `${pct(headline.baseline.share)} (${headline.baseline.hits} of ${headline.baseline.count})`}` },
        { type: 'mrkdwn', text: `*Volume in window*\n${headline.current.count} items` },
        { type: 'mrkdwn', text: `*Significance*\nz = ${headline.z.toFixed(1)}` },
      ],
    },
  ];
  if (otherGroups.length > 0) {
    const lines = otherGroups.map((group) => `• ${describeDimension(group)}`);
    blocks.push(section(`*Also elevated in this window*\n${lines.join('\n')}`));
  }
  if (context.topTopics.length > 0) {
    blocks.push(section(`*Top topics in the window*: ${context.topTopics.map((t) => `${escapeMrkdwn(t.topic)} (${t.count})`).join(', ')}`));
  }
  if (context.examples.length > 0) {
    blocks.push({ type: 'divider' });
    for (const quote of context.examples.slice(0, 3)) {
      blocks.push(section(`> ${escapeMrkdwn(clip(quote.text.replace(/\s+/g, ' '), 280))}\n_${escapeMrkdwn(quote.source)} · ${quote.createdAt.slice(0, 16).replace('T', ' ')}_`));
    }
  }
  blocks.push(section(`*Dig in with Athena*\n\`\`\`${clip(context.athenaQuery, SLACK_LIMITS.sectionText - 40)}\`\`\``));
  return { text: clip(`${severity.toUpperCase()}: ${sentence.replace(/\*/g, '')}`, 3_000), blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

/** The Athena query that lists the feedback behind a finding (also runs as-is on the local DuckDB). */
export function athenaQueryFor(finding: Finding, database: string): string {
  const [kind, ...rest] = finding.dimension.split('#');
  const value = rest.join('#').replace(/'/g, "''");
  const filter = kind === 'topic' ? `AND contains(topics, '${value}')` : kind === 'all' ? '' : `AND ${kind} = '${value}'`;
  const day = finding.windowStart.slice(0, 10);
  const endDay = new Date(Date.parse(finding.windowEnd) - 1).toISOString().slice(0, 10);
  const days = day === endDay ? `dt = '${day}'` : `dt BETWEEN '${day}' AND '${endDay}'`;
  const timestamp = (iso: string) => `TIMESTAMP '${iso.slice(0, 19).replace('T', ' ')}'`;
  return [
    `SELECT created_at, source, channel, sentiment.label AS sentiment, topics, text`,
    `FROM ${database}.feedback`,
    `WHERE ${days}`,
    `  AND created_at >= ${timestamp(finding.windowStart)} AND created_at < ${timestamp(finding.windowEnd)}`,
    filter ? `  ${filter}` : '',
    `ORDER BY sentiment.negative DESC`,
    `LIMIT 100;`,
  ]
    .filter(Boolean)
    .join('\n');
}
