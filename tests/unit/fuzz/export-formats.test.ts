import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectExportFormat } from '../../../lambdas/core/collect/sources/connect.ts';
import type { ExportFormat } from '../../../lambdas/core/collect/sources/export-format.ts';
import { type InboxMapping, mappedCsvFormat, mappedJsonlFormat, playConsoleCsvFormat } from '../../../lambdas/core/collect/sources/inbox.ts';
import { lexExportFormat } from '../../../lambdas/core/collect/sources/lex.ts';
import { transcriptJsonlFormat } from '../../../lambdas/core/collect/sources/transcript-jsonl.ts';
import { MAX_TEXT_LENGTH } from '../../../lambdas/core/schema/feedback.ts';
import { anyBytes, ctx, everyFieldBroken, expectHumanReason, expectItemOrReason, invalidUtf8, mutated, nastyText, RUNS, sampleBytes, throughUtf8, utf8 } from './fuzz-helpers.ts';

const surveyMapping: InboxMapping = { sourceId: 'Respondent', createdAt: 'Datum', rating: 'Score', text: 'Toelichting' };
const appFeedbackMapping: InboxMapping = { sourceId: 'feedback_id', createdAt: 'submitted', rating: 'stars', text: 'message.body', title: 'message.subject', language: 'locale' };
const surveyCsv = mappedCsvFormat({ source: 'survey', channel: 'review', mapping: surveyMapping });
const appFeedbackJsonl = mappedJsonlFormat({ source: 'app-feedback', channel: 'review', mapping: appFeedbackMapping });

const cases: { format: ExportFormat; key: string; sample: Uint8Array }[] = [
  { format: lexExportFormat, key: 'lex/firehose-2026-11-20-09', sample: sampleBytes('sources/lex/firehose-2026-11-20-09.json') },
  { format: lexExportFormat, key: 'lex/export-000000.gz', sample: new Uint8Array(gzipSync(sampleBytes('sources/lex/export-000000.txt'))) },
  { format: transcriptJsonlFormat('webchat'), key: 'transcripts/web-chat.jsonl', sample: sampleBytes('sources/transcripts/web-chat-2026-11-20.jsonl') },
  { format: connectExportFormat, key: 'connect/4d2be110.json', sample: sampleBytes('sources/connect/4d2be110-078d-4448-bfcf-45003774ec0d.json') },
  { format: surveyCsv, key: 'inbox/survey/nps.csv', sample: sampleBytes('sources/inbox/survey/nps-2026-11.csv') },
  { format: appFeedbackJsonl, key: 'inbox/app-feedback/export.jsonl', sample: sampleBytes('sources/inbox/app-feedback/export-2026-11-20.jsonl') },
  { format: playConsoleCsvFormat, key: 'inbox/playconsole/reviews_nl.stroomwijs.app_202611.csv', sample: sampleBytes('sources/playconsole/reviews_nl.stroomwijs.app_202611.csv') },
];

/** Reads an object and normalises every group, as collectExports does. */
function readAndNormalise(format: ExportFormat, key: string, body: Uint8Array) {
  const { entries, problems } = format.read(key, body);
  const groups = new Map<string, unknown[]>();
  for (const entry of entries) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry.raw]);
  return { entries, problems, results: [...groups.values()].map((group) => ({ group, result: format.normalise(group, ctx) })) };
}

/** A real export damaged the way transfers and editors damage files. */
function corrupted(sample: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.nat({ max: sample.length }).map((end) => sample.slice(0, end)),
    fc.tuple(fc.nat({ max: sample.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
      const copy = sample.slice();
      copy[at] = byte;
      return copy;
    }),
    fc.tuple(fc.nat({ max: sample.length }), invalidUtf8).map(([at, bad]) => new Uint8Array([...sample.slice(0, at), ...bad, ...sample.slice(at)])),
  );
}

describe.each(cases)('$format.name read and normalise ($key)', ({ format, key, sample }) => {
  it('never throws on arbitrary bytes and names the object in every problem', () => {
    fc.assert(
      fc.property(anyBytes, (body) => {
        const { entries, problems } = format.read(key, body);
        expect(Array.isArray(entries)).toBe(true);
        for (const problem of problems) {
          expectHumanReason(problem.reason, Buffer.from(body).toString('latin1'));
          expect(problem.reason).toContain(key);
          expect(problem.position).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('turns a truncated or byte-damaged real export into items and reasons, never an exception', () => {
    fc.assert(
      fc.property(corrupted(sample), (body) => {
        const { problems, results } = readAndNormalise(format, key, body);
        for (const problem of problems) expectHumanReason(problem.reason, Buffer.from(body).toString('latin1'));
        for (const { group, result } of results) expectItemOrReason(result, group);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('normalises any list of JSON values to a valid item or a reason', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 4 }), (group) => {
        expectItemOrReason(format.normalise(group, ctx), group);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('normalises a real group with fields removed or mistyped to a valid item or a reason', () => {
    const group = readAndNormalise(format, key, sample).results.find(({ result }) => result.ok)?.group;
    if (group === undefined) throw new Error(`the ${key} sample has no valid group`);
    for (const broken of everyFieldBroken(group)) expectItemOrReason(format.normalise(broken, ctx), broken);
    fc.assert(
      fc.property(mutated(group), (broken) => {
        expectItemOrReason(format.normalise(broken, ctx), broken);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('reads a JSON value nested thousands of levels deep as a problem or a rejected record, never a stack overflow', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}\n${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}\n`;
    const { problems, results } = readAndNormalise(format, key, utf8(deep));
    for (const problem of problems) expectHumanReason(problem.reason);
    for (const { group, result } of results) expectItemOrReason(result, group);
  });
});

/** A CSV cell as a spreadsheet writes it: quoted when it has to be, or always. */
function csvCell(value: string, delimiter: string, quoteAll: boolean): string {
  const needsQuotes = quoteAll || value.includes(delimiter) || /["\r\n]/.test(value);
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The mapped survey CSV of `texts`, with the variations real exports have. */
const surveyExport = fc.record({
  texts: fc.array(nastyText, { minLength: 1, maxLength: 6 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  quoteAll: fc.boolean(),
  bom: fc.boolean(),
  newline: fc.constantFrom('\n', '\r\n'),
});

describe('mapped CSV inbox', () => {
  it('reads one entry per row, whatever the text holds (quoted newlines, delimiters, BOM, formulas)', () => {
    fc.assert(
      fc.property(surveyExport, ({ texts, delimiter, quoteAll, bom, newline }) => {
        const lines = [['Respondent', 'Datum', 'Score', 'Toelichting'].join(delimiter), ...texts.map((text, index) => [`r-${index}`, '20-11-2026 09:14', '4', csvCell(text, delimiter, quoteAll)].join(delimiter))];
        const { entries, problems } = surveyCsv.read('inbox/survey/fuzz.csv', utf8(`${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`));

        expect(problems).toEqual([]);
        expect(entries).toHaveLength(texts.length);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('keeps each text as written (formula characters included) or rejects it as empty or too long', () => {
    fc.assert(
      fc.property(surveyExport, ({ texts, delimiter, quoteAll, bom, newline }) => {
        const lines = [['Respondent', 'Datum', 'Score', 'Toelichting'].join(delimiter), ...texts.map((text, index) => [`r-${index}`, '20-11-2026 09:14', '4', csvCell(text, delimiter, quoteAll)].join(delimiter))];
        const { results } = readAndNormalise(surveyCsv, 'inbox/survey/fuzz.csv', utf8(`${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`));

        results.forEach(({ result }, index) => {
          const expected = throughUtf8(texts[index] ?? '').trim();
          if (expected === '' || expected.length > MAX_TEXT_LENGTH) expect(result.ok).toBe(false);
          else expect(result.ok ? result.item.text : result.reason).toBe(expected);
        });
      }),
      { numRuns: RUNS.normal },
    );
  });
});

describe('mapped JSON Lines inbox', () => {
  it('keeps each text as written or rejects it as empty or too long, whatever the line endings and BOM', () => {
    const upload = fc.record({ texts: fc.array(nastyText, { minLength: 1, maxLength: 6 }), bom: fc.boolean(), newline: fc.constantFrom('\n', '\r\n') });
    fc.assert(
      fc.property(upload, ({ texts, bom, newline }) => {
        const lines = texts.map((text, index) => JSON.stringify({ feedback_id: `af-${index}`, submitted: '2026-11-20T12:00:00+01:00', stars: 3, message: { body: text } }));
        const { problems, results } = readAndNormalise(appFeedbackJsonl, 'inbox/app-feedback/fuzz.jsonl', utf8(`${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`));

        expect(problems).toEqual([]);
        expect(results).toHaveLength(texts.length);
        results.forEach(({ result }, index) => {
          const expected = (texts[index] ?? '').trim();
          if (expected === '' || expected.length > MAX_TEXT_LENGTH) expect(result.ok).toBe(false);
          else expect(result.ok ? result.item.text : result.reason).toBe(expected);
        });
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('rejects a mapped value nested thousands of levels deep with a reason instead of a stack overflow', () => {
    const deep = `${'{"x":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const line = `{"feedback_id":"af-deep","submitted":"2026-11-20T12:00:00+01:00","stars":3,"message":{"body":${deep}}}`;

    const [only] = readAndNormalise(appFeedbackJsonl, 'inbox/app-feedback/deep.jsonl', utf8(line)).results;

    expect(only?.result.ok).toBe(false);
    if (only && !only.result.ok) expectHumanReason(only.result.reason, line);
  });
});

describe('generic JSONL transcripts', () => {
  const format = transcriptJsonlFormat('webchat');
  const line = (role: string, text: string, second: number) => ({ conversationId: 'c-1', role, text, at: `2026-11-20T10:00:0${second}Z` });

  it('rejects a turn whose role is not customer, bot or agent, saying so, even for names every object has', () => {
    const role = fc.oneof(fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'), fc.string().filter((r) => !['customer', 'user', 'bot', 'assistant', 'agent'].includes(r.toLowerCase())));
    fc.assert(
      fc.property(role, (name) => {
        const result = format.normalise([line('customer', 'Mijn app doet het niet', 1), line(name, 'Probeer opnieuw', 2)], ctx);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toContain('role must be customer, bot or agent');
      }),
      { numRuns: RUNS.normal },
    );
  });
});

describe('Lex conversation logs', () => {
  const event = (timestamp: number, record: Record<string, unknown>) => ({ messageType: 'DATA_MESSAGE', logEvents: [{ id: 'e1', timestamp, message: JSON.stringify(record) }] });

  it("uses the record's own timestamp when the log event's time is out of range", () => {
    const body = utf8(JSON.stringify(event(1e20, { timestamp: '2026-11-20T11:34:00.000Z', sessionId: 's-9', inputTranscript: 'Mijn factuur is te hoog' })));

    const { entries, problems } = lexExportFormat.read('lex/out-of-range', body);

    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
  });

  it('keeps problems of a log envelope nested in a log event instead of dropping them silently', () => {
    const inner = { messageType: 'DATA_MESSAGE', logEvents: [{ id: 'bad', timestamp: 1, message: 'not json' }] };
    const body = utf8(JSON.stringify({ messageType: 'DATA_MESSAGE', logEvents: [{ id: 'outer', timestamp: 1, message: JSON.stringify(inner) }] }));

    const { problems } = lexExportFormat.read('lex/nested', body);

    expect(problems.map((p) => p.reason)).toEqual(['lex/nested record 1: log event bad is not a JSON Lex log record']);
  });
});
