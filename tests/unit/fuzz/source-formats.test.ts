import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appStoreRssFormat, connectTranscriptFormat, htmlToText, mastodonStatusesFormat } from '../../../lambdas/core/collect/formats/index.ts';
import type { SourceFormat } from '../../../lambdas/core/collect/source-format.ts';
import { ctx, deeplyNested, everyFieldBroken, expectItemOrReason, expectNamed, field, loneSurrogateText, mutated, nastyText, RUNS, sampleJson, withText } from './fuzz-helpers.ts';

/** The first record of a sample document that the format accepts: the valid base every mutation starts from. */
function validRecord(format: SourceFormat, document: unknown): unknown {
  const record = format.records(document).find((candidate) => format.normalise(candidate, ctx).ok);
  if (record === undefined) throw new Error(`no valid ${format.name} record in the sample`);
  return record;
}

const appstoreDocument = sampleJson('appstore/stroomwijs-nl-page1.json');
const mastodonDocument = sampleJson('mastodon/mentions.json');
const connectDocument = sampleJson('connect/4d2be110-078d-4448-bfcf-45003774ec0d.json');

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
const nonEmpty = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

const cases = [
  { format: appStoreRssFormat, document: appstoreDocument, label: { noun: 'review', id: (r: unknown) => trimmed(field(r, 'id', 'label')) } },
  { format: mastodonStatusesFormat, document: mastodonDocument, label: { noun: 'status', id: (r: unknown) => nonEmpty(field(r, 'id')) ?? field(r, 'uri') } },
  { format: connectTranscriptFormat, document: connectDocument, label: { noun: 'contact', id: (r: unknown) => field(r, 'ContactId'), without: 'transcript without a ContactId' } },
].map((entry) => ({ ...entry, name: entry.format.name, record: validRecord(entry.format, entry.document) }));

/** Any JSON value, a nasty text, or a document nested far too deep. */
const anyDocument = fc.oneof(fc.jsonValue(), nastyText, fc.constant(deeplyNested()));

describe.each(cases)('$name', ({ format, document, record, label }) => {
  it('detect answers true or false for any JSON value, without throwing', () => {
    fc.assert(
      fc.property(fc.string(), anyDocument, (fileName, value) => {
        expect(typeof format.detect(fileName, value)).toBe('boolean');
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('records returns a list for any JSON value, without throwing', () => {
    fc.assert(
      fc.property(anyDocument, (value) => {
        expect(Array.isArray(format.records(value))).toBe(true);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('normalise turns any JSON value into a valid item or a reason', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectItemOrReason(format.normalise(value, ctx), value);
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('normalise turns every field of a real record, removed or mistyped one at a time, into a valid item or a reason', () => {
    for (const broken of everyFieldBroken(record)) expectItemOrReason(format.normalise(broken, ctx), broken);
  });

  it('normalise turns a real record with fields removed or mistyped into a valid item or a reason', () => {
    fc.assert(
      fc.property(mutated(record), (broken) => {
        expectItemOrReason(format.normalise(broken, ctx), broken);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('normalise names the record (or says it has no id) at the start of every reason', () => {
    fc.assert(
      fc.property(mutated(record), (broken) => {
        const result = format.normalise(broken, ctx);
        if (!result.ok) expectNamed(result.reason, label, broken);
      }),
      { numRuns: RUNS.normal },
    );
    for (const broken of everyFieldBroken(record)) {
      const result = format.normalise(broken, ctx);
      if (!result.ok) expectNamed(result.reason, label, broken);
    }
  });

  it('normalise keeps empty, 1 MB, control-character, RTL, emoji-only and formula texts in any field to a valid item or a reason', () => {
    fc.assert(
      fc.property(withText(record), (changed) => {
        expectItemOrReason(format.normalise(changed, ctx), changed);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('normalise does not throw on a lone surrogate in any string field (ids and names included)', () => {
    fc.assert(
      fc.property(withText(record, loneSurrogateText), (changed) => {
        expectItemOrReason(format.normalise(changed, ctx), changed);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('normalise gives a valid item or a reason when any field is nested thousands of levels deep', () => {
    for (const field of Object.keys(record as Record<string, unknown>)) {
      const changed = { ...(record as Record<string, unknown>), [field]: deeplyNested() };
      expectItemOrReason(format.normalise(changed, ctx), changed);
    }
  });

  it('splits a real document with mutated records into records that each normalise to an item or a reason', () => {
    fc.assert(
      fc.property(mutated(document), (broken) => {
        for (const each of format.records(broken)) expectItemOrReason(format.normalise(each, ctx), each);
      }),
      { numRuns: RUNS.heavy * 2 },
    );
  });
});

describe('mastodon htmlToText', () => {
  it('never throws and leaves no tag behind for any markup', () => {
    const markup = fc.array(fc.oneof(nastyText, fc.constantFrom('<p>', '</p>', '<br />', '<span class="h-card">', '</span>', '<a href="x">', '&amp;', '&#x1F600;', '&#xD800;', '&#0;', '&bogus;', '<', '>')), { maxLength: 30 });
    fc.assert(
      fc.property(markup, (parts) => {
        const text = htmlToText(parts.join(''));
        expect(typeof text).toBe('string');
        expect(text).not.toMatch(/<\/?(p|br|span|a)\b[^>]*>/);
      }),
      { numRuns: RUNS.normal },
    );
  });
});
