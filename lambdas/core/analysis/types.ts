import type { Channel, Conversation, EmotionScore, Sentiment, Signals } from '../schema/feedback.ts';

/** What an analyzer is asked about one (already PII-redacted) text. */
export interface AnalysisInput {
  text: string;
  /** Language as the source declared it, if any; a hint, never trusted blindly. */
  languageHint?: string;
  channel?: Channel;
  /** Chat turns (redacted), so bot loops and escalation can be judged per turn. */
  conversation?: Conversation;
}

/** The analysis fields of an EnrichedItem (DESIGN.md §2). */
export interface TextAnalysis {
  /** ISO 639-1 code, or 'und' when the language could not be determined. */
  language: string;
  sentiment: Sentiment;
  /** CX taxonomy emotions with score > 0, strongest first. */
  emotions: EmotionScore[];
  keyPhrases: string[];
  /** Normalised, lower-case topic keys from the topic map (e.g. 'levering'). */
  topics: string[];
  signals: Signals;
  /** Which engine produced the sentiment, and its version. */
  analyzer: { sentiment: 'comprehend' | 'local'; version: string };
}

/** The Analyzer port: LexiconAnalyzer locally, ComprehendAnalyzer on AWS. */
export interface Analyzer {
  analyzeBatch(inputs: readonly AnalysisInput[]): Promise<TextAnalysis[]>;
}

/** Editable topic map: topic key -> the words/stems (any language) that signal it. */
export type TopicMap = Record<string, { en?: string[]; nl?: string[] }>;
