import { describe, expect, it } from 'vitest';
import { poissonZ, severityOf, twoProportionZ } from '../../../lambdas/core/alert/statistics.ts';

describe('twoProportionZ', () => {
  it('matches the pooled two-proportion z-test computed by hand', () => {
    // p1 = 0.9 (18/20), p0 = 0.3 (30/100), pooled 0.4 → se = sqrt(0.24 · 0.06) = 0.12 → z = 5
    expect(twoProportionZ(18, 20, 30, 100)).toBeCloseTo(5, 6);
  });

  it('is zero when the shares are equal', () => {
    expect(twoProportionZ(3, 10, 30, 100)).toBeCloseTo(0, 10);
  });

  it('is negative when the current share is lower than the baseline', () => {
    expect(twoProportionZ(1, 20, 50, 100)).toBeLessThan(0);
  });

  it('is zero when a sample is empty', () => {
    expect(twoProportionZ(0, 0, 30, 100)).toBe(0);
    expect(twoProportionZ(5, 10, 0, 0)).toBe(0);
  });
});

describe('poissonZ', () => {
  it('is zero when the count equals its expectation', () => {
    expect(poissonZ(16, 16)).toBe(0);
  });

  it('grows with the square-root distance of the counts', () => {
    expect(poissonZ(36, 16)).toBeCloseTo(4, 10);
    expect(poissonZ(4, 16)).toBeCloseTo(-4, 10);
  });

  it('treats a zero expectation as a quarter item, so one stray item is not an anomaly', () => {
    expect(poissonZ(1, 0)).toBeCloseTo(1, 10);
  });
});

describe('severityOf', () => {
  it('ranks z-scores by how far past the threshold they are', () => {
    expect(severityOf(2.9, 3)).toBe(0);
    expect(severityOf(3, 3)).toBe(1);
    expect(severityOf(6, 3)).toBe(2);
    expect(severityOf(9, 3)).toBe(3);
  });
});
