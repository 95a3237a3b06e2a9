import { describe, expect, it } from 'vitest';
import { collectExports, type ExportPrefix, type ExportRun } from '../../../../lambdas/core/collect/sources/collect-exports.ts';
import { mappedCsvFormat } from '../../../../lambdas/core/collect/sources/inbox.ts';
import { transcriptJsonlFormat } from '../../../../lambdas/core/collect/sources/transcript-jsonl.ts';
import { memoryLog } from '../../../helpers/fakes.ts';
import { MemoryState, MemoryStore } from './memory-ports.ts';

const run: ExportRun = { runAt: '2026-11-21T06:00:00.000Z', runId: 'evt-1', authorSalt: 'salt', maxItemsPerObject: 1000, maxObjectsPerRun: 100 };
const chat: ExportPrefix = { prefix: 'chat/web/', format: transcriptJsonlFormat('webchat'), holdOpenMinutes: 30, markByContent: false };
const survey: ExportPrefix = { prefix: 'inbox/survey/', format: mappedCsvFormat({ source: 'survey', channel: 'review', mapping: { text: 'Tekst', createdAt: 'Datum' } }), holdOpenMinutes: 0, markByContent: true };

const turn = (id: string, role: string, text: string, at: string) => JSON.stringify({ conversationId: id, role, text, at });
const lines = (...turns: string[]) => `${turns.join('\n')}\n`;

function setup(prefixes: ExportPrefix[] = [chat]) {
  const store = new MemoryStore();
  const state = new MemoryState();
  const metrics: [string, number][] = [];
  return { store, state, metrics, deps: { prefixes, store, state, log: memoryLog(), metrics: { count: (name: string, value: number) => void metrics.push([name, value]) } } };
}

describe('collectExports', () => {
  it('joins a conversation spread over two objects into one item', async () => {
    const { deps, store } = setup();
    await store.putObject('chat/web/a.jsonl', lines(turn('c1', 'customer', 'Mijn factuur', '2026-11-20T10:00:00Z')), '');
    await store.putObject('chat/web/b.jsonl', lines(turn('c1', 'bot', 'Welke factuur?', '2026-11-20T10:00:05Z'), turn('c1', 'customer', 'November', '2026-11-20T10:00:30Z')), '');
    await collectExports(deps, run);

    expect(store.rawItems().map((item) => [item.sourceId, item.text, item.conversation?.turns.length])).toEqual([['c1', 'Mijn factuur\nNovember', 3]]);
  });

  it('holds back a conversation active within holdOpenMinutes, with every object sharing a conversation with it', async () => {
    const { deps, store, state } = setup();
    await store.putObject('chat/web/a.jsonl', lines(turn('done', 'customer', 'klaar', '2026-11-20T10:00:00Z'), turn('live', 'customer', 'hoi', '2026-11-21T05:40:00Z')), '');
    await store.putObject('chat/web/b.jsonl', lines(turn('done', 'customer', 'nog iets', '2026-11-20T10:01:00Z')), '');
    const result = await collectExports(deps, run);

    expect(result.prefixes[0]).toMatchObject({ objects: 2, deferred: 2, heldOpen: 2, items: 0 });
    expect(state.markers.size).toBe(0);
  });

  it('collects a held-back conversation once it has been idle long enough', async () => {
    const { deps, store } = setup();
    await store.putObject('chat/web/a.jsonl', lines(turn('live', 'customer', 'hoi', '2026-11-21T05:40:00Z')), '');
    await collectExports(deps, run);
    const later = await collectExports(deps, { ...run, runAt: '2026-11-21T07:00:00.000Z', runId: 'evt-2' });

    expect(later.items).toBe(1);
  });

  it('quarantines records that arrive for a conversation collected by an earlier run', async () => {
    const { deps, store } = setup();
    await store.putObject('chat/web/a.jsonl', lines(turn('c1', 'customer', 'hoi', '2026-11-20T10:00:00Z')), '');
    await collectExports(deps, run);
    await store.putObject('chat/web/b.jsonl', lines(turn('c1', 'customer', 'nog iets', '2026-11-20T12:00:00Z')), '');
    const late = await collectExports(deps, { ...run, runId: 'evt-2' });

    expect(late.items).toBe(0);
    expect(store.quarantined().map((q) => q.reason)).toEqual(['conversation c1 was already collected by an earlier run; 1 record(s) arrived after it had ended and were not added (raise holdOpenMinutes if this happens often)']);
  });

  it('marks an object holding only problems, so it is not read again', async () => {
    const { deps, store } = setup();
    await store.putObject('chat/web/a.jsonl', 'geen json\n', '');
    await collectExports(deps, run);
    const again = await collectExports(deps, { ...run, runId: 'evt-2' });

    expect(again).toMatchObject({ objects: 0, alreadyCollected: 1 });
  });

  it('reads an inbox file again when its content changed under the same key', async () => {
    const { deps, store } = setup([survey]);
    await store.putObject('inbox/survey/nps.csv', 'Datum,Tekst\n20-11-2026,Goed\n', '');
    await collectExports(deps, run);
    await store.putObject('inbox/survey/nps.csv', 'Datum,Tekst\n20-11-2026,Goed\n21-11-2026,Slecht\n', '');
    const changed = await collectExports(deps, { ...run, runId: 'evt-2' });

    expect(changed).toMatchObject({ objects: 1, items: 2 });
  });

  it('reads only the given keys of an object-created event', async () => {
    const { deps, store } = setup([survey]);
    await store.putObject('inbox/survey/a.csv', 'Datum,Tekst\n20-11-2026,A\n', '');
    await store.putObject('inbox/survey/b.csv', 'Datum,Tekst\n20-11-2026,B\n', '');
    const result = await collectExports(deps, { ...run, keys: ['inbox/survey/b.csv', 'elsewhere/c.csv'] });

    expect(store.rawItems().map((item) => item.text)).toEqual(['B']);
    expect(result.objects).toBe(1);
  });

  it('stops at maxObjectsPerRun and leaves the rest for the next run', async () => {
    const { deps, store } = setup([survey]);
    for (const name of ['a', 'b', 'c']) await store.putObject(`inbox/survey/${name}.csv`, `Datum,Tekst\n20-11-2026,${name}\n`, '');
    const first = await collectExports(deps, { ...run, maxObjectsPerRun: 2 });
    const next = await collectExports(deps, { ...run, runId: 'evt-2', maxObjectsPerRun: 2 });

    expect(first.prefixes[0]).toMatchObject({ objects: 2, truncated: true });
    expect(next.prefixes[0]).toMatchObject({ objects: 1, alreadyCollected: 2 });
  });

  it('reports a prefix whose objects cannot be read and goes on with the others', async () => {
    const { deps, store, metrics } = setup([chat, survey]);
    await store.putObject('inbox/survey/a.csv', 'Datum,Tekst\n20-11-2026,A\n', '');
    const broken = { ...store, listKeys: store.listKeys.bind(store), putObject: store.putObject.bind(store), getObject: async (key: string) => (key.startsWith('chat/') ? Promise.reject(new Error(`cannot read ${key}`)) : store.getObject(key)) };
    await store.putObject('chat/web/a.jsonl', lines(turn('c1', 'customer', 'hoi', '2026-11-20T10:00:00Z')), '');
    const result = await collectExports({ ...deps, store: broken }, run);

    expect(result.prefixes.map((p) => [p.prefix, p.status, p.error])).toEqual([
      ['chat/web/', 'failed', 'cannot read chat/web/a.jsonl'],
      ['inbox/survey/', 'ok', undefined],
    ]);
    expect(metrics).toEqual([['SourceFailed', 1]]);
  });
});
