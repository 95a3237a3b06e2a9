import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTopicMap } from '../../../lambdas/composition.ts';
import { LexiconAnalyzer } from '../../../lambdas/core/analysis/lexicon-analyzer.ts';
import { feedbackId } from '../../../lambdas/core/collect/ids.ts';
import { decodeCuratedFeedback } from '../../../lambdas/core/curated-format.ts';
import { enrichRawObject } from '../../../lambdas/core/enrich/enrich-object.ts';
import type { ClaimOutcome, StateStore } from '../../../lambdas/core/ports.ts';
import { EnrichedItemSchema, type FeedbackItem } from '../../../lambdas/core/schema/feedback.ts';
import { memoryLog } from '../../helpers/fakes.ts';
import { MemoryStore } from '../collect/sources/memory-ports.ts';
import { expectHumanReason, mutated, nastyText, RUNS, utf8 } from './fuzz-helpers.ts';

const RAW_KEY = 'raw/channel=chat/source=chatbot/dt=2026-11-21/fuzz.jsonl.gz';
const OPTIONS = { now: '2026-11-21T06:00:00.000Z', dedupeTtlDays: 30, redactHandles: true };
const analyzer = new LexiconAnalyzer({ topicMap: loadTopicMap() });

/** Dedupe claims in memory, with DynamoStateStore's semantics. */
class ClaimState implements StateStore {
  readonly owners = new Map<string, string>();
  async claimItems(ids: readonly string[], owner: string): Promise<Map<string, ClaimOutcome>> {
    const outcomes = new Map<string, ClaimOutcome>();
    for (const id of ids) {
      const current = this.owners.get(id);
      if (current === undefined) this.owners.set(id, owner);
      outcomes.set(id, current === undefined ? 'new' : current === owner ? 'owned' : 'duplicate');
    }
    return outcomes;
  }
  getCursor = async () => undefined;
  putCursor = async () => undefined;
  hasMarker = async () => false;
  putMarker = async () => undefined;
  tryStartCooldown = async () => true;
  markDelivered = async () => undefined;
}

const base: FeedbackItem = {
  id: feedbackId('chatbot', 'c-1'),
  source: 'chatbot',
  channel: 'chat',
  sourceId: 'c-1',
  text: 'Mijn factuur klopt niet',
  title: 'Factuur',
  rating: 2,
  language: 'nl',
  createdAt: '2026-11-20T10:00:00.000Z',
  collectedAt: '2026-11-21T00:00:00.000Z',
  conversation: {
    turns: [
      { role: 'customer', text: 'Mijn factuur klopt niet', at: '2026-11-20T10:00:00.000Z' },
      { role: 'bot', text: 'Welke factuur?', at: '2026-11-20T10:00:05.000Z' },
    ],
    outcome: 'bot-only',
  },
};

/** A valid item with hostile texts: what a collector may legitimately land in raw/. */
const hostileItem = fc.record({ sourceId: fc.string({ minLength: 1, maxLength: 20 }), text: nastyText, turn: nastyText }).map(({ sourceId, text, turn }) => ({
  ...base,
  id: feedbackId('chatbot', sourceId),
  sourceId,
  text,
  conversation: { turns: [{ role: 'customer', text: turn, at: '2026-11-20T10:00:00.000Z' }] },
}));

/** One line of a raw object: a good item, a broken one, any JSON, text that is not JSON, or absurd nesting. */
const line = fc.oneof(
  hostileItem.map((item) => JSON.stringify(item)),
  mutated(base).map((item) => JSON.stringify(item)),
  fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null'),
  nastyText.map((text) => text.replace(/[\r\n]/g, ' ')),
  fc.constant(`${'['.repeat(10_000)}${']'.repeat(10_000)}`),
);

/** Lines, some of them repeated (a collector re-run lands the same item twice). */
const rawObject = fc.array(line, { minLength: 1, maxLength: 8 }).chain((lines) => fc.subarray(lines).map((again) => [...lines, ...again]));

async function enrich(lines: string[]) {
  const store = new MemoryStore();
  await store.putObject(RAW_KEY, new Uint8Array(gzipSync(utf8(lines.join('\n')))), 'application/x-ndjson');
  const result = await enrichRawObject(RAW_KEY, { store, state: new ClaimState(), analyzer, log: memoryLog() }, OPTIONS);
  return { store, result };
}

describe('enrich on hostile raw lines', () => {
  it('never throws and accounts for every line as curated, duplicate or quarantined', async () => {
    await fc.assert(
      fc.asyncProperty(rawObject, async (lines) => {
        const { result } = await enrich(lines);
        const nonBlank = lines.filter((text) => text.trim() !== '').length;
        expect(result.lines).toBe(nonBlank);
        expect(result.enriched + result.duplicates + result.quarantined).toBe(result.lines);
      }),
      { numRuns: RUNS.heavy * 2 },
    );
  });

  it('curates exactly the enriched items, each a valid EnrichedItem', async () => {
    await fc.assert(
      fc.asyncProperty(rawObject, async (lines) => {
        const { store, result } = await enrich(lines);
        let curated = 0;
        for await (const key of store.listKeys('curated/feedback/')) {
          for (const decoded of await decodeCuratedFeedback(await store.getObject(key), key, (v) => EnrichedItemSchema.safeParse(v))) {
            expect(decoded.ok).toBe(true);
            curated += 1;
          }
        }
        expect(curated).toBe(result.enriched);
      }),
      { numRuns: RUNS.heavy * 2 },
    );
  });

  it('quarantines every rejected line with a reason naming its line', async () => {
    await fc.assert(
      fc.asyncProperty(rawObject, async (lines) => {
        const { store } = await enrich(lines);
        for (const record of store.quarantined()) {
          expectHumanReason(record.reason, lines);
          expect(record.reason).toMatch(/^line \d+ is not (valid JSON|a valid feedback item: )/);
        }
      }),
      { numRuns: RUNS.heavy * 2 },
    );
  });

  it('says a present field has the wrong type instead of calling it missing', async () => {
    const fields = Object.keys(base) as (keyof FeedbackItem)[];
    const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.string({ minLength: 1 }));
    const broken = fc
      .tuple(fc.constantFrom(...fields), wrongType)
      .filter(([field, value]) => typeof value !== typeof base[field] || Array.isArray(value) !== Array.isArray(base[field]))
      .map(([field, value]) => ({ field, item: { ...base, [field]: value } }));
    await fc.assert(
      fc.asyncProperty(broken, async ({ field, item }) => {
        const { store, result } = await enrich([JSON.stringify(item)]);
        expect(result.quarantined).toBe(1);
        const [record] = store.quarantined();
        expect(record?.reason).not.toMatch(new RegExp(`\\b${field} is missing`));
      }),
      { numRuns: RUNS.normal },
    );
  });
});
