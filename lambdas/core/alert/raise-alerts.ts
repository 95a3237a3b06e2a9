import { decodeCuratedFeedback } from '../curated-format.ts';
import type { AggregateStore, FeedbackStore, Log, Notifier, StateStore } from '../ports.ts';
import { EnrichedItemSchema } from '../schema/feedback.ts';
import { PREFIX } from '../storage-contract.ts';
import { type AlertSettings, evaluateWindow, type Finding } from './rules.ts';
import { athenaQueryFor, buildAlertMessage, type ExampleQuote } from './slack-message.ts';

/** The ports alerting needs. */
export interface NotifyDeps {
  aggregates: AggregateStore;
  state: StateStore;
  store: FeedbackStore;
  notifier: Notifier;
  log: Log;
}

/** Alert settings plus cooldown and where analysts query. */
export interface RaiseAlertSettings extends AlertSettings {
  cooldownHours: number;
  athenaDatabase: string;
}

/** What one evaluation did. */
export interface RaiseAlertsResult {
  windowEnd: string;
  findings: Finding[];
  /** Findings that were sent (not in cooldown). */
  sent: Finding[];
  suppressedByCooldown: number;
}

function matches(dimension: string, item: { channel: string; source: string; language: string; product?: string; topics: string[] }): boolean {
  const [kind, ...rest] = dimension.split('#');
  const value = rest.join('#');
  switch (kind) {
    case 'all':
      return true;
    case 'topic':
      return item.topics.includes(value);
    case 'channel':
      return item.channel === value;
    case 'source':
      return item.source === value;
    case 'language':
      return item.language === value;
    case 'product':
      return item.product === value;
    default:
      return false;
  }
}

/** The most negative redacted quotes of a finding's dimension and window, from curated/. */
export async function findExamples(store: FeedbackStore, finding: Finding, limit: number): Promise<ExampleQuote[]> {
  const days = new Set([finding.windowStart.slice(0, 10), new Date(Date.parse(finding.windowEnd) - 1).toISOString().slice(0, 10)]);
  const candidates: { quote: ExampleQuote; negative: number }[] = [];
  for (const day of days) {
    for await (const key of store.listKeys(`${PREFIX.curatedFeedback}dt=${day}/`)) {
      for (const decoded of await decodeCuratedFeedback(await store.getObject(key), key, (v) => EnrichedItemSchema.safeParse(v))) {
        if (!decoded.ok) continue;
        const item = decoded.item;
        if (item.createdAt < finding.windowStart || item.createdAt >= finding.windowEnd || !matches(finding.dimension, item)) continue;
        candidates.push({ quote: { text: item.text, source: item.source, createdAt: item.createdAt }, negative: item.sentiment.scores.negative });
      }
    }
  }
  return candidates
    .sort((a, b) => b.negative - a.negative || a.quote.createdAt.localeCompare(b.quote.createdAt))
    .slice(0, limit)
    .map((c) => c.quote);
}

/**
 * Evaluates the window ending at `windowEnd`, drops findings still in cooldown and sends one
 * Slack message for the rest (headline = strongest, most specific finding). The cooldown is
 * marked delivered only after Slack accepted the message, so a failed send is retried.
 */
export async function raiseAlerts(windowEnd: Date, deps: NotifyDeps, settings: RaiseAlertSettings): Promise<RaiseAlertsResult> {
  const findings = await evaluateWindow(windowEnd, deps.aggregates, settings);
  const sent: Finding[] = [];
  for (const finding of findings) {
    const until = new Date(Date.parse(finding.windowEnd) + settings.cooldownHours * 3_600_000).toISOString();
    const key = `${finding.rule.id}#${finding.dimension}`;
    if (await deps.state.tryStartCooldown({ key, windowEnd: finding.windowEnd, severity: finding.severity, until })) sent.push(finding);
  }
  const result: RaiseAlertsResult = { windowEnd: windowEnd.toISOString(), findings, sent, suppressedByCooldown: findings.length - sent.length };
  const headline = sent[0];
  if (!headline) {
    if (findings.length > 0) deps.log.info('anomalies still in cooldown', { findings: findings.length });
    return result;
  }
  const topicCounts = new Map<string, number>();
  for (let hour = Date.parse(headline.windowStart); hour < Date.parse(headline.windowEnd); hour += 3_600_000) {
    for (const row of await deps.aggregates.rowsForPeriod(`HOUR#${new Date(hour).toISOString().slice(0, 13)}`)) {
      if (row.pk.startsWith('topic#')) topicCounts.set(row.pk.slice(6), (topicCounts.get(row.pk.slice(6)) ?? 0) + (row.counters.count ?? 0));
    }
  }
  const topTopics = [...topicCounts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([topic, count]) => ({ topic, count }));
  const message = buildAlertMessage({
    findings: sent,
    topTopics,
    examples: await findExamples(deps.store, headline, 3),
    athenaQuery: athenaQueryFor(headline, settings.athenaDatabase),
  });
  await deps.notifier.send(message, [headline.dimension, `rule:${headline.rule.id}`]);
  for (const finding of sent) await deps.state.markDelivered(`${finding.rule.id}#${finding.dimension}`, finding.windowEnd);
  deps.log.info('anomaly alert sent', { headline: `${headline.rule.id}#${headline.dimension}`, findings: sent.length, windowEnd: headline.windowEnd });
  return result;
}
