import {
  BatchDetectKeyPhrasesCommand,
  BatchDetectSentimentCommand,
  type ComprehendClient,
  type LanguageCode,
} from '@aws-sdk/client-comprehend';
import type { AnalysisInput, Analyzer, TextAnalysis } from '../../core/analysis/types.ts';
import type { Sentiment } from '../../core/schema/feedback.ts';

/** Languages Comprehend's BatchDetectSentiment and BatchDetectKeyPhrases support (not Dutch). */
export const COMPREHEND_LANGUAGES: ReadonlySet<string> = new Set(['en', 'es', 'fr', 'de', 'it', 'pt', 'ar', 'hi', 'ja', 'ko', 'zh', 'zh-TW']);

/** Documents per Batch* call (Comprehend's limit). */
export const COMPREHEND_BATCH_SIZE = 25;

/** Max UTF-8 bytes per document (Comprehend's limit for the Batch* sentiment and key phrase APIs). */
export const COMPREHEND_MAX_BYTES = 5_000;

/** The version reported in `analyzer.version` for Comprehend sentiment. */
export const COMPREHEND_VERSION = 'comprehend-2017-11-27';

/** What the Comprehend analyzer needs from the local one: per-text full analysis, synchronously. */
export interface LocalAnalyzer {
  analyze(input: AnalysisInput): TextAnalysis;
}

/**
 * Cuts a text to at most `maxBytes` of UTF-8 on a character boundary (never splitting a
 * surrogate pair or a multi-byte sequence).
 */
export function truncateUtf8(text: string, maxBytes = COMPREHEND_MAX_BYTES): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

function toSentiment(label: string | undefined, scores: { Positive?: number; Negative?: number; Neutral?: number; Mixed?: number } | undefined): Sentiment | undefined {
  if (!label || !scores) return undefined;
  const raw = { positive: scores.Positive ?? 0, negative: scores.Negative ?? 0, neutral: scores.Neutral ?? 0, mixed: scores.Mixed ?? 0 };
  const total = raw.positive + raw.negative + raw.neutral + raw.mixed;
  if (total <= 0 || !['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED'].includes(label)) return undefined;
  return {
    label: label as Sentiment['label'],
    scores: { positive: raw.positive / total, negative: raw.negative / total, neutral: raw.neutral / total, mixed: raw.mixed / total },
  };
}

/**
 * Analyzer that takes sentiment and key phrases from Amazon Comprehend for the languages it
 * supports, and everything else — language, emotions, topics, CX signals, and sentiment for
 * Dutch and other unsupported languages — from the local analyzer. Documents Comprehend reports
 * in its ErrorList fall back to the local result one by one; a failed call (after the SDK's
 * retries with backoff on throttling) fails the batch, so the message is retried, never dropped.
 */
export class ComprehendAnalyzer implements Analyzer {
  constructor(
    private readonly client: ComprehendClient,
    private readonly local: LocalAnalyzer,
  ) {}

  async analyzeBatch(inputs: readonly AnalysisInput[]): Promise<TextAnalysis[]> {
    const results = inputs.map((input) => this.local.analyze(input));
    const byLanguage = new Map<string, number[]>();
    results.forEach((result, index) => {
      if (!COMPREHEND_LANGUAGES.has(result.language)) return;
      const list = byLanguage.get(result.language) ?? [];
      list.push(index);
      byLanguage.set(result.language, list);
    });
    for (const [language, indexes] of byLanguage) {
      for (let start = 0; start < indexes.length; start += COMPREHEND_BATCH_SIZE) {
        const chunk = indexes.slice(start, start + COMPREHEND_BATCH_SIZE);
        const texts = chunk.map((i) => truncateUtf8(inputs[i]?.text ?? ''));
        await this.applySentiment(language as LanguageCode, texts, chunk, results);
        await this.applyKeyPhrases(language as LanguageCode, texts, chunk, results);
      }
    }
    return results;
  }

  private async applySentiment(language: LanguageCode, texts: string[], indexes: number[], results: TextAnalysis[]): Promise<void> {
    const response = await this.client.send(new BatchDetectSentimentCommand({ LanguageCode: language, TextList: texts }));
    for (const entry of response.ResultList ?? []) {
      const target = indexes[entry.Index ?? -1];
      const sentiment = toSentiment(entry.Sentiment, entry.SentimentScore);
      const result = target === undefined ? undefined : results[target];
      if (result && sentiment) {
        result.sentiment = sentiment;
        result.analyzer = { sentiment: 'comprehend', version: COMPREHEND_VERSION };
      }
    }
    // Documents in response.ErrorList keep the local sentiment already in `results`.
  }

  private async applyKeyPhrases(language: LanguageCode, texts: string[], indexes: number[], results: TextAnalysis[]): Promise<void> {
    const response = await this.client.send(new BatchDetectKeyPhrasesCommand({ LanguageCode: language, TextList: texts }));
    for (const entry of response.ResultList ?? []) {
      const target = indexes[entry.Index ?? -1];
      const result = target === undefined ? undefined : results[target];
      if (!result) continue;
      const phrases = (entry.KeyPhrases ?? [])
        .filter((p) => p.Text && (p.Score ?? 0) >= 0.5)
        .sort((a, b) => (b.Score ?? 0) - (a.Score ?? 0))
        .map((p) => (p.Text ?? '').toLowerCase().trim());
      if (phrases.length > 0) result.keyPhrases = [...new Set(phrases)].slice(0, 8);
    }
  }
}
