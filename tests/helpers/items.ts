import { feedbackId } from '../../lambdas/core/collect/ids.ts';
import type { EnrichedItem } from '../../lambdas/core/schema/feedback.ts';

/** A valid EnrichedItem with sensible defaults, for tests. */
export function enrichedItem(overrides: Partial<EnrichedItem> & { sourceId?: string } = {}): EnrichedItem {
  const source = overrides.source ?? 'appstore';
  const sourceId = overrides.sourceId ?? 'r1';
  return {
    id: feedbackId(source, sourceId),
    source,
    channel: 'review',
    sourceId,
    text: 'De levering was te laat',
    createdAt: '2026-11-20T14:05:00.000Z',
    collectedAt: '2026-11-21T00:00:00.000Z',
    language: 'nl',
    sentiment: { label: 'NEGATIVE', scores: { positive: 0.05, negative: 0.85, neutral: 0.1, mixed: 0 } },
    emotions: [
      { name: 'frustration', score: 0.7 },
      { name: 'disappointment', score: 0.2 },
    ],
    keyPhrases: ['levering'],
    topics: ['levering'],
    signals: { churnRisk: false, effort: true, escalationRequested: false, botLoop: false },
    pii: { redacted: 0, types: [] },
    analyzer: { sentiment: 'local', version: 'test' },
    enrichedAt: '2026-11-21T00:00:00.000Z',
    ...overrides,
  };
}
