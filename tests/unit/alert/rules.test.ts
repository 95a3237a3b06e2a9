import { describe, expect, it } from 'vitest';
import { evaluateWindow } from '../../../lambdas/core/alert/rules.ts';
import { MemoryAggregateStore } from '../../helpers/fakes.ts';

const SETTINGS = { windowHours: 1, baselineDays: 7, minVolume: 10, zThreshold: 3, minLift: 0.1 };
const WINDOW_END = new Date('2026-11-20T15:00:00Z');

/** A seeded linear congruential generator, so the synthetic series are reproducible. */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Binomial draw by summing Bernoulli trials. */
function binomial(random: () => number, n: number, p: number): number {
  let hits = 0;
  for (let i = 0; i < n; i += 1) if (random() < p) hits += 1;
  return hits;
}

/** Fills a dimension with 7 days of hourly rows (about `perHour` items, negative share `p`). */
async function seedBaseline(store: MemoryAggregateStore, random: () => number, pk: string, perHour: number, p: number) {
  const start = WINDOW_END.getTime() - 3_600_000 - 7 * 24 * 3_600_000;
  for (let hour = 0; hour < 7 * 24; hour += 1) {
    const count = Math.max(0, Math.round(perHour + (random() - 0.5) * perHour));
    if (count === 0) continue;
    const sk = `HOUR#${new Date(start + hour * 3_600_000).toISOString().slice(0, 13)}`;
    await store.addOnce({ pk, sk }, { count, negative: binomial(random, count, p) }, `seed-${hour}`);
  }
}

async function seedWindow(store: MemoryAggregateStore, pk: string, counters: Record<string, number>) {
  await store.addOnce({ pk, sk: 'HOUR#2026-11-20T14' }, counters, 'window');
}

describe('evaluateWindow', () => {
  it('fires the negative-share rule on a real spike in the window', async () => {
    const store = new MemoryAggregateStore();
    await seedBaseline(store, rng(1), 'topic#levering', 4, 0.3);
    await seedWindow(store, 'topic#levering', { count: 30, negative: 26 });

    const findings = await evaluateWindow(WINDOW_END, store, SETTINGS);

    const negative = findings.find((f) => f.rule.id === 'negativeShare');
    expect(negative?.dimension).toBe('topic#levering');
    expect(negative?.current).toEqual({ count: 30, hits: 26, share: 26 / 30 });
    expect(negative?.baseline.share).toBeGreaterThan(0.2);
    expect(negative?.baseline.share).toBeLessThan(0.4);
    expect(negative?.z).toBeGreaterThan(5);
    expect(negative?.windowStart).toBe('2026-11-20T14:00:00.000Z');
  });

  it('stays quiet on ordinary noise around the baseline share', async () => {
    let falseAlarms = 0;
    for (let seed = 1; seed <= 60; seed += 1) {
      const random = rng(seed);
      const store = new MemoryAggregateStore();
      await seedBaseline(store, random, 'all#all', 12, 0.3);
      // The window is drawn from the same process as the baseline: nothing changed.
      await seedWindow(store, 'all#all', { count: 12, negative: binomial(random, 12, 0.3) });
      const findings = await evaluateWindow(WINDOW_END, store, SETTINGS);
      if (findings.some((f) => f.rule.id === 'negativeShare')) falseAlarms += 1;
    }
    expect(falseAlarms).toBeLessThanOrEqual(1);
  });

  it('stays quiet when the window has less than the minimum volume, however negative', async () => {
    const store = new MemoryAggregateStore();
    await seedBaseline(store, rng(7), 'all#all', 4, 0.3);
    await seedWindow(store, 'all#all', { count: 9, negative: 9 });

    expect(await evaluateWindow(WINDOW_END, store, SETTINGS)).toEqual([]);
  });

  it('does not fire a share rule when the rise is significant but smaller than the minimum lift', async () => {
    const store = new MemoryAggregateStore();
    await seedBaseline(store, rng(3), 'all#all', 400, 0.3);
    await seedWindow(store, 'all#all', { count: 4000, negative: 1500 });

    const findings = await evaluateWindow(WINDOW_END, store, { ...SETTINGS, minLift: 0.1 });

    expect(findings.find((f) => f.rule.id === 'negativeShare')).toBeUndefined();
    expect(findings.find((f) => f.rule.id === 'volume')?.severity).toBe(3);
  });

  it('fires the volume rule when a dimension gets far more items than its hourly rate', async () => {
    const store = new MemoryAggregateStore();
    await seedBaseline(store, rng(5), 'source#appstore', 1, 0.3);
    await seedWindow(store, 'source#appstore', { count: 25, negative: 8 });

    const volume = (await evaluateWindow(WINDOW_END, store, SETTINGS)).find((f) => f.rule.id === 'volume');

    expect(volume?.expected).toBeGreaterThan(0.5);
    expect(volume?.expected).toBeLessThan(1.5);
    expect(volume?.severity).toBeGreaterThanOrEqual(2);
  });

  it('skips share rules when neither the dimension nor all feedback has a baseline', async () => {
    const store = new MemoryAggregateStore();
    await seedWindow(store, 'topic#nieuw', { count: 20, negative: 20 });

    const findings = await evaluateWindow(WINDOW_END, store, SETTINGS);

    expect(findings.map((f) => f.rule.id)).toEqual(['volume']);
  });

  it('compares a new topic with all feedback when its own history is too thin', async () => {
    const store = new MemoryAggregateStore();
    await seedBaseline(store, rng(9), 'all#all', 4, 0.25);
    await seedWindow(store, 'topic#nieuw', { count: 20, negative: 18 });

    const negative = (await evaluateWindow(WINDOW_END, store, SETTINGS)).find((f) => f.rule.id === 'negativeShare');

    expect(negative?.dimension).toBe('topic#nieuw');
    expect(negative?.baseline.dimension).toBe('all#all');
    expect(negative?.baseline.count).toBeGreaterThan(300);
  });

  it('puts the most severe and most specific finding first', async () => {
    const store = new MemoryAggregateStore();
    for (const pk of ['all#all', 'topic#levering']) await seedBaseline(store, rng(11), pk, 4, 0.3);
    await seedWindow(store, 'all#all', { count: 30, negative: 26 });
    await seedWindow(store, 'topic#levering', { count: 30, negative: 26 });

    const findings = await evaluateWindow(WINDOW_END, store, { ...SETTINGS, rules: [{ id: 'negativeShare', label: 'negative share', kind: 'share', counter: 'negative' }] });

    expect(findings.map((f) => f.dimension)).toEqual(['topic#levering', 'all#all']);
  });
});
