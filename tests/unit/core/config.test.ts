import { describe, expect, it } from 'vitest';
import { AggregateEnvSchema, NotifyEnvSchema, parseEnv } from '../../../lambdas/core/config.ts';
import { ConfigError } from '../../../lambdas/core/errors.ts';

const BASE = { DATA_BUCKET: 'bucket', STATE_TABLE: 'state', AGGREGATES_TABLE: 'aggregates' };

describe('parseEnv', () => {
  it('applies documented defaults', () => {
    const config = parseEnv(NotifyEnvSchema, BASE);

    expect(config).toMatchObject({ ALERT_WINDOW_HOURS: 1, BASELINE_DAYS: 7, ALERT_MIN_VOLUME: 10, ALERT_Z_THRESHOLD: 3, ALERT_COOLDOWN_HOURS: 6 });
  });

  it('coerces numbers from strings', () => {
    expect(parseEnv(AggregateEnvSchema, { ...BASE, HOUR_RETENTION_DAYS: '60' }).HOUR_RETENTION_DAYS).toBe(60);
  });

  it('fails naming the variable when a value is invalid', () => {
    expect(() => parseEnv(NotifyEnvSchema, { ...BASE, ALERT_MIN_VOLUME: '0' })).toThrow(ConfigError);
    expect(() => parseEnv(NotifyEnvSchema, { ...BASE, ALERT_MIN_VOLUME: '0' })).toThrow(/ALERT_MIN_VOLUME/);
  });

  it('fails naming every missing variable', () => {
    expect(() => parseEnv(AggregateEnvSchema, {})).toThrow(/DATA_BUCKET.*STATE_TABLE.*AGGREGATES_TABLE/);
  });
});
