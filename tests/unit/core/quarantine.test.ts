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

  it('differs per position in the origin for records without a source id', () => {
    expect(quarantineKey(record())).not.toBe(quarantineKey(record({ origin: { object: 'appstore/page1.json', record: 4 } })));
  });

  it('is the same for a record with a source id wherever it was read from', () => {
    const fromApi = record({ sourceId: '123', origin: { object: 'http://127.0.0.1:4000/reviews?page=1', record: 0 } });
    const fromOtherHost = record({ sourceId: '123', origin: { object: 'http://127.0.0.1:5000/reviews?page=2', record: 7 } });

    expect(quarantineKey(fromApi)).toBe(quarantineKey(fromOtherHost));
    expect(quarantineKey(fromApi)).not.toBe(quarantineKey(record({ sourceId: '124' })));
  });

  it('keeps two different versions of a record with the same source id apart', () => {
    expect(quarantineKey(record({ sourceId: '123', raw: { rating: 7 } }))).not.toBe(quarantineKey(record({ sourceId: '123', raw: { rating: 9 } })));
  });

  it('makes unsafe source names safe for a key', () => {
    expect(quarantineKey(record({ source: 'Weird/Source' }))).toContain('/weird-source/');
  });
});
