import { describe, expect, it } from 'vitest';
import topicMapJson from '../../../config/topic-map.json' with { type: 'json' };
import { ANALYZER_VERSION, LexiconAnalyzer } from '../../../lambdas/core/analysis/lexicon-analyzer.ts';
import type { TopicMap } from '../../../lambdas/core/analysis/types.ts';
import { EMOTIONS, EnrichedItemSchema } from '../../../lambdas/core/schema/feedback.ts';

const topicMap: TopicMap = topicMapJson;
const analyzer = new LexiconAnalyzer({ topicMap });

describe('LexiconAnalyzer', () => {
  it('analyses a Dutch complaint end to end', () => {
    const result = analyzer.analyze({
      text: 'De bezorging was weer te laat en ik heb al drie keer gebeld. Ik zeg mijn abonnement op!',
    });
    expect(result.language).toBe('nl');
    expect(result.sentiment.label).toBe('NEGATIVE');
    expect(result.topics).toEqual(expect.arrayContaining(['levering', 'contract']));
    expect(result.signals).toEqual({ churnRisk: true, effort: true, escalationRequested: false, botLoop: false });
    expect(result.emotions[0]?.name).toBe('frustration');
    expect(result.analyzer).toEqual({ sentiment: 'local', version: ANALYZER_VERSION });
  });

  it('analyses English praise end to end', () => {
    const result = analyzer.analyze({ text: 'Quick refund and very friendly customer service, thanks a lot!' });
    expect(result.language).toBe('en');
    expect(result.sentiment.label).toBe('POSITIVE');
    expect(result.topics).toEqual(expect.arrayContaining(['terugbetaling', 'klantenservice']));
    expect(result.emotions.map((e) => e.name)).toContain('gratitude');
    expect(result.keyPhrases).toContain('quick refund');
  });

  it('uses the language hint only when the text is too short to detect', () => {
    expect(analyzer.analyze({ text: 'ok', languageHint: 'nl' }).language).toBe('nl');
    expect(analyzer.analyze({ text: 'ok' }).language).toBe('und');
  });

  it('judges bot loops from the conversation of a chat', () => {
    const fallback = "Sorry, I didn't understand that. Could you rephrase?";
    const turns = [
      { role: 'customer' as const, text: 'My meter reading is wrong', at: '2026-11-23T14:00:00Z' },
      { role: 'bot' as const, text: fallback, at: '2026-11-23T14:00:05Z' },
      { role: 'customer' as const, text: 'The reading on my bill is wrong', at: '2026-11-23T14:00:30Z' },
      { role: 'bot' as const, text: fallback, at: '2026-11-23T14:00:35Z' },
    ];
    const chat = analyzer.analyze({ text: 'My meter reading is wrong', channel: 'chat', conversation: { turns } });
    const review = analyzer.analyze({ text: 'My meter reading is wrong', channel: 'review', conversation: { turns } });
    expect(chat.signals.botLoop).toBe(true);
    expect(review.signals.botLoop).toBe(false);
  });

  it('returns output that fits the EnrichedItem schema', () => {
    const result = analyzer.analyze({ text: 'Geweldig, alweer een storing 🙄 Wanneer is het opgelost?' });
    const item = {
      id: 'a'.repeat(64),
      source: 'trustpilot',
      channel: 'review',
      sourceId: '1',
      text: 'x',
      createdAt: '2026-11-23T14:00:00Z',
      collectedAt: '2026-11-23T14:00:00Z',
      pii: { redacted: 0, types: [] },
      enrichedAt: '2026-11-23T14:00:00Z',
      ...result,
    };
    expect(EnrichedItemSchema.safeParse(item).success).toBe(true);
    for (const e of result.emotions) expect(EMOTIONS).toContain(e.name);
  });

  it('analyses a batch in order', async () => {
    const results = await analyzer.analyzeBatch([{ text: 'Top service!' }, { text: 'Waardeloze app' }]);
    expect(results.map((r) => r.sentiment.label)).toEqual(['POSITIVE', 'NEGATIVE']);
  });

  it('returns a neutral analysis for an empty text', () => {
    const result = analyzer.analyze({ text: '' });
    expect(result.language).toBe('und');
    expect(result.sentiment.label).toBe('NEUTRAL');
    expect(result.emotions).toEqual([]);
    expect(result.keyPhrases).toEqual([]);
    expect(result.topics).toEqual([]);
  });
});
