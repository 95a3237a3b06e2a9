import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NormaliseContext, NormaliseResult } from '../../../lambdas/core/collect/source-format.ts';
import { normaliseBlueskyPost } from '../../../lambdas/core/collect/sources/bluesky.ts';
import { csvRows, decodeText } from '../../../lambdas/core/collect/sources/csv.ts';
import { normaliseGooglePlayReview } from '../../../lambdas/core/collect/sources/googleplay.ts';
import { normalisePlayConsoleRow } from '../../../lambdas/core/collect/sources/googleplay-csv.ts';
import { normaliseRedditPost } from '../../../lambdas/core/collect/sources/reddit.ts';
import { normaliseTrustpilotReview } from '../../../lambdas/core/collect/sources/trustpilot.ts';
import { ctx, deeplyNested, everyFieldBroken, expectItemOrReason, expectNamed, field, loneSurrogateText, mutated, type RecordLabel, RUNS, sampleBytes, sampleJson, withText } from './fuzz-helpers.ts';

type Normalise = (record: unknown, context: NormaliseContext) => NormaliseResult;

/** The first sample record the normaliser accepts. */
function validRecord(records: unknown[], normalise: Normalise, name: string): unknown {
  const record = records.find((candidate) => normalise(candidate, ctx).ok);
  if (record === undefined) throw new Error(`no valid ${name} record in the sample`);
  return record;
}

const playConsoleRows = csvRows(decodeText(sampleBytes('sources/playconsole/reviews_nl.stroomwijs.app_202611.csv'))).rows;

type ExpectLabel = (reason: string, record: unknown) => void;

const named =
  (label: RecordLabel): ExpectLabel =>
  (reason, record) =>
    expectNamed(reason, label, record);

/** Play Console rows are named by their line (`line 7: …`, `review gp:… (line 7): …`), or `row` when not a row at all. */
const expectPlayConsoleLabel: ExpectLabel = (reason, record) => {
  expect(reason).toMatch(/^(row|line \d+|review .+ \(line \d+\)): /);
  const line = /^(?:line |review .+ \(line )(\d+)/.exec(reason)?.[1];
  if (line !== undefined) expect(Number(line)).toBe(field(record, 'line'));
};

const cases = [
  {
    name: 'Google Play API review',
    normalise: normaliseGooglePlayReview,
    records: sampleJson<{ reviews: unknown[] }>('sources/googleplay/nl.stroomwijs.app.json').reviews,
    label: named({ noun: 'review', id: (r) => field(r, 'reviewId') }),
  },
  {
    name: 'Play Console CSV row',
    normalise: normalisePlayConsoleRow,
    records: playConsoleRows as unknown[],
    label: expectPlayConsoleLabel,
  },
  {
    name: 'Trustpilot review',
    normalise: normaliseTrustpilotReview,
    records: sampleJson<{ reviews: unknown[] }>('sources/trustpilot/5f8d0c2a9e1b3c0001a2b3c4.json').reviews,
    label: named({ noun: 'review', id: (r) => field(r, 'id') }),
  },
  {
    name: 'Bluesky post',
    normalise: normaliseBlueskyPost,
    records: sampleJson<{ posts: unknown[] }>('sources/bluesky/posts.json').posts,
    label: named({ noun: 'post', id: (r) => field(r, 'uri') }),
  },
  {
    name: 'Reddit post',
    normalise: normaliseRedditPost,
    records: sampleJson<{ data: { children: unknown[] } }>('sources/reddit/thenetherlands.json').data.children,
    label: named({ noun: 'post', id: (r) => field(r, 'data', 'name') }),
  },
].map((entry) => ({ ...entry, record: validRecord(entry.records, entry.normalise, entry.name) }));

describe.each(cases)('$name normaliser', ({ normalise, record, label }) => {
  it('turns any JSON value into a valid item or a reason', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectItemOrReason(normalise(value, ctx), value);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('turns every field of a real record, removed or mistyped one at a time, into a valid item or a reason', () => {
    for (const broken of everyFieldBroken(record)) expectItemOrReason(normalise(broken, ctx), broken);
  });

  it('turns a real record with fields removed or mistyped into a valid item or a reason', () => {
    fc.assert(
      fc.property(mutated(record), (broken) => {
        expectItemOrReason(normalise(broken, ctx), broken);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('names the record (or says it has none) at the start of every reason', () => {
    fc.assert(
      fc.property(mutated(record), (broken) => {
        const result = normalise(broken, ctx);
        if (!result.ok) label(result.reason, broken);
      }),
      { numRuns: RUNS.normal },
    );
    for (const broken of everyFieldBroken(record)) {
      const result = normalise(broken, ctx);
      if (!result.ok) label(result.reason, broken);
    }
  });

  it('keeps empty, 1 MB, control-character, RTL, emoji-only and formula texts in any field to a valid item or a reason', () => {
    fc.assert(
      fc.property(withText(record), (changed) => {
        expectItemOrReason(normalise(changed, ctx), changed);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('does not throw on a lone surrogate in any string field (ids and handles included)', () => {
    fc.assert(
      fc.property(withText(record, loneSurrogateText), (changed) => {
        expectItemOrReason(normalise(changed, ctx), changed);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('gives a valid item or a reason when any field is nested thousands of levels deep', () => {
    for (const field of Object.keys(record as Record<string, unknown>)) {
      const changed = { ...(record as Record<string, unknown>), [field]: deeplyNested() };
      expectItemOrReason(normalise(changed, ctx), changed);
    }
  });
});
