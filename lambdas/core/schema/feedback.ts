import { z } from 'zod';

/** Where a piece of feedback was written: the three channels CX teams track. */
export const ChannelSchema = z.enum(['review', 'social', 'chat']);
export type Channel = z.infer<typeof ChannelSchema>;

/** The CX emotion taxonomy of DESIGN.md §2; frustration, joy (enthusiasm) and confusion (doubt) first. */
export const EMOTIONS = [
  'joy',
  'gratitude',
  'trust',
  'frustration',
  'anger',
  'disappointment',
  'confusion',
  'worry',
  'sadness',
  'surprise',
] as const;
export const EmotionNameSchema = z.enum(EMOTIONS);
export type EmotionName = z.infer<typeof EmotionNameSchema>;

export const SENTIMENT_LABELS = ['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED'] as const;
export const SentimentLabelSchema = z.enum(SENTIMENT_LABELS);
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;

const isoUtc = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 timestamp' });

export const TurnRoleSchema = z.enum(['customer', 'bot', 'agent']);
export type TurnRole = z.infer<typeof TurnRoleSchema>;

export const TurnSchema = z.object({
  role: TurnRoleSchema,
  text: z.string(),
  at: isoUtc,
});
export type Turn = z.infer<typeof TurnSchema>;

export const ConversationSchema = z.object({
  turns: z.array(TurnSchema).min(1, 'a conversation needs at least one turn'),
  outcome: z.string().optional(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/** Max characters of feedback text kept per item (DESIGN.md §2). */
export const MAX_TEXT_LENGTH = 20_000;

/** One piece of customer feedback, as every collector lands it in raw/ (one JSON line each). */
export const FeedbackItemSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, 'id must be the hex SHA-256 of source + sourceId'),
  source: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'source must be lower-case letters, digits or dashes'),
  channel: ChannelSchema,
  sourceId: z.string().min(1).max(512),
  url: z.string().url().optional(),
  product: z.string().min(1).max(128).optional(),
  text: z
    .string()
    .trim()
    .min(1, 'text is empty')
    .max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`),
  title: z.string().max(1_000).optional(),
  rating: z.number().int('rating must be a whole number').min(1).max(5).optional(),
  language: z.string().min(2).max(16).optional(),
  author: z.string().regex(/^[0-9a-f]{16,64}$/, 'author must be a salted hash, never a name').optional(),
  createdAt: isoUtc,
  collectedAt: isoUtc,
  conversation: ConversationSchema.optional(),
});
export type FeedbackItem = z.infer<typeof FeedbackItemSchema>;

export const SentimentSchema = z.object({
  label: SentimentLabelSchema,
  scores: z.object({
    positive: z.number().min(0).max(1),
    negative: z.number().min(0).max(1),
    neutral: z.number().min(0).max(1),
    mixed: z.number().min(0).max(1),
  }),
});
export type Sentiment = z.infer<typeof SentimentSchema>;

export const EmotionScoreSchema = z.object({ name: EmotionNameSchema, score: z.number().min(0).max(1) });
export type EmotionScore = z.infer<typeof EmotionScoreSchema>;

export const SignalsSchema = z.object({
  churnRisk: z.boolean(),
  effort: z.boolean(),
  escalationRequested: z.boolean(),
  botLoop: z.boolean(),
});
export type Signals = z.infer<typeof SignalsSchema>;

export const PiiSummarySchema = z.object({ redacted: z.number().int().min(0), types: z.array(z.string()) });
export type PiiSummary = z.infer<typeof PiiSummarySchema>;

/** A FeedbackItem with its text PII-redacted and the analysis added: what curated/ holds. */
export const EnrichedItemSchema = FeedbackItemSchema.extend({
  language: z.string().min(2).max(8),
  sentiment: SentimentSchema,
  emotions: z.array(EmotionScoreSchema),
  keyPhrases: z.array(z.string()),
  topics: z.array(z.string()),
  signals: SignalsSchema,
  pii: PiiSummarySchema,
  analyzer: z.object({ sentiment: z.enum(['comprehend', 'local']), version: z.string() }),
  enrichedAt: isoUtc,
});
export type EnrichedItem = z.infer<typeof EnrichedItemSchema>;
