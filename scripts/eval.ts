/**
 * Scores the local LexiconAnalyzer on the labeled dev sets in sample-data/dev-sets/: language
 * detection, sentiment (accuracy, macro-F1, per-label scores, confusion matrix) and CX emotions
 * (micro/macro-F1, per-emotion scores), per language. A regression check, not a benchmark of how
 * well the analyzer generalises (see sample-data/dev-sets/README.md).
 *
 * Usage: tsx scripts/eval.ts [--lang en|nl] [--set FILE] [--split tune|holdout|all] [--json] [--errors N]
 *   --lang    only this language (default: en and nl); with --set, the language of FILE
 *   --set     a dev-set JSONL file instead of sample-data/dev-sets/<lang>.jsonl
 *   --split   tune = items whose numeric id suffix is odd, holdout = even, all (default) = every item.
 *             Look at tune errors to decide what to fix; read only holdout summary figures.
 *   --json    print one machine-readable JSON document instead of tables
 *   --errors  also list up to N sentiment misclassifications per language
 */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import topicMapJson from '../config/topic-map.json' with { type: 'json' };
import { LexiconAnalyzer } from '../lambdas/core/analysis/lexicon-analyzer.ts';
import {
  ChannelSchema,
  EMOTIONS,
  type EmotionName,
  SENTIMENT_LABELS,
  type SentimentLabel,
} from '../lambdas/core/schema/feedback.ts';
import { type MultiLabelReport, multiLabelReport, type SingleLabelReport, singleLabelReport } from './metrics.ts';

/** An emotion counts as predicted when the analyzer scores it at least this high. */
const EMOTION_THRESHOLD = 0.3;
const LANGUAGES = ['en', 'nl'] as const;
type Language = (typeof LANGUAGES)[number];
const SPLITS = ['tune', 'holdout', 'all'] as const;
type Split = (typeof SPLITS)[number];
const USAGE = 'Usage: tsx scripts/eval.ts [--lang en|nl] [--set FILE] [--split tune|holdout|all] [--json] [--errors N]';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const DevItemSchema = z.strictObject({
  id: z.string().min(1),
  text: z.string().trim().min(1),
  channel: ChannelSchema,
  sentiment: z.enum(SENTIMENT_LABELS),
  emotions: z.array(z.enum(EMOTIONS)).max(3),
});
type DevItem = z.infer<typeof DevItemSchema>;

const TopicMapSchema = z.record(
  z.string(),
  z.object({ en: z.array(z.string()).optional(), nl: z.array(z.string()).optional() }),
);

interface ChannelScores {
  n: number;
  accuracy: number;
  macroF1: number;
}

interface Misclassification {
  id: string;
  gold: SentimentLabel;
  predicted: SentimentLabel;
  text: string;
}

interface LanguageResult {
  language: Language;
  file: string;
  split: Split;
  n: number;
  languageDetection: { accuracy: number; detected: Record<string, number> };
  sentiment: SingleLabelReport<SentimentLabel>;
  sentimentByChannel: Record<string, ChannelScores>;
  emotions: MultiLabelReport<EmotionName>;
  errors?: Misclassification[];
}

class UsageError extends Error {
  override name = 'UsageError';
}

function parseCli(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      lang: { type: 'string' },
      set: { type: 'string' },
      json: { type: 'boolean', default: false },
      errors: { type: 'string' },
      split: { type: 'string', default: 'all' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const lang = values.lang;
  if (lang !== undefined && !isLanguage(lang)) throw new UsageError(`--lang must be en or nl, not "${lang}"`);
  const errors = values.errors === undefined ? 0 : Number(values.errors);
  if (!Number.isInteger(errors) || errors < 0) throw new UsageError('--errors must be a whole number ≥ 0');
  const split = values.split;
  if (!isSplit(split)) throw new UsageError(`--split must be tune, holdout or all, not "${split}"`);
  return { lang, set: values.set, split, json: values.json, errors, help: values.help };
}

function isSplit(value: string): value is Split {
  return (SPLITS as readonly string[]).includes(value);
}

const ID_SUFFIX_RE = /(\d+)$/;

/**
 * Whether an item belongs to a split: tune = odd numeric id suffix ("en-0015"), holdout = even.
 * An id without a numeric suffix belongs only to `all`.
 */
function inSplit(id: string, split: Split): boolean {
  if (split === 'all') return true;
  const m = ID_SUFFIX_RE.exec(id);
  if (m === null) return false;
  const odd = Number(m[1]) % 2 === 1;
  return split === 'tune' ? odd : !odd;
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language of a --set file: --lang if given, else its name (en.jsonl, nl-extra.jsonl). */
function languageOfFile(file: string, lang: Language | undefined): Language {
  if (lang) return lang;
  const prefix = basename(file).slice(0, 2);
  if (isLanguage(prefix)) return prefix;
  throw new UsageError(`cannot tell the language of ${file} from its name; pass --lang en|nl`);
}

/** Reads and validates a dev-set JSONL file; a bad line stops the run with its line number. */
function loadDevSet(file: string): DevItem[] {
  const items: DevItem[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (cause) {
        throw new UsageError(`${file}:${index + 1}: not valid JSON`, { cause });
      }
      const parsed = DevItemSchema.safeParse(json);
      if (!parsed.success) {
        const reason = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'} ${i.message}`).join('; ');
        throw new UsageError(`${file}:${index + 1}: ${reason}`);
      }
      items.push(parsed.data);
    });
  return items;
}

function evaluate(
  analyzer: LexiconAnalyzer,
  language: Language,
  file: string,
  items: readonly DevItem[],
  split: Split,
  maxErrors: number,
): LanguageResult {
  const predictedSentiment: SentimentLabel[] = [];
  const predictedEmotions: EmotionName[][] = [];
  const detected: Record<string, number> = {};
  for (const item of items) {
    const analysis = analyzer.analyze({ text: item.text, channel: item.channel });
    detected[analysis.language] = (detected[analysis.language] ?? 0) + 1;
    predictedSentiment.push(analysis.sentiment.label);
    predictedEmotions.push(analysis.emotions.filter((e) => e.score >= EMOTION_THRESHOLD).map((e) => e.name));
  }

  const gold = items.map((item) => item.sentiment);
  const sentimentByChannel: Record<string, ChannelScores> = {};
  for (const channel of ChannelSchema.options) {
    const idx = items.flatMap((item, i) => (item.channel === channel ? [i] : []));
    const report = singleLabelReport(
      SENTIMENT_LABELS,
      idx.map((i) => gold[i]!),
      idx.map((i) => predictedSentiment[i]!),
    );
    sentimentByChannel[channel] = { n: report.n, accuracy: report.accuracy, macroF1: report.macro.f1 };
  }

  const result: LanguageResult = {
    language,
    file: displayPath(file),
    split,
    n: items.length,
    languageDetection: {
      accuracy: items.length === 0 ? 0 : (detected[language] ?? 0) / items.length,
      detected: Object.fromEntries(Object.entries(detected).sort((a, b) => b[1] - a[1])),
    },
    sentiment: singleLabelReport(SENTIMENT_LABELS, gold, predictedSentiment),
    sentimentByChannel,
    emotions: multiLabelReport(
      EMOTIONS,
      items.map((item) => item.emotions),
      predictedEmotions,
    ),
  };
  if (maxErrors > 0) {
    result.errors = items
      .map((item, i) => ({ id: item.id, gold: item.sentiment, predicted: predictedSentiment[i]!, text: item.text }))
      .filter((e) => e.gold !== e.predicted)
      .slice(0, maxErrors);
  }
  return result;
}

/** The path relative to the working directory when it lies below it, else absolute. */
function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel === '' || rel.startsWith('..') ? file : rel;
}

const f3 = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    `  ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')}`;
  return [line(header), ...rows.map(line)].join('\n');
}

function formatResult(r: LanguageResult): string {
  const s = r.sentiment;
  const e = r.emotions;
  const detected = Object.entries(r.languageDetection.detected)
    .map(([lang, count]) => `${lang} ${count}`)
    .join(', ');
  const short = (label: string): string => label.slice(0, 3);
  const out = [
    `== ${r.language}: ${r.file}, split ${r.split} (${r.n} items) ==`,
    `Language detection: accuracy ${pct(r.languageDetection.accuracy)}  (detected: ${detected})`,
    '',
    `Sentiment: accuracy ${f3(s.accuracy)}  macro-F1 ${f3(s.macro.f1)}  (macro-P ${f3(s.macro.precision)}, macro-R ${f3(s.macro.recall)})`,
    table(
      ['label', 'precision', 'recall', 'F1', 'support', 'predicted'],
      SENTIMENT_LABELS.map((l) => {
        const x = s.perLabel[l];
        return [l, f3(x.precision), f3(x.recall), f3(x.f1), String(x.support), String(x.predicted)];
      }),
    ),
    '',
    'Confusion matrix (rows gold, columns predicted):',
    table(
      ['gold \\ pred', ...SENTIMENT_LABELS.map(short)],
      SENTIMENT_LABELS.map((l, i) => [l, ...s.confusion.matrix[i]!.map(String)]),
    ),
    '',
    'Sentiment by channel:',
    table(
      ['channel', 'n', 'accuracy', 'macro-F1'],
      Object.entries(r.sentimentByChannel).map(([c, x]) => [c, String(x.n), f3(x.accuracy), f3(x.macroF1)]),
    ),
    '',
    `Emotions (predicted when score ≥ ${EMOTION_THRESHOLD}): micro-F1 ${f3(e.micro.f1)} (P ${f3(e.micro.precision)}, R ${f3(e.micro.recall)})  macro-F1 ${f3(e.macro.f1)}  exact set match ${f3(e.exactMatch)}`,
    table(
      ['emotion', 'precision', 'recall', 'F1', 'support', 'predicted'],
      EMOTIONS.map((name) => {
        const x = e.perLabel[name];
        return [name, f3(x.precision), f3(x.recall), f3(x.f1), String(x.support), String(x.predicted)];
      }),
    ),
  ];
  if (r.errors && r.errors.length > 0) {
    out.push('', `First ${r.errors.length} sentiment errors:`);
    for (const err of r.errors) out.push(`  ${err.id}  ${short(err.gold)} → ${short(err.predicted)}  ${err.text}`);
  }
  return out.join('\n');
}

function main(argv: string[]): void {
  const cli = parseCli(argv);
  if (cli.help) {
    console.log(USAGE);
    return;
  }
  const runs: { language: Language; file: string }[] = cli.set
    ? [{ language: languageOfFile(cli.set, cli.lang), file: resolve(cli.set) }]
    : (cli.lang ? [cli.lang] : LANGUAGES).map((language) => ({
        language,
        file: resolve(REPO_ROOT, 'sample-data', 'dev-sets', `${language}.jsonl`),
      }));

  const analyzer = new LexiconAnalyzer({ topicMap: TopicMapSchema.parse(topicMapJson) });
  const results = runs.map(({ language, file }) =>
    evaluate(
      analyzer,
      language,
      file,
      loadDevSet(file).filter((item) => inSplit(item.id, cli.split)),
      cli.split,
      cli.errors,
    ),
  );
  const version = analyzer.analyze({ text: 'ok' }).analyzer.version;

  if (cli.json) {
    console.log(
      JSON.stringify({ analyzerVersion: version, emotionThreshold: EMOTION_THRESHOLD, split: cli.split, results }, null, 2),
    );
    return;
  }
  console.log(
    `LexiconAnalyzer ${version} on the dev sets, split ${cli.split} (regression figures, not a generalisation benchmark)\n`,
  );
  console.log(results.map(formatResult).join('\n\n'));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
    console.error(`eval: ${error.message}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
