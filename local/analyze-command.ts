import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { redactPii } from '../lambdas/core/analysis/pii.ts';
import type { LexiconAnalyzer } from '../lambdas/core/analysis/lexicon-analyzer.ts';
import { ChannelSchema } from '../lambdas/core/schema/feedback.ts';

/** One input line of `analyze --jsonl`: at least an id and a text. */
export const AnalyzeLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  channel: ChannelSchema.optional(),
  language: z.string().optional(),
});

/**
 * The analysis of one text in the CLI contract other tools depend on: exactly these keys, in
 * this order. The text is PII-redacted first and analysed redacted, as in the pipeline.
 */
export function analyzeForCli(analyzer: LexiconAnalyzer, id: string | number | undefined, text: string, options: { channel?: z.infer<typeof ChannelSchema>; language?: string; handles?: boolean } = {}) {
  const redaction = redactPii(text, { handles: options.handles ?? false });
  const analysis = analyzer.analyze({
    text: redaction.text,
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.language ? { languageHint: options.language } : {}),
  });
  return {
    ...(id !== undefined ? { id } : {}),
    language: analysis.language,
    sentiment: { label: analysis.sentiment.label, scores: analysis.sentiment.scores },
    emotions: analysis.emotions,
    keyPhrases: analysis.keyPhrases,
    topics: analysis.topics,
    signals: analysis.signals,
    pii: { redacted: redaction.redacted, types: redaction.types },
    redactedText: redaction.text,
  };
}

/**
 * Streams JSON lines from `input` to `output`, one analysis line per input line, in input
 * order, in constant memory (one line at a time, respecting backpressure). A bad line writes
 * `{"line": N, "error": "…"}` to `errors` and the run goes on. Returns the counts.
 */
export async function analyzeJsonLines(analyzer: LexiconAnalyzer, input: Readable, output: Writable, errors: Writable): Promise<{ lines: number; analysed: number; failed: number }> {
  const counts = { lines: 0, analysed: 0, failed: 0 };
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of reader) {
    counts.lines += 1;
    if (raw.trim() === '') continue;
    let line: z.infer<typeof AnalyzeLineSchema>;
    try {
      const parsed = AnalyzeLineSchema.safeParse(JSON.parse(raw));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`);
      }
      line = parsed.data;
    } catch (error) {
      counts.failed += 1;
      errors.write(`${JSON.stringify({ line: counts.lines, error: (error as Error).message })}\n`);
      continue;
    }
    const result = analyzeForCli(analyzer, line.id, line.text, { ...(line.channel ? { channel: line.channel } : {}), ...(line.language ? { language: line.language } : {}) });
    counts.analysed += 1;
    if (!output.write(`${JSON.stringify(result)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return counts;
}
