import { describe, expect, it } from 'vitest';
import { type QuarantineRecord, quarantineKey } from '../../../lambdas/core/quarantine.ts';

const record = (overrides: Partial<QuarantineRecord> = {}): QuarantineRecord => ({
  reason: 'review 1: rating 7 is outside 1..5',
  stage: 'collect',
  source: 'appstore',
  origin: { object: 'appstore/page1.json', record: 3 },
  raw: {},
  quarantinedAt: '2026-11-21T08:00:00.000Z',
  ...overrides,
});

describe('quarantineKey', () => {
  it('lays records out by day and source', () => {
    expect(quarantineKey(record())).toMatch(/^quarantine\/dt=2026-11-21\/appstore\/[0-9a-f]{32}\.json$/);
  });

  it('is the same for the same record, so a retry overwrites instead of duplicating', () => {
    expect(quarantineKey(record())).toBe(quarantineKey(record({ reason: 'other wording' })));
  });

  it('differs per position in the origin', () => {
    expect(quarantineKey(record())).not.toBe(quarantineKey(record({ origin: { object: 'appstore/page1.json', record: 4 } })));
  });

  it('makes unsafe source names safe for a key', () => {
    expect(quarantineKey(record({ source: 'Weird/Source' }))).toContain('/weird-source/');
  });
});
