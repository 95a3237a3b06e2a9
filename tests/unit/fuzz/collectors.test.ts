import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectDocuments } from '../../../lambdas/core/collect/collect-documents.ts';
import { ALL_FORMATS } from '../../../lambdas/core/collect/formats/index.ts';
import { collectExports, type ExportPrefix } from '../../../lambdas/core/collect/sources/collect-exports.ts';
import { mappedJsonlFormat } from '../../../lambdas/core/collect/sources/inbox.ts';
import { lexExportFormat } from '../../../lambdas/core/collect/sources/lex.ts';
import type { SourceDocument } from '../../../lambdas/core/ports.ts';
import { FeedbackItemSchema } from '../../../lambdas/core/schema/feedback.ts';
import { memoryLog } from '../../helpers/fakes.ts';
import { MemoryState, MemoryStore } from '../collect/sources/memory-ports.ts';
import { anyBytes, expectHumanReason, invalidUtf8, mutated, RUNS, sampleBytes, sampleJson, utf8 } from './fuzz-helpers.ts';

const run = { runAt: '2026-11-21T06:00:00.000Z', runId: 'fuzz-run', authorSalt: 'fuzz-salt', maxItemsPerObject: 50 };

/** Text of JSON nested far deeper than any export: parses, but overflows every recursive walk. */
const DEEP_JSON = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;

/** A real export with bytes that are not UTF-8 at the start of one of its string values. */
function withInvalidUtf8InAString(path: string): fc.Arbitrary<Uint8Array> {
  const bytes = sampleBytes(path);
  const starts = [...Buffer.from(bytes).toString('latin1').matchAll(/"(?:label|content|Content)": "/g)].map((match) => (match.index ?? 0) + match[0].length);
  return fc.tuple(fc.constantFrom(...starts), invalidUtf8).map(([at, bad]) => new Uint8Array([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at)]));
}

/** Bodies the file drop may hold: real exports with broken records or bytes, random JSON, bytes, absurd nesting. */
const documentBody: fc.Arbitrary<Uint8Array> = fc.oneof(
  withInvalidUtf8InAString('appstore/stroomwijs-gb-page1.json'),
  withInvalidUtf8InAString('mastodon/mentions.json'),
  withInvalidUtf8InAString('connect/4d2be110-078d-4448-bfcf-45003774ec0d.json'),
  mutated(sampleJson('appstore/stroomwijs-gb-page1.json')).map((doc) => utf8(JSON.stringify(doc))),
  mutated(sampleJson('mastodon/mentions.json')).map((doc) => utf8(JSON.stringify(doc))),
  mutated(sampleJson('connect/4d2be110-078d-4448-bfcf-45003774ec0d.json')).map((doc) => utf8(JSON.stringify(doc))),
  fc.jsonValue().map((value) => utf8(JSON.stringify(value) ?? 'null')),
  anyBytes,
  fc.constant(utf8(DEEP_JSON)),
);

const documents = fc.array(documentBody, { minLength: 1, maxLength: 4 }).map((bodies): SourceDocument[] => bodies.map((body, index) => ({ name: `drop/fuzz-${index}.json`, body })));

async function collect(docs: SourceDocument[]) {
  const store = new MemoryStore();
  const result = await collectDocuments(
    {
      source: {
        scope: 'files:fuzz',
        async *listDocuments() {
          yield* docs;
        },
      },
      formats: ALL_FORMATS,
      store,
      state: new MemoryState(),
      log: memoryLog(),
    },
    run,
  );
  return { store, result };
}

describe('the file-drop collector on hostile documents', () => {
  it('never throws and accounts for every record as an item or a quarantined record', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (docs) => {
        const { result } = await collect(docs);
        expect(result.records).toBe(result.items + result.quarantined);
      }),
      { numRuns: RUNS.heavy * 3 },
    );
  });

  it('lands exactly the accepted items in raw/, each a valid FeedbackItem', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (docs) => {
        const { store, result } = await collect(docs);
        const raw = store.rawItems();
        expect(raw).toHaveLength(result.items);
        for (const item of raw) expect(FeedbackItemSchema.safeParse(item).success).toBe(true);
      }),
      { numRuns: RUNS.heavy * 3 },
    );
  });

  it('writes a quarantine object with a readable reason for what it rejects', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (docs) => {
        const { store, result } = await collect(docs);
        const quarantined = store.quarantined();
        expect(quarantined.length > 0).toBe(result.quarantined > 0);
        for (const record of quarantined) expectHumanReason(record.reason, docs.map((d) => Buffer.from(d.body).toString('latin1')));
      }),
      { numRuns: RUNS.heavy * 3 },
    );
  });

  it('quarantines a document nested thousands of levels deep instead of failing the run', async () => {
    const { store, result } = await collect([{ name: 'drop/deep.json', body: utf8(DEEP_JSON) }]);

    expect(result).toMatchObject({ records: 1, quarantined: 1 });
    expect(store.quarantined().map((q) => q.reason)).toEqual(['drop/deep.json is in no known format (known: appstore-rss, mastodon-statuses, connect-transcript)']);
  });
});

describe('the export collector on hostile objects', () => {
  const prefixes: ExportPrefix[] = [
    { prefix: 'chat/lex/', format: lexExportFormat, holdOpenMinutes: 0, markByContent: false },
    { prefix: 'inbox/app/', format: mappedJsonlFormat({ source: 'app-feedback', channel: 'review', mapping: { text: 'body', createdAt: 'at' } }), holdOpenMinutes: 0, markByContent: true },
  ];
  const jsonlLine = fc.oneof(
    fc.record({ body: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 2 })), at: fc.constantFrom('2026-11-20T10:00:00Z', 'gisteren', '') }).map((value) => JSON.stringify(value)),
    fc.constant(`{"body":${DEEP_JSON},"at":"2026-11-20T10:00:00Z"}`),
    fc.constant(`{"body":"ok","at":"2026-11-20T10:00:00Z","extra":${DEEP_JSON}}`),
    fc.string(),
  );
  const objects = fc.record({
    lex: fc.array(anyBytes, { maxLength: 3 }),
    inbox: fc.array(fc.array(jsonlLine, { minLength: 1, maxLength: 5 }).map((lines) => utf8(lines.join('\n'))), { maxLength: 3 }),
  });

  it('fails no prefix and accounts for every object it read, whatever the objects hold', async () => {
    await fc.assert(
      fc.asyncProperty(objects, async ({ lex, inbox }) => {
        const store = new MemoryStore();
        for (const [index, body] of lex.entries()) await store.putObject(`chat/lex/${index}.gz`, body, '');
        for (const [index, body] of inbox.entries()) await store.putObject(`inbox/app/${index}.jsonl`, body, '');

        const result = await collectExports({ prefixes, store, state: new MemoryState(), log: memoryLog(), metrics: { count: () => undefined } }, { ...run, maxObjectsPerRun: 100 });

        expect(result.prefixes.map((p) => [p.prefix, p.status, p.error])).toEqual(prefixes.map((p) => [p.prefix, 'ok', undefined]));
        expect(result.objects).toBe(lex.length + inbox.length);
        expect(store.rawItems()).toHaveLength(result.items);
      }),
      { numRuns: RUNS.heavy * 3 },
    );
  });
});
