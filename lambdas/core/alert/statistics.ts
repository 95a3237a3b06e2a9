/**
 * The statistics behind anomaly alerts: a one-sided two-proportion z-test for shares, and a
 * variance-stabilised Poisson test for volume. Pure functions, unit-tested on synthetic series.
 */

/**
 * z-score of the current share x1/n1 against the baseline share x0/n0 (pooled standard error).
 * Positive when the current share is higher. 0 when either sample is empty.
 */
export function twoProportionZ(x1: number, n1: number, x0: number, n0: number): number {
  if (n1 <= 0 || n0 <= 0) return 0;
  const p1 = x1 / n1;
  const p0 = x0 / n0;
  const pooled = (x1 + x0) / (n1 + n0);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n0);
  if (variance <= 0) return 0;
  return (p1 - p0) / Math.sqrt(variance);
}

/**
 * z-score of an observed count against the count expected from the baseline rate, using the
 * Anscombe/Freeman-Tukey square-root transform (2·(√x − √λ) is close to standard normal for a
 * Poisson count, even for small λ, unlike (x − λ)/√λ).
 */
export function poissonZ(observed: number, expected: number): number {
  if (observed < 0 || expected < 0) return 0;
  return 2 * (Math.sqrt(observed) - Math.sqrt(Math.max(expected, 0.25)));
}

/** Severity rank from how far past the threshold a z-score is: 1 warning, 2 high, 3 critical. */
export function severityOf(z: number, threshold: number): 0 | 1 | 2 | 3 {
  if (z < threshold) return 0;
  if (z < threshold * 1.75) return 1;
  if (z < threshold * 2.5) return 2;
  return 3;
}

/** Display names of severity ranks. */
export const SEVERITY_NAMES = ['none', 'warning', 'high', 'critical'] as const;
