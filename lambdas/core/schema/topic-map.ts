import { z } from 'zod';

/** The editable topic map: topic key (lower-case) -> cue words per language. */
export const TopicMapSchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'topic keys are lower-case words'),
  z.object({ en: z.array(z.string().min(1)).optional(), nl: z.array(z.string().min(1)).optional() }).strict(),
);
