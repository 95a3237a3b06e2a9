import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoStateStore } from '../../lambdas/adapters/aws/dynamo-state-store.ts';
import { type LocalAws, startLocalAws } from '../helpers/local-aws.ts';

let aws: LocalAws;
let state: DynamoStateStore;

beforeAll(async () => {
  aws = await startLocalAws();
  state = new DynamoStateStore(aws.db, aws.stateTable);
});
afterAll(async () => aws.close());

describe('DynamoStateStore claims', () => {
  it('marks an id new for its first object, owned for the same object, duplicate for another', async () => {
    const first = await state.claimItems(['a', 'b'], 'raw/one', 2_000_000_000);
    const again = await state.claimItems(['a'], 'raw/one', 2_000_000_000);
    const other = await state.claimItems(['a', 'c'], 'raw/two', 2_000_000_000);

    expect(Object.fromEntries(first)).toEqual({ a: 'new', b: 'new' });
    expect(again.get('a')).toBe('owned');
    expect(Object.fromEntries(other)).toEqual({ a: 'duplicate', c: 'new' });
  });
});

describe('DynamoStateStore cooldowns', () => {
  const at = (hour: number) => `2026-11-20T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const request = (hour: number, severity: number) => ({ key: 'negativeShare#topic#levering', windowEnd: at(hour), severity, until: at(hour + 6) });

  it('allows the first alert and blocks a repeat of the same window once delivered', async () => {
    expect(await state.tryStartCooldown(request(10, 1))).toBe(true);
    await state.markDelivered('negativeShare#topic#levering', at(10));

    expect(await state.tryStartCooldown(request(10, 1))).toBe(false);
  });

  it('blocks a later window of equal or lower severity inside the cooldown', async () => {
    expect(await state.tryStartCooldown(request(11, 1))).toBe(false);
  });

  it('lets a materially worse window through inside the cooldown', async () => {
    expect(await state.tryStartCooldown(request(12, 2))).toBe(true);
    await state.markDelivered('negativeShare#topic#levering', at(12));
    expect(await state.tryStartCooldown(request(13, 2))).toBe(false);
  });

  it('allows alerts again once the cooldown has passed', async () => {
    expect(await state.tryStartCooldown(request(18, 1))).toBe(true);
  });

  it('lets a retry of an undelivered window through, so a failed send is not lost', async () => {
    const key = { key: 'volume#all#all', windowEnd: at(9), severity: 1, until: at(15) };
    expect(await state.tryStartCooldown(key)).toBe(true);
    // Slack failed: not marked delivered. The retried invocation must be allowed to send.
    expect(await state.tryStartCooldown(key)).toBe(true);
  });
});

describe('DynamoStateStore markers and cursors', () => {
  it('remembers markers per scope and cursors per source', async () => {
    await state.putMarker('files:x', 'abc');
    await state.putCursor('mastodon:#stroomwijs', '113000');

    expect(await state.hasMarker('files:x', 'abc')).toBe(true);
    expect(await state.hasMarker('files:y', 'abc')).toBe(false);
    expect(await state.getCursor('mastodon:#stroomwijs')).toBe('113000');
    expect(await state.getCursor('mastodon:#other')).toBeUndefined();
  });
});
