import { describe, expect, it } from 'vitest';
import { feedbackId, hashAuthor } from '../../../../lambdas/core/collect/ids.ts';
import { type InboxMapping, mappedCsvFormat, mappedJsonlFormat, normaliseMappedRecord, parseDateValue, parseRatingValue } from '../../../../lambdas/core/collect/sources/inbox.ts';
import { ctx, okItem, reason } from './normalise-helpers.ts';

const mapping: InboxMapping = { sourceId: 'Respondent', createdAt: 'Datum', rating: 'Score', text: 'Toelichting', author: 'Naam' };
const options = { source: 'survey', channel: 'review' as const, mapping };
const row = (values: Record<string, unknown>) => ({ line: 3, values: { Respondent: 'r-01', Datum: '20-11-2026 09:14', Score: '4', Toelichting: 'Fijne app', Naam: 'Jan', ...values } });

describe('normaliseMappedRecord', () => {
  it('maps columns to fields as configured', () => {
    expect(okItem(normaliseMappedRecord(options, row({}), ctx))).toMatchObject({ id: feedbackId('survey', 'r-01'), source: 'survey', channel: 'review', sourceId: 'r-01', text: 'Fijne app', rating: 4, createdAt: '2026-11-20T09:14:00.000Z', author: hashAuthor('test-salt', 'Jan') });
  });

  it('derives a stable id from date and text when no sourceId column is mapped', () => {
    const { sourceId: _s, ...withoutId } = mapping;
    const first = okItem(normaliseMappedRecord({ ...options, mapping: withoutId }, row({}), ctx));
    const again = okItem(normaliseMappedRecord({ ...options, mapping: withoutId }, { ...row({}), line: 9 }, ctx));

    expect(first.sourceId).toMatch(/^sha-[0-9a-f]{32}$/);
    expect(again.id).toBe(first.id);
  });

  it('keeps text that starts with a formula character as written', () => {
    expect(okItem(normaliseMappedRecord(options, row({ Toelichting: '=HYPERLINK("x")' }), ctx)).text).toBe('=HYPERLINK("x")');
  });

  it('quarantines an unreadable date, naming the column', () => {
    expect(reason(normaliseMappedRecord(options, row({ Datum: 'gisteren' }), ctx))).toBe("line 3 (r-01): 'Datum' 'gisteren' is not an ISO-8601 date-time");
  });

  it('quarantines a score outside 1..5, naming the column', () => {
    expect(reason(normaliseMappedRecord(options, row({ Score: '9' }), ctx))).toBe("line 3 (r-01): 'Score' 9 is above the maximum of 5");
  });

  it('quarantines a row without the text column', () => {
    expect(reason(normaliseMappedRecord(options, { line: 4, values: { Datum: '20-11-2026' } }, ctx))).toBe("line 4: has no 'Toelichting' (mapped as text)");
  });
});

describe('parseDateValue', () => {
  it('reads ISO with an offset, ISO without one as UTC, day-first dates and epoch times', () => {
    expect(parseDateValue('2026-11-20T12:00:00+01:00')).toBe('2026-11-20T11:00:00.000Z');
    expect(parseDateValue('2026-11-20 12:00')).toBe('2026-11-20T12:00:00.000Z');
    expect(parseDateValue('20/11/2026')).toBe('2026-11-20T00:00:00.000Z');
    expect(parseDateValue('1795219200000')).toBe('2026-11-21T00:00:00.000Z');
    expect(parseDateValue('1795219200')).toBe('2026-11-21T00:00:00.000Z');
  });

  it('leaves an impossible day-first date unchanged so validation names it', () => {
    expect(parseDateValue('31-02-2026')).toBe('31-02-2026');
  });
});

describe('parseRatingValue', () => {
  it('reads 4, 4.0, 4,0 and 4/5 as 4 and leaves words as text', () => {
    expect(['4', '4.0', '4,0', '4 / 5', 'vier'].map(parseRatingValue)).toEqual([4, 4, 4, 4, 'vier']);
  });
});

describe('mapped formats', () => {
  it('report a CSV whose header lacks a mapped column, listing what it has', () => {
    const { entries, problems } = mappedCsvFormat(options).read('inbox/survey/a.csv', new Uint8Array(Buffer.from('Respondent;Datum;Cijfer\nr-1;20-11-2026;4\n')));

    expect(entries).toEqual([]);
    expect(problems.map((p) => p.reason)).toEqual(["inbox/survey/a.csv: the header has no column 'Toelichting' (it has 'Respondent', 'Datum', 'Cijfer'); fix the file or the column mapping"]);
  });

  it('read JSONL with dotted keys into one entry per line', () => {
    const format = mappedJsonlFormat({ source: 'upload', channel: 'review', mapping: { text: 'message.body', createdAt: 'submitted' } });
    const { entries } = format.read('inbox/a.jsonl', new Uint8Array(Buffer.from('{"submitted":"2026-11-20T12:00:00Z","message":{"body":"Top"}}\n')));

    expect(okItem(format.normalise(entries.map((entry) => entry.raw), ctx))).toMatchObject({ text: 'Top', createdAt: '2026-11-20T12:00:00.000Z' });
  });
});
