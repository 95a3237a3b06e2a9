import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LexiconAnalyzer } from '../../../lambdas/core/analysis/lexicon-analyzer.ts';
import { loadTopicMap } from '../../../lambdas/composition.ts';
import { analyzeForCli, analyzeJsonLines } from '../../../local/analyze-command.ts';

const analyzer = new LexiconAnalyzer({ topicMap: loadTopicMap() });

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

describe('analyzeForCli', () => {
  it('returns exactly the contract keys, in order, with the text redacted before analysis', () => {
    const result = analyzeForCli(analyzer, 'a1', 'Mail me op jan@example.nl, de levering is weer te laat!');

    expect(Object.keys(result)).toEqual(['id', 'language', 'sentiment', 'emotions', 'keyPhrases', 'topics', 'signals', 'pii', 'redactedText']);
    expect(Object.keys(result.sentiment)).toEqual(['label', 'scores']);
    expect(result.redactedText).toBe('Mail me op [EMAIL], de levering is weer te laat!');
    expect(result.pii).toEqual({ redacted: 1, types: ['EMAIL'] });
    expect(result.topics).toContain('levering');
    expect(JSON.stringify(result)).not.toContain('jan@example.nl');
  });
});

describe('analyzeJsonLines', () => {
  it('writes one line per input line, in input order, and reports bad lines on stderr with their number', async () => {
    const input = Readable.from(['{"id": 1, "text": "Top service, dank je!"}\n', 'geen json\n', '\n', '{"id": "b"}\n', '{"id": 2, "text": "Terrible app, keeps crashing"}\n']);
    const output = new PassThrough();
    const errors = new PassThrough();
    const out = collect(output);
    const err = collect(errors);

    const counts = await analyzeJsonLines(analyzer, input, output, errors);

    const lines = out().trim().split('\n').map((l) => JSON.parse(l) as { id: number; sentiment: { label: string } });
    expect(lines.map((l) => l.id)).toEqual([1, 2]);
    expect(lines.map((l) => l.sentiment.label)).toEqual(['POSITIVE', 'NEGATIVE']);
    const problems = err().trim().split('\n').map((l) => JSON.parse(l) as { line: number; error: string });
    expect(problems.map((p) => p.line)).toEqual([2, 4]);
    expect(problems[1]?.error).toMatch(/^text:/);
    expect(counts).toEqual({ lines: 5, analysed: 2, failed: 2 });
  });

  it('keeps order and waits for a slow reader on a long stream', async () => {
    const total = 3_000;
    async function* lines() {
      for (let i = 0; i < total; i += 1) yield `${JSON.stringify({ id: i, text: i % 2 ? 'niet goed' : 'heel goed' })}\n`;
    }
    const output = new PassThrough({ highWaterMark: 1024 });
    const ids: number[] = [];
    let buffered = '';
    output.on('data', (chunk: Buffer) => {
      output.pause();
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const part of parts) ids.push((JSON.parse(part) as { id: number }).id);
      setImmediate(() => output.resume());
    });

    const ended = new Promise((resolve) => output.on('end', resolve));
    await analyzeJsonLines(analyzer, Readable.from(lines()), output, new PassThrough());
    output.end();
    await ended;

    expect(ids).toHaveLength(total);
    expect(ids.every((id, index) => id === index)).toBe(true);
  });
});
