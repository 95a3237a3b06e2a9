import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChannelSchema, EMOTIONS, SENTIMENT_LABELS } from '../../../lambdas/core/schema/feedback.ts';

/** One labeled dev-set line (sample-data/dev-sets/README.md). */
const DevItemSchema = z.strictObject({
  id: z.string().regex(/^(en|nl)-\d{4}$/, 'id must look like en-0001 or nl-0001'),
  text: z.string().trim().min(1, 'text is empty').max(2_000),
  channel: ChannelSchema,
  sentiment: z.enum(SENTIMENT_LABELS),
  emotions: z
    .array(z.enum(EMOTIONS))
    .max(3, 'at most 3 emotions per item')
    .refine((names) => new Set(names).size === names.length, 'an emotion is listed twice'),
});
type DevItem = z.infer<typeof DevItemSchema>;

const LANGUAGES = ['en', 'nl'] as const;
const MIN_ITEMS = 400;
const MIN_PER_LABEL = 40;

function readLines(language: string): string[] {
  const url = new URL(`../../../sample-data/dev-sets/${language}.jsonl`, import.meta.url);
  return readFileSync(url, 'utf8').split('\n').filter((line) => line.trim() !== '');
}

function parseAll(language: string): { items: DevItem[]; errors: string[] } {
  const items: DevItem[] = [];
  const errors: string[] = [];
  readLines(language).forEach((line, index) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      errors.push(`line ${index + 1}: not valid JSON`);
      return;
    }
    const parsed = DevItemSchema.safeParse(json);
    if (parsed.success) items.push(parsed.data);
    else errors.push(`line ${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  });
  return { items, errors };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe.each(LANGUAGES)('dev set %s.jsonl', (language) => {
  const { items, errors } = parseAll(language);

  it('has only lines that match the dev-set schema', () => {
    expect(errors).toEqual([]);
  });

  it('uses ids with its own language prefix, each once', () => {
    const ids = items.map((item) => item.id);
    expect(ids.filter((id) => !id.startsWith(`${language}-`))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no duplicate texts', () => {
    const texts = items.map((item) => item.text.trim().toLowerCase());
    const duplicates = texts.filter((text, i) => texts.indexOf(text) !== i);
    expect(duplicates).toEqual([]);
  });

  it(`has at least ${MIN_ITEMS} items`, () => {
    expect(items.length).toBeGreaterThanOrEqual(MIN_ITEMS);
  });

  it(`has every sentiment label at least ${MIN_PER_LABEL} times`, () => {
    const counts = countBy(items, (item) => item.sentiment);
    for (const label of SENTIMENT_LABELS) expect(counts[label] ?? 0, label).toBeGreaterThanOrEqual(MIN_PER_LABEL);
  });

  it('covers every channel', () => {
    const counts = countBy(items, (item) => item.channel);
    for (const channel of ChannelSchema.options) expect(counts[channel] ?? 0, channel).toBeGreaterThan(0);
  });

  it('uses every emotion of the taxonomy at least once', () => {
    const counts = countBy(
      items.flatMap((item) => item.emotions),
      (name) => name,
    );
    for (const emotion of EMOTIONS) expect(counts[emotion] ?? 0, emotion).toBeGreaterThan(0);
  });

  it('gives NEUTRAL items no emotion other than confusion', () => {
    const offending = items
      .filter((item) => item.sentiment === 'NEUTRAL')
      .filter((item) => item.emotions.some((name) => name !== 'confusion'))
      .map((item) => item.id);
    expect(offending).toEqual([]);
  });
});
