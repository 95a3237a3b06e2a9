import { describe, expect, it } from 'vitest';
import { collectIncremental, type IncrementalRun } from '../../../../lambdas/core/collect/collect-incremental.ts';
import type { NormaliseResult } from '../../../../lambdas/core/collect/source-format.ts';
import { type FetchRequest, type SourceClient, type SourcePage, SourcePayloadError, type SourceQuery, SourceRequestError } from '../../../../lambdas/core/collect/source-client.ts';
import { feedbackId } from '../../../../lambdas/core/collect/ids.ts';
import { memoryLog } from '../../../helpers/fakes.ts';
import { MemoryState, MemoryStore } from './memory-ports.ts';

const run: IncrementalRun = { runAt: '2026-11-21T06:00:00.000Z', runId: 'evt-1', authorSalt: 'salt', lookbackDays: 7, maxItemsPerObject: 1000 };

/** A record of the fake source: `{ id, text }`; an empty text is quarantined. */
function normalise(record: unknown): NormaliseResult {
  const { id, text } = record as { id: string; text: string };
  if (text === '') return { ok: false, reason: `note ${id}: text is empty`, sourceId: id, raw: record };
  return { ok: true, item: { id: feedbackId('fake', id), source: 'fake', channel: 'review', sourceId: id, text, createdAt: '2026-11-20T10:00:00.000Z', collectedAt: run.runAt } };
}

/** A source that yields scripted pages (or throws), recording the request it was given. */
function client(pages: (SourcePage | Error)[]): SourceClient & { seen: FetchRequest[] } {
  const seen: FetchRequest[] = [];
  return {
    seen,
    async *pages(request) {
      seen.push(request);
      for (const page of pages) {
        if (page instanceof Error) throw page;
        yield page;
      }
    },
  };
}

const query = (name: string, source: SourceClient): SourceQuery => ({ source: 'fake', channel: 'review', query: name, client: source, normalise, pageSize: 10, maxPages: 5 });
const page = (cursor: string | undefined, ...texts: [string, string][]): SourcePage => ({ records: texts.map(([id, text]) => ({ id, text })), origin: `https://fake.test/${cursor}`, ...(cursor ? { cursor } : {}) });

function setup(queries: SourceQuery[]) {
  const store = new MemoryStore();
  const state = new MemoryState();
  const metrics: [string, number][] = [];
  const deps = { queries, store, state, log: memoryLog(), metrics: { count: (name: string, value: number) => void metrics.push([name, value]) } };
  return { deps, store, state, metrics };
}

describe('collectIncremental', () => {
  it('asks for the look-back on a first run and for the stored cursor afterwards', async () => {
    const source = client([page('c1', ['1', 'a'])]);
    const { deps, state } = setup([query('q', source)]);
    await collectIncremental(deps, run);
    await collectIncremental(deps, { ...run, runAt: '2026-11-21T07:00:00.000Z' });

    expect(source.seen.map((r) => [r.cursor, r.since])).toEqual([
      [undefined, '2026-11-14T06:00:00.000Z'],
      ['c1', '2026-11-14T07:00:00.000Z'],
    ]);
    expect(state.cursors.get('fake:q')).toBe('c1');
  });

  it('writes items and quarantines rejected records with the page as origin', async () => {
    const { deps, store } = setup([query('q', client([page('c1', ['1', 'a'], ['2', ''])]))]);
    const result = await collectIncremental(deps, run);

    expect(store.rawItems().map((item) => item.sourceId)).toEqual(['1']);
    expect(store.quarantined()).toMatchObject([{ reason: 'note 2: text is empty', origin: { object: 'https://fake.test/c1' } }]);
    expect(result).toMatchObject({ records: 2, items: 1, quarantined: 1, failed: 0 });
  });

  it('drops an item seen twice in one run (pages shifting under the collector)', async () => {
    const { deps, store } = setup([query('q', client([page(undefined, ['1', 'a']), page('c2', ['1', 'a'], ['2', 'b'])]))]);
    const result = await collectIncremental(deps, run);

    expect(store.rawItems().map((item) => item.sourceId)).toEqual(['1', '2']);
    expect(result.queries[0]?.duplicates).toBe(1);
  });

  it('keeps the cursor of the last safe page when a later page fails, and reports the failure', async () => {
    const { deps, store, state, metrics } = setup([query('q', client([page('c1', ['1', 'a']), new SourceRequestError('timeout', { url: 'https://fake.test' })]))]);
    const result = await collectIncremental(deps, run);

    expect(state.cursors.get('fake:q')).toBe('c1');
    expect(store.rawItems()).toHaveLength(1);
    expect(result.queries[0]).toMatchObject({ status: 'failed', error: 'timeout' });
    expect(metrics).toEqual([['SourceFailed', 1]]);
  });

  it('stores no cursor when the raw objects could not be written', async () => {
    const { deps, store, state } = setup([query('q', client([page('c1', ['1', 'a'])]))]);
    store.failPutsUnder = 'raw/';
    const result = await collectIncremental(deps, run);

    expect(state.cursors.size).toBe(0);
    expect(result.queries[0]?.status).toBe('failed');
  });

  it('goes on with the next query when one fails', async () => {
    const { deps, store } = setup([query('broken', client([new Error('boom')])), query('fine', client([page('c9', ['9', 'z'])]))]);
    const result = await collectIncremental(deps, run);

    expect(result.queries.map((q) => [q.scope, q.status])).toEqual([
      ['fake:broken', 'failed'],
      ['fake:fine', 'ok'],
    ]);
    expect(store.rawItems().map((item) => item.sourceId)).toEqual(['9']);
  });

  it('quarantines a malformed payload with its body', async () => {
    const { deps, store } = setup([query('q', client([new SourcePayloadError('the body is not JSON', { url: 'https://fake.test/p1', raw: '<html>' })]))]);
    await collectIncremental(deps, run);

    expect(store.quarantined()).toMatchObject([{ reason: 'fake answered https://fake.test/p1 with a payload that is not in its documented format: the body is not JSON', origin: { object: 'https://fake.test/p1' }, raw: '<html>' }]);
  });

  it('writes one raw object per query, so every query can store its cursor on its own', async () => {
    const { deps } = setup([query('a', client([page('c1', ['1', 'a'])])), query('b', client([page('c2', ['2', 'b'])]))]);
    const result = await collectIncremental(deps, run);

    expect(result.rawObjects).toEqual([
      expect.stringMatching(/^raw\/channel=review\/source=fake\/dt=2026-11-21\/20261121T060000-[0-9a-f]{12}-0000\.jsonl\.gz$/),
      expect.stringMatching(/^raw\/channel=review\/source=fake\/dt=2026-11-21\/20261121T060000-[0-9a-f]{12}-0001\.jsonl\.gz$/),
    ]);
  });
});
