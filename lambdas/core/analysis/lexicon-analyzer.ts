/**
 * The local Analyzer: language detection, lexicon sentiment, CX emotions, key phrases, topics and
 * signals, all computed from one tokenisation of the text. Pure and synchronous per text.
 */
import type { Signals } from '../schema/feedback.ts';
import { detectEmotionsFrom } from './emotions.ts';
import { detectLanguage } from './language.ts';
import { analyzeSentiment } from './sentiment.ts';
import { detectSignals } from './signals.ts';
import { tokenize } from './tokenize.ts';
import { openGates } from './triggers.ts';
import { CompiledTopicMap, keyPhrasesFrom, tokenTopics, topicsFrom } from './topics.ts';
import type { AnalysisInput, Analyzer, TextAnalysis, TopicMap } from './types.ts';

/** Version of the local analyzer, recorded on every enriched item. Bump when lexicons or rules change. */
export const ANALYZER_VERSION = 'lexicon-1.1.0';

/** Construction options of {@link LexiconAnalyzer}. */
export interface LexiconAnalyzerOptions {
  /** Topic key -> terms per language (config/topic-map.json). */
  topicMap: TopicMap;
}

const CURLY_RE = /’/g;

/**
 * Lexicon- and rule-based analyzer for English and Dutch (other languages get emoji-only
 * sentiment). Used by the embedded runtime and, on AWS, for Dutch and for all emotions/signals.
 * @example
 * const analyzer = new LexiconAnalyzer({ topicMap });
 * analyzer.analyze({ text: 'De bezorging was weer te laat!' }).topics // ['levering']
 */
export class LexiconAnalyzer implements Analyzer {
  private readonly topics: CompiledTopicMap;

  /** Compiles the topic map once; the lexicons are compiled at module load. */
  constructor(options: LexiconAnalyzerOptions) {
    this.topics = new CompiledTopicMap(options.topicMap);
  }

  /** Analyses one (already PII-redacted) text. */
  analyze(input: AnalysisInput): TextAnalysis {
    const { text } = input;
    const language = detectLanguage(text, input.languageHint);
    const tokenized = tokenize(text);
    const gates = openGates(tokenized);
    const isChat = input.channel === 'chat' || (input.channel === undefined && input.conversation !== undefined);
    const signals: Signals = detectSignals(text, isChat ? input.conversation : undefined, gates);
    // Intent to leave and a demand for a human are negative evidence about the service.
    const sentiment = analyzeSentiment(tokenized, language, signals);
    const lowerText = text.toLowerCase().replace(CURLY_RE, "'");
    const emotions = detectEmotionsFrom(tokenized, sentiment, language, lowerText, gates);
    const perToken = tokenTopics(tokenized.tokens, language, this.topics);
    return {
      language,
      sentiment: sentiment.sentiment,
      emotions,
      keyPhrases: keyPhrasesFrom(tokenized.tokens, language, perToken),
      topics: topicsFrom(perToken),
      signals,
      analyzer: { sentiment: 'local', version: ANALYZER_VERSION },
    };
  }

  /** Analyses a batch; the Analyzer port is async so remote engines fit the same interface. */
  async analyzeBatch(inputs: readonly AnalysisInput[]): Promise<TextAnalysis[]> {
    return inputs.map((input) => this.analyze(input));
  }
}
