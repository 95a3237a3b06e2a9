import { describe, expect, it } from 'vitest';
import { addDays, buildDigest, type DayRows, dayRange, sparkline } from '../../../lambdas/core/trends/daily.ts';
import { buildDigestMessage, pointChange, volumeChange } from '../../../lambdas/core/trends/digest-message.ts';

function rows(entries: Record<string, Record<string, number>>): DayRows {
  return new Map(Object.entries(entries));
}

describe('day arithmetic', () => {
  it('moves across month ends and lists ranges oldest first', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(dayRange('2026-12-02', 3)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });
});

describe('sparkline', () => {
  it('scales to the series maximum and marks zeros', () => {
    expect(sparkline([0, 1, 2, 4, 8])).toBe('·▁▂▄█');
    expect(sparkline([0, 0])).toBe('··');
  });
});

describe('buildDigest', () => {
  const byDay = new Map<string, DayRows>();
  for (const day of dayRange('2026-11-19', 7)) {
    byDay.set(day, rows({ 'all#all': { count: 10, negative: 3, positive: 5, neutral: 2 }, 'topic#factuur': { count: 2, negative: 1 }, 'channel#review': { count: 10 } }));
  }
  byDay.set(
    '2026-11-20',
    rows({
      'all#all': { count: 40, negative: 24, positive: 10, neutral: 4, mixed: 2, churnRisk: 3, botLoop: 1, emotion_frustration: 20, emotion_joy: 5, emotion_anger: 7 },
      'topic#levering': { count: 25, negative: 22 },
      'topic#factuur': { count: 2, negative: 1 },
      'channel#review': { count: 15 },
      'channel#social': { count: 25 },
    }),
  );

  const digest = buildDigest('2026-11-20', byDay);

  it('reports volume and sentiment against the previous day and the same day last week', () => {
    expect(digest.volume).toBe(40);
    expect(digest.sentiment.negative).toBeCloseTo(0.6);
    expect(digest.previousDay.count).toBe(10);
    expect(digest.sameDayLastWeek.count).toBe(10);
  });

  it('lists topics rising against their 7-day average, not steady ones', () => {
    expect(digest.risingTopics.map((t) => t.topic)).toEqual(['levering']);
    expect(digest.risingTopics[0]?.negativeShare).toBeCloseTo(0.88);
  });

  it('ranks the dominant emotions and counts churn risk and bot loops', () => {
    expect(digest.dominantEmotions).toEqual([
      { name: 'frustration', count: 20 },
      { name: 'anger', count: 7 },
      { name: 'joy', count: 5 },
    ]);
    expect([digest.churnRisk, digest.botLoop]).toEqual([3, 1]);
  });

  it('gives each channel its last 7 days', () => {
    expect(digest.channels).toEqual([
      { channel: 'review', counts: [10, 10, 10, 10, 10, 10, 15] },
      { channel: 'social', counts: [0, 0, 0, 0, 0, 0, 25] },
    ]);
  });

  it('renders a Slack message with the changes and sparklines', () => {
    const message = buildDigestMessage(digest);
    const text = JSON.stringify(message.blocks);

    expect(message.text).toBe('Daily feedback digest 2026-11-20: 40 items, 60% negative');
    expect(text).toContain('+300% vs previous day');
    expect(text).toContain('+30 pts vs previous day');
    expect(text).toContain('*levering*: 25 (7-day avg 0.0), 88% negative');
    expect(text).toContain('······█');
  });
});

describe('changes', () => {
  it('says n/a when there is nothing to compare with', () => {
    expect(volumeChange(5, 0)).toBe('n/a');
    expect(pointChange(0.5, 0, 0)).toBe('n/a');
    expect(pointChange(0.2, 0.25, 10)).toBe('−5 pts');
  });
});
