import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lambdas/core/alert/rules.ts';
import { athenaQueryFor, buildAlertMessage, clip, SLACK_LIMITS } from '../../../lambdas/core/alert/slack-message.ts';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: { id: 'negativeShare', label: 'negative share', kind: 'share', counter: 'negative' },
    dimension: 'topic#levering',
    windowStart: '2026-11-20T14:00:00.000Z',
    windowEnd: '2026-11-20T15:00:00.000Z',
    current: { count: 32, hits: 28, share: 28 / 32 },
    baseline: { count: 120, hits: 36, share: 0.3, hours: 168, dimension: 'topic#levering' },
    z: 6.2,
    severity: 2,
    ...overrides,
  };
}

function sectionTexts(blocks: Record<string, unknown>[]): string[] {
  const texts: string[] = [];
  for (const block of blocks) {
    const text = (block.text as { text?: string } | undefined)?.text;
    if (text) texts.push(text);
    for (const field of (block.fields as { text: string }[] | undefined) ?? []) texts.push(field.text);
  }
  return texts;
}

describe('buildAlertMessage', () => {
  it('says what happened with current and baseline numbers, volume, topics, quotes and a query', () => {
    const message = buildAlertMessage({
      findings: [finding()],
      topTopics: [{ topic: 'levering', count: 30 }, { topic: 'meter', count: 12 }],
      examples: [{ text: 'Mijn slimme meter is nog steeds niet geleverd!', source: 'appstore', createdAt: '2026-11-20T14:12:00Z' }],
      athenaQuery: 'SELECT 1',
    });
    const all = sectionTexts(message.blocks).join('\n');

    expect(message.text).toContain('Topic levering: negative share 88% (baseline 30%, z = 6.2)');
    expect(all).toContain('88% (28 of 32)');
    expect(all).toContain('30% (36 of 120)');
    expect(all).toContain('levering (30), meter (12)');
    expect(all).toContain('Mijn slimme meter is nog steeds niet geleverd!');
    expect(all).toContain('```SELECT 1```');
  });

  it('groups findings per dimension and says when the baseline is all feedback', () => {
    const message = buildAlertMessage({
      findings: [
        finding({ rule: { id: 'volume', label: 'volume', kind: 'volume' }, expected: 0.2, severity: 3, z: 10 }),
        finding({ baseline: { count: 300, hits: 66, share: 0.22, hours: 168, dimension: 'all#all' } }),
        finding({ dimension: 'language#nl', z: 4 }),
      ],
      topTopics: [],
      examples: [],
      athenaQuery: 'SELECT 1',
    });
    const all = sectionTexts(message.blocks).join('\n');

    expect(message.text).toContain('CRITICAL: Topic levering: negative share 88% (baseline 22% of all feedback, z = 6.2); 32 items in the window (expected 0.2)');
    expect(all).toContain('*Baseline (7 days, all feedback)*');
    expect(all).toContain('• Language *nl*: negative share 88%');
  });

  it('stays within Slack limits for huge inputs', () => {
    const long = 'ontzettend lang verhaal '.repeat(2_000);
    const findings = Array.from({ length: 400 }, (_, i) => finding({ dimension: `topic#${'x'.repeat(500)}${i}` }));
    const message = buildAlertMessage({
      findings,
      topTopics: Array.from({ length: 500 }, (_, i) => ({ topic: `${'onderwerp'.repeat(50)}${i}`, count: i })),
      examples: Array.from({ length: 50 }, () => ({ text: long, source: 'mastodon', createdAt: '2026-11-20T14:00:00Z' })),
      athenaQuery: long,
    });

    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const text of sectionTexts(message.blocks)) expect(Array.from(text).length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    const header = message.blocks[0] as { text: { text: string } };
    expect(Array.from(header.text.text).length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    expect(message.text.length).toBeLessThanOrEqual(3_000);
  });

  it('escapes Slack control characters in customer text', () => {
    const message = buildAlertMessage({
      findings: [finding()],
      topTopics: [],
      examples: [{ text: '<!channel> & <script>', source: 'mastodon', createdAt: '2026-11-20T14:00:00Z' }],
      athenaQuery: 'SELECT 1',
    });

    const all = sectionTexts(message.blocks).join('\n');
    expect(all).toContain('&lt;!channel&gt; &amp; &lt;script&gt;');
    expect(all).not.toContain('<!channel>');
  });

  it('refuses to build a message without findings', () => {
    expect(() => buildAlertMessage({ findings: [], topTopics: [], examples: [], athenaQuery: '' })).toThrow(/at least one finding/);
  });
});

describe('clip', () => {
  it('cuts on a character boundary and marks the cut', () => {
    expect(clip('😡😡😡😡', 3)).toBe('😡😡…');
    expect(clip('kort', 10)).toBe('kort');
  });
});

describe('athenaQueryFor', () => {
  it('filters a topic window by partition, time and topic', () => {
    const sql = athenaQueryFor(finding(), 'feedback_miner');

    expect(sql).toContain('FROM feedback_miner.feedback');
    expect(sql).toContain("WHERE dt = '2026-11-20'");
    expect(sql).toContain("created_at >= TIMESTAMP '2026-11-20 14:00:00' AND created_at < TIMESTAMP '2026-11-20 15:00:00'");
    expect(sql).toContain("contains(topics, 'levering')");
  });

  it('spans two partitions only when the window crosses midnight', () => {
    expect(athenaQueryFor(finding({ windowStart: '2026-11-20T23:00:00.000Z', windowEnd: '2026-11-21T00:00:00.000Z' }), 'db')).toContain("dt = '2026-11-20'");
    expect(athenaQueryFor(finding({ windowStart: '2026-11-20T23:00:00.000Z', windowEnd: '2026-11-21T01:00:00.000Z' }), 'db')).toContain("dt BETWEEN '2026-11-20' AND '2026-11-21'");
  });

  it('escapes quotes in dimension values', () => {
    expect(athenaQueryFor(finding({ dimension: "source#o'brien" }), 'db')).toContain("source = 'o''brien'");
  });
});
