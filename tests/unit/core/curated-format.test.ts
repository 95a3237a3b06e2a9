import { describe, expect, it } from 'vitest';
import { decodeCuratedFeedback, FEEDBACK_COLUMNS, feedbackRow, glueType, readParquet, TURN_COLUMNS, writeParquet } from '../../../lambdas/core/curated-format.ts';
import { ObjectReadError } from '../../../lambdas/core/errors.ts';
import { EnrichedItemSchema } from '../../../lambdas/core/schema/feedback.ts';
import { enrichedItem } from '../../helpers/items.ts';

const parse = (value: unknown) => EnrichedItemSchema.safeParse(value);

describe('curated Parquet', () => {
  it('round-trips enriched items, chats and optional fields included', async () => {
    const items = [
      enrichedItem({ sourceId: 'a', rating: 2, title: 'Te laat', product: 'app', url: 'https://apps.apple.com/x' }),
      enrichedItem({
        sourceId: 'b',
        channel: 'chat',
        source: 'chatbot',
        conversation: { turns: [{ role: 'customer', text: 'hoi', at: '2026-11-20T14:00:00.000Z' }, { role: 'bot', text: 'Hallo!', at: '2026-11-20T14:00:05.000Z' }], outcome: 'bot-only' },
        emotions: [],
        topics: [],
        keyPhrases: [],
      }),
    ];

    const decoded = await decodeCuratedFeedback(writeParquet(FEEDBACK_COLUMNS, items.map(feedbackRow)), 'k', parse);

    expect(decoded).toEqual(items.map((item) => ({ ok: true, item })));
  });

  it('reports a row that no longer validates instead of passing it on', async () => {
    const row = feedbackRow(enrichedItem());
    const bytes = writeParquet(FEEDBACK_COLUMNS, [{ ...row, language: 'x' }]);

    const [decoded] = await decodeCuratedFeedback(bytes, 'curated/feedback/dt=2026-11-20/a.parquet', parse);

    expect(decoded).toEqual({ ok: false, row: 0, reason: 'curated/feedback/dt=2026-11-20/a.parquet row 0 is not a valid enriched item' });
  });

  it('throws ObjectReadError for bytes that are not Parquet', async () => {
    await expect(readParquet(new TextEncoder().encode('{"not": "parquet"}'), 'k')).rejects.toThrow(ObjectReadError);
  });

  it('writes turn rows with timestamps', async () => {
    const at = new Date('2026-11-20T14:00:00Z');
    const rows = await readParquet(writeParquet(TURN_COLUMNS, [{ feedback_id: 'f', turn_index: 0, role: 'bot', text: 'Sorry', at, source: 'chatbot', language: 'nl', product: null }]), 'k');

    expect(rows).toEqual([{ feedback_id: 'f', turn_index: 0, role: 'bot', text: 'Sorry', at, source: 'chatbot', language: 'nl', product: null }]);
  });
});

describe('glueType', () => {
  it('spells nested columns the way Glue and Athena declare them', () => {
    const emotions = FEEDBACK_COLUMNS.find((c) => c.name === 'emotions');
    const sentiment = FEEDBACK_COLUMNS.find((c) => c.name === 'sentiment');

    expect(emotions && glueType(emotions.type)).toBe('array<struct<name:string,score:double>>');
    expect(sentiment && glueType(sentiment.type)).toBe('struct<label:string,positive:double,negative:double,neutral:double,mixed:double>');
    expect(glueType('timestamp')).toBe('timestamp');
  });
});
