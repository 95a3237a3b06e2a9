import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportsResult, PrefixResult } from '../../../lambdas/core/collect/sources/collect-exports.ts';
import type { FeedbackItem } from '../../../lambdas/core/schema/feedback.ts';
import { exportFixtureObjects, SIMULATOR_PREFIXES } from '../../../local/source-simulator.ts';
import { type CollectorHarness, FIXTURES_DIR, RUN_AT, scheduledEvent, startCollectorHarness } from './harness.ts';

let h: CollectorHarness;
let first: ExportsResult;
let second: ExportsResult;
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
const reasonsFor = async (objectPrefix: string) => (await h.quarantined()).filter((r) => r.origin.object.startsWith(objectPrefix)).map((r) => r.reason).sort();

beforeAll(async () => {
  h = await startCollectorHarness();
  for (const object of exportFixtureObjects(FIXTURES_DIR).filter((o) => o.key.startsWith('chat/'))) await h.store.putObject(object.key, object.body, 'application/octet-stream');
  first = await h.runExports('chat', scheduledEvent(RUN_AT));
  items = await h.rawItems(first.rawObjects);
  second = await h.runExports('chat', scheduledEvent('2026-11-21T07:00:00.000Z'));
});
afterAll(async () => h.close());

describe('chat collector', () => {
  it('collects each Amazon Connect transcript as one conversation', () => {
    expect(prefix(first, SIMULATOR_PREFIXES.connect)).toMatchObject({ status: 'ok', objects: 3, items: 2, quarantined: 1 });
    expect(item('4d2be110-078d-4448-bfcf-45003774ec0d').conversation?.outcome).toBe('abandoned');
  });

  it('quarantines a Connect transcript in which the customer wrote nothing', async () => {
    expect(await reasonsFor(SIMULATOR_PREFIXES.connect)).toEqual(['contact cd547ce0-6240-4e8c-88e0-b7bea059e74d: the customer sent no messages, so there is nothing to analyse']);
  });

  it('groups Lex utterance records by sessionId into one conversation, across objects', () => {
    const session = item('s-1001');

    expect(session.text).toBe('Mijn factuur is veel te hoog\n123456\nNee dat klopt niet, het was altijd €98');
    expect(session.conversation?.turns.map((turn) => turn.role)).toEqual(['customer', 'bot', 'customer', 'bot', 'customer', 'bot']);
    expect(session.conversation?.outcome).toBe('CheckBill:Fulfilled');
  });

  it('reads Lex logs delivered by Firehose and by a CloudWatch Logs export task', () => {
    expect(items.filter((i) => i.source === 'chatbot' && i.sourceId.startsWith('s-')).map((i) => i.sourceId).sort()).toEqual(['s-1001', 's-1002', 's-1003', 's-1004', 's-1006', 's-1007']);
  });

  it('quarantines a Lex session without customer words and a line that is not a log record', async () => {
    expect(await reasonsFor(SIMULATOR_PREFIXES.lex)).toEqual([
      "chat/lex/export-000000.txt line 8 is not '<timestamp> <JSON record>'",
      'session s-1005: the customer said nothing (no inputTranscript), so there is nothing to analyse',
    ]);
  });

  it('turns the generic JSONL transcript into conversations with roles, outcome and a hashed author', () => {
    const chat = item('wc-501');

    expect(chat).toMatchObject({ source: 'webchat', channel: 'chat', createdAt: '2026-11-19T10:00:00.000Z', conversation: { outcome: 'resolved' } });
    expect(chat.conversation?.turns.map((turn) => turn.role)).toEqual(['customer', 'bot', 'customer', 'agent']);
    expect(chat.author).toMatch(/^[0-9a-f]{32}$/);
  });

  it('quarantines a broken JSONL line and a conversation with an unknown role', async () => {
    expect(await reasonsFor(SIMULATOR_PREFIXES.transcripts)).toEqual([
      expect.stringMatching(/^chat\/transcripts\/web-chat-2026-11-20\.jsonl line 10 is not valid JSON \(/),
      'conversation wc-505: line 12: role must be customer, bot or agent (or user / assistant)',
    ]);
  });

  it('skips every object already collected on the next run', () => {
    expect(second).toMatchObject({ objects: 0, alreadyCollected: 6, items: 0, rawObjects: [] });
  });

  it('holds back a Lex session that may still be going on, and collects it once it has been idle', async () => {
    const at = (minute: string) => `2026-11-21T08:${minute}:00.000Z`;
    const record = (time: string, said: string) => JSON.stringify({ timestamp: time, sessionId: 's-2001', inputTranscript: said, messages: [{ content: 'Ok', contentType: 'PlainText' }], sessionState: { intent: { name: 'CheckBill', state: 'InProgress' } } });
    await h.store.putObject(`${SIMULATOR_PREFIXES.lex}live-0001.jsonl`, `${record(at('00'), 'Hoi')}\n${record(at('20'), 'Mijn factuur')}\n`, 'application/x-ndjson');

    const during = await h.runExports('chat', scheduledEvent(at('30')));
    const after = await h.runExports('chat', scheduledEvent('2026-11-21T09:30:00.000Z'));

    expect(prefix(during, SIMULATOR_PREFIXES.lex)).toMatchObject({ objects: 1, deferred: 1, heldOpen: 1, items: 0 });
    expect(prefix(after, SIMULATOR_PREFIXES.lex)).toMatchObject({ objects: 1, deferred: 0, items: 1 });
  });
});
