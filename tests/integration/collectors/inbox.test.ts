import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportsResult, PrefixResult } from '../../../lambdas/core/collect/sources/collect-exports.ts';
import type { FeedbackItem } from '../../../lambdas/core/schema/feedback.ts';
import { exportFixtureObjects, SIMULATOR_PREFIXES } from '../../../local/source-simulator.ts';
import { type CollectorHarness, FIXTURES_DIR, RUN_AT, scheduledEvent, startCollectorHarness } from './harness.ts';

let h: CollectorHarness;
let first: ExportsResult;
let items: FeedbackItem[];

const prefix = (result: ExportsResult, name: string): PrefixResult => {
  const found = result.prefixes.find((p) => p.prefix === name);
  if (!found) throw new Error(`no result for ${name}`);
  return found;
};
const item = (sourceId: string): FeedbackItem => {
  const found = items.find((candidate) => candidate.sourceId === sourceId);
  if (!found) throw new Error(`no item ${sourceId}`);
  return found;
};
const reasonsFor = async (objectPrefix: string) => (await h.quarantined()).filter((r) => r.origin.object.startsWith(objectPrefix)).map((r) => r.reason.replace(/gp:\w+|nl\.stroomwijs\.app:\d+/, '#')).sort();

/** An S3 event notification for uploaded keys, as S3 sends it. */
function objectCreated(bucket: string, ...keys: string[]) {
  return {
    Records: keys.map((key) => ({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-1',
      eventTime: '2026-11-21T10:00:00.000Z',
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'AWS:AIDAEXAMPLE' },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': 'C3D13FE58DE4C810', 'x-amz-id-2': 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD' },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'inbox',
        bucket: { name: bucket, ownerIdentity: { principalId: 'A3NL1KOZZKExample' }, arn: `arn:aws:s3:::${bucket}` },
        object: { key: encodeURIComponent(key).replace(/%2F/g, '/'), size: 100, eTag: 'd41d8cd98f00b204e9800998ecf8427e', sequencer: '0055AED6DCD90281E5' },
      },
    })),
  };
}

beforeAll(async () => {
  h = await startCollectorHarness();
  for (const object of exportFixtureObjects(FIXTURES_DIR).filter((o) => o.key.startsWith('inbox/'))) await h.store.putObject(object.key, object.body, 'application/octet-stream');
  first = await h.runExports('inbox', scheduledEvent(RUN_AT));
  items = await h.rawItems(first.rawObjects);
});
afterAll(async () => h.close());

describe('inbox collector', () => {
  it('reads the Play Console export (UTF-16LE) with review ids taken from the Review Link', () => {
    const play = items.filter((i) => i.source === 'googleplay');

    expect(prefix(first, SIMULATOR_PREFIXES.playConsole)).toMatchObject({ objects: 1, items: 10, quarantined: 2 });
    expect(play.every((i) => i.sourceId.startsWith('gp:AOqpTOG') && i.product === 'nl.stroomwijs.app')).toBe(true);
    expect(play.map((i) => i.text)).toContain('Twee regels:\nde app is "prima", maar de factuur, die klopt niet');
  });

  it('quarantines a rating-only Play row and a row whose rating is not a number', async () => {
    expect(await reasonsFor(SIMULATOR_PREFIXES.playConsole)).toEqual([
      'review # (line 12): Star Rating must be a number, not a string (\'vijf\')',
      'review # (line 8): Review Text is empty (a star rating without a written review)',
    ]);
  });

  it('maps a ;-separated survey export by the configured column names', () => {
    expect(item('r-02')).toMatchObject({ source: 'survey', channel: 'review', rating: 1, createdAt: '2026-11-20T10:02:00.000Z', text: 'Mijn factuur klopt "al maanden" niet;\nik heb drie keer gebeld' });
    expect(item('r-07').rating).toBe(4);
  });

  it('keeps text that starts like a spreadsheet formula exactly as written', () => {
    expect(item('r-03').text).toBe('=SUM(A1:A3) haha, nee serieus: top service');
  });

  it('quarantines survey rows with an unreadable date, a score out of range or no text, naming the column', async () => {
    expect(await reasonsFor(SIMULATOR_PREFIXES.survey)).toEqual(["line 6 (r-04): 'Datum' 'gisteren' is not an ISO-8601 date-time", "line 7 (r-05): 'Score' 9 is above the maximum of 5", "line 8 (r-06): 'Toelichting' is empty"]);
  });

  it('maps a JSONL export by dotted keys, converting offsets to UTC', () => {
    expect(item('af-1')).toMatchObject({ source: 'upload', text: 'Super handige app!', title: 'Compliment', language: 'nl', rating: 5, createdAt: '2026-11-20T11:00:00.000Z' });
  });

  it('collects only the uploaded key when triggered by an S3 object-created event', async () => {
    const key = `${SIMULATOR_PREFIXES.survey}nps 2026-12.csv`;
    await h.store.putObject(key, 'Respondent;Datum;Score;Toelichting\nr-20;01-12-2026 09:00;5;Top!\n', 'text/csv');

    const result = await h.runExports('inbox', objectCreated(h.aws.bucket, key));

    expect(result).toMatchObject({ objects: 1, items: 1 });
    expect((await h.rawItems(result.rawObjects)).map((i) => i.sourceId)).toEqual(['r-20']);
  });

  it('skips an unchanged file on the next scan', async () => {
    const again = await h.runExports('inbox', scheduledEvent('2026-11-21T11:00:00.000Z'));

    expect(again).toMatchObject({ objects: 0, alreadyCollected: 4, items: 0 });
  });

  it('reads a corrected file uploaded under the same name again', async () => {
    const key = `${SIMULATOR_PREFIXES.survey}nps 2026-12.csv`;
    await h.store.putObject(key, 'Respondent;Datum;Score;Toelichting\nr-20;01-12-2026 09:00;5;Top!\nr-21;01-12-2026 10:00;2;Te duur\n', 'text/csv');

    const result = await h.runExports('inbox', objectCreated(h.aws.bucket, key));

    expect((await h.rawItems(result.rawObjects)).map((i) => i.sourceId)).toEqual(['r-20', 'r-21']);
  });
});
