import { BatchDetectKeyPhrasesCommand, BatchDetectSentimentCommand, ComprehendClient } from '@aws-sdk/client-comprehend';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer, COMPREHEND_MAX_BYTES, type LocalAnalyzer, truncateUtf8 } from '../../../lambdas/adapters/aws/comprehend-analyzer.ts';
import type { AnalysisInput, TextAnalysis } from '../../../lambdas/core/analysis/types.ts';

const comprehend = mockClient(ComprehendClient);
afterEach(() => comprehend.reset());

/** A local analyzer whose language is the text's prefix ("en: …"), so routing is visible. */
const local: LocalAnalyzer = {
  analyze: (input: AnalysisInput): TextAnalysis => ({
    language: input.text.slice(0, 2),
    sentiment: { label: 'NEUTRAL', scores: { positive: 0, negative: 0, neutral: 1, mixed: 0 } },
    emotions: [{ name: 'frustration', score: 0.5 }],
    keyPhrases: ['local phrase'],
    topics: ['levering'],
    signals: { churnRisk: true, effort: false, escalationRequested: false, botLoop: false },
    analyzer: { sentiment: 'local', version: 'test' },
  }),
};

function sentimentResponse(count: number, errorIndexes: number[] = []) {
  return {
    ResultList: Array.from({ length: count }, (_, Index) => Index)
      .filter((i) => !errorIndexes.includes(i))
      .map((Index) => ({ Index, Sentiment: 'NEGATIVE' as const, SentimentScore: { Positive: 0.1, Negative: 1.6, Neutral: 0.2, Mixed: 0.1 } })),
    ErrorList: errorIndexes.map((Index) => ({ Index, ErrorCode: 'INTERNAL_SERVER_ERROR', ErrorMessage: 'boom' })),
  };
}

describe('ComprehendAnalyzer', () => {
  it('sends 25 documents per call, grouped by language', async () => {
    comprehend.on(BatchDetectSentimentCommand).callsFake((input: { TextList: string[] }) => sentimentResponse(input.TextList.length));
    comprehend.on(BatchDetectKeyPhrasesCommand).resolves({ ResultList: [], ErrorList: [] });
    const inputs = [...Array.from({ length: 60 }, (_, i) => ({ text: `en: text ${i}` })), ...Array.from({ length: 3 }, (_, i) => ({ text: `de: Text ${i}` }))];

    await new ComprehendAnalyzer(new ComprehendClient({}), local).analyzeBatch(inputs);

    expect(comprehend).toHaveReceivedCommandTimes(BatchDetectSentimentCommand, 4);
    const sizes = comprehend.commandCalls(BatchDetectSentimentCommand).map((c) => [c.args[0].input.LanguageCode, c.args[0].input.TextList?.length]);
    expect(sizes).toEqual([
      ['en', 25],
      ['en', 25],
      ['en', 10],
      ['de', 3],
    ]);
  });

  it('never sends Dutch or unknown-language text to Comprehend', async () => {
    const results = await new ComprehendAnalyzer(new ComprehendClient({}), local).analyzeBatch([{ text: 'nl: slecht' }, { text: 'un: ???' }]);

    expect(comprehend).toHaveReceivedCommandTimes(BatchDetectSentimentCommand, 0);
    expect(results.map((r) => r.analyzer.sentiment)).toEqual(['local', 'local']);
  });

  it('takes sentiment from Comprehend, normalised to sum to 1, and keeps local emotions and signals', async () => {
    comprehend.on(BatchDetectSentimentCommand).resolves(sentimentResponse(1));
    comprehend.on(BatchDetectKeyPhrasesCommand).resolves({ ResultList: [{ Index: 0, KeyPhrases: [{ Text: 'The Smart Meter', Score: 0.99 }, { Text: 'it', Score: 0.2 }] }] });

    const [result] = await new ComprehendAnalyzer(new ComprehendClient({}), local).analyzeBatch([{ text: 'en: the smart meter never arrived' }]);

    expect(result?.sentiment.label).toBe('NEGATIVE');
    expect(result?.sentiment.scores.negative).toBeCloseTo(0.8);
    const sum = Object.values(result?.sentiment.scores ?? {}).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(result?.analyzer).toEqual({ sentiment: 'comprehend', version: 'comprehend-2017-11-27' });
    expect(result?.keyPhrases).toEqual(['the smart meter']);
    expect(result?.emotions).toEqual([{ name: 'frustration', score: 0.5 }]);
    expect(result?.signals.churnRisk).toBe(true);
  });

  it('falls back to the local sentiment only for the documents in the ErrorList', async () => {
    comprehend.on(BatchDetectSentimentCommand).resolves(sentimentResponse(3, [1]));
    comprehend.on(BatchDetectKeyPhrasesCommand).resolves({ ResultList: [], ErrorList: [] });

    const results = await new ComprehendAnalyzer(new ComprehendClient({}), local).analyzeBatch([{ text: 'en: a' }, { text: 'en: b' }, { text: 'en: c' }]);

    expect(results.map((r) => r.analyzer.sentiment)).toEqual(['comprehend', 'local', 'comprehend']);
    expect(results[1]?.sentiment.label).toBe('NEUTRAL');
  });

  it('truncates each document to 5,000 UTF-8 bytes before sending', async () => {
    comprehend.on(BatchDetectSentimentCommand).resolves(sentimentResponse(1));
    comprehend.on(BatchDetectKeyPhrasesCommand).resolves({ ResultList: [], ErrorList: [] });

    await new ComprehendAnalyzer(new ComprehendClient({}), local).analyzeBatch([{ text: `en: ${'😡é'.repeat(3_000)}` }]);

    const sent = comprehend.commandCalls(BatchDetectSentimentCommand)[0]?.args[0].input.TextList?.[0] ?? '';
    expect(Buffer.byteLength(sent, 'utf8')).toBeLessThanOrEqual(COMPREHEND_MAX_BYTES);
    expect(Buffer.byteLength(sent, 'utf8')).toBeGreaterThan(COMPREHEND_MAX_BYTES - 6);
    expect(sent).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('fails the batch when Comprehend keeps failing, so the message is retried instead of dropped', async () => {
    comprehend.on(BatchDetectSentimentCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));

    await expect(new ComprehendAnalyzer(new ComprehendClient({}), local).analyzeBatch([{ text: 'en: a' }])).rejects.toThrow('Rate exceeded');
  });
});

describe('truncateUtf8', () => {
  it('keeps short text as it is', () => {
    expect(truncateUtf8('kort', 10)).toBe('kort');
  });

  it('never splits a surrogate pair or multi-byte character', () => {
    expect(truncateUtf8('ab😡', 5)).toBe('ab');
    expect(truncateUtf8('ééé', 5)).toBe('éé');
  });
});
