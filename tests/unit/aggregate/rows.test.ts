import { describe, expect, it } from 'vitest';
import { itemCounters, itemDimensionKeys, sumRows } from '../../../lambdas/core/aggregate/rows.ts';
import { enrichedItem } from '../../helpers/items.ts';

describe('itemCounters', () => {
  it('counts the label, signals and emotions that reach the presence level', () => {
    const counters = itemCounters(enrichedItem({ rating: 2 }));

    expect(counters).toMatchObject({ count: 1, negative: 1, positive: 0, effort: 1, churnRisk: 0, emotion_frustration: 1, emotion_disappointment: 0, frustratedOrAngry: 1, ratingCount: 1, ratingSum: 2 });
    expect(counters.sumNegative).toBeCloseTo(0.85);
  });

  it('leaves rating counters out when the source has no rating', () => {
    expect(itemCounters(enrichedItem())).not.toHaveProperty('ratingCount');
  });
});

describe('itemDimensionKeys', () => {
  it('lists every dimension once, topics de-duplicated', () => {
    const keys = itemDimensionKeys(enrichedItem({ product: 'app', topics: ['levering', 'levering', 'meter'] }));

    expect(keys).toEqual(['all#all', 'channel#review', 'source#appstore', 'language#nl', 'product#app', 'topic#levering', 'topic#meter']);
  });
});

describe('sumRows', () => {
  it('sums items per dimension and per hour and day, leaving zero counters out', () => {
    const rows = sumRows([
      enrichedItem({ sourceId: 'a' }),
      enrichedItem({ sourceId: 'b', createdAt: '2026-11-20T15:30:00.000Z', sentiment: { label: 'POSITIVE', scores: { positive: 0.9, negative: 0.05, neutral: 0.05, mixed: 0 } } }),
    ]);
    const get = (pk: string, sk: string) => rows.find((r) => r.key.pk === pk && r.key.sk === sk)?.counters;

    expect(get('all#all', 'DAY#2026-11-20')).toMatchObject({ count: 2, negative: 1, positive: 1 });
    expect(get('all#all', 'HOUR#2026-11-20T14')).toMatchObject({ count: 1, negative: 1 });
    expect(get('all#all', 'HOUR#2026-11-20T14')).not.toHaveProperty('positive');
    expect(get('topic#levering', 'HOUR#2026-11-20T15')).toMatchObject({ count: 1, positive: 1 });
    // 5 dimensions (all, channel, source, language, topic) × (2 hours + 1 day)
    expect(rows).toHaveLength(15);
  });
});
