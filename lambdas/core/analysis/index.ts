/** Public API of the local analysis core. */
export { detectEmotions, detectEmotionsFrom } from './emotions.ts';
export { detectLanguage, normalizeLanguageHint } from './language.ts';
export { ANALYZER_VERSION, LexiconAnalyzer, type LexiconAnalyzerOptions } from './lexicon-analyzer.ts';
export { isValidIban, type PiiOptions, type PiiRedaction, passesElevenProof, passesLuhn, redactPii } from './pii.ts';
export { findRuleSpans, type RuleSpan } from './rules.ts';
export { analyzeSentiment, type SentimentAnalysis, type SentimentContext, scoreSentiment } from './sentiment.ts';
export { detectBotLoop, detectSignals } from './signals.ts';
export { type Token, type TokenizedText, tokenize } from './tokenize.ts';
export { CompiledTopicMap, extractKeyPhrases, matchTopics } from './topics.ts';
export type { AnalysisInput, Analyzer, TextAnalysis, TopicMap } from './types.ts';
