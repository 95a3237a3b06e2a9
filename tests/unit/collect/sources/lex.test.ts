import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feedbackId } from '../../../../lambdas/core/collect/ids.ts';
import { lexExportFormat, normaliseLexSession, splitJsonValues } from '../../../../lambdas/core/collect/sources/lex.ts';
import { ctx, okItem, reason } from './normalise-helpers.ts';

const bytes = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../../sample-data/sources/lex/${name}`, import.meta.url))));

/** A Lex V2 conversation-log text record (messageVersion 2.0), as Lex writes it. */
function record(sessionId: string, timestamp: string, said: string, reply: string, intent = 'CheckBill', state = 'InProgress') {
  return {
    timestamp,
    messageVersion: '2.0',
    requestId: `req-${timestamp}`,
    sessionId,
    inputMode: 'Text',
    operationName: 'RecognizeText',
    developerOverride: false,
    missedUtterance: false,
    bot: { name: 'StroomwijsHelp', version: '3', id: 'K61NSOGZCS', aliasName: 'prod', aliasId: 'TSTALIASID', localeId: 'nl_NL' },
    sessionState: { originatingRequestId: 'x', intent: { name: intent, state, slots: {}, confirmationState: 'None' }, dialogAction: { type: 'ElicitIntent' } },
    interpretations: [{ nluConfidence: '0.91', intent: { name: intent, state, slots: {}, confirmationState: 'None' } }],
    utteranceContext: {},
    inputTranscript: said,
    messages: [{ content: reply, contentType: 'PlainText' }],
  };
}

describe('normaliseLexSession', () => {
  const session = [
    record('s-9', '2026-11-20T10:00:40.000Z', 'Nee, het was €98', 'Ik verbind je door.', 'CheckBill', 'Fulfilled'),
    record('s-9', '2026-11-20T10:00:00.000Z', 'Mijn factuur is te hoog', 'Wat is je klantnummer?'),
  ];

  it('orders the utterances in time: the customer, then the bot, per record', () => {
    const item = okItem(normaliseLexSession(session, ctx));

    expect(item.conversation?.turns).toEqual([
      { role: 'customer', text: 'Mijn factuur is te hoog', at: '2026-11-20T10:00:00.000Z' },
      { role: 'bot', text: 'Wat is je klantnummer?', at: '2026-11-20T10:00:00.000Z' },
      { role: 'customer', text: 'Nee, het was €98', at: '2026-11-20T10:00:40.000Z' },
      { role: 'bot', text: 'Ik verbind je door.', at: '2026-11-20T10:00:40.000Z' },
    ]);
  });

  it('keeps the customer words as text and the last intent state as the outcome', () => {
    expect(okItem(normaliseLexSession(session, ctx))).toMatchObject({ id: feedbackId('chatbot', 's-9'), source: 'chatbot', channel: 'chat', sourceId: 's-9', text: 'Mijn factuur is te hoog\nNee, het was €98', language: 'nl_NL', createdAt: '2026-11-20T10:00:00.000Z', conversation: { outcome: 'CheckBill:Fulfilled' } });
  });

  it('reads SSML replies as the words the customer heard', () => {
    const spoken = { ...record('s-8', '2026-11-20T10:00:00.000Z', 'storing', ''), messages: [{ content: '<speak>Er is <emphasis>geen</emphasis> storing.</speak>', contentType: 'SSML' }] };
    expect(okItem(normaliseLexSession([spoken], ctx)).conversation?.turns[1]?.text).toBe('Er is geen storing.');
  });

  it('quarantines a session in which the customer said nothing', () => {
    expect(reason(normaliseLexSession([record('s-7', '2026-11-20T10:00:00.000Z', '', 'Hallo!')], ctx))).toBe('session s-7: the customer said nothing (no inputTranscript), so there is nothing to analyse');
  });

  it('quarantines a session with a record that has no timestamp, naming the record', () => {
    const { timestamp: _t, ...undated } = record('s-6', '2026-11-20T10:00:00.000Z', 'hoi', 'hallo');
    expect(reason(normaliseLexSession([record('s-6', '2026-11-20T09:59:00.000Z', 'hoi', 'hallo'), undated], ctx))).toBe('session s-6: utterance record 2: timestamp is missing');
  });
});

describe('lexExportFormat.read', () => {
  it('unwraps CloudWatch Logs payloads that Firehose wrote back to back, skipping control messages', () => {
    const { entries, problems } = lexExportFormat.read('lex/firehose', bytes('firehose-2026-11-20-09.json'));

    expect(problems).toEqual([]);
    expect([...new Set(entries.map((entry) => entry.group))]).toEqual(['s-1001', 's-1002', 's-1003']);
  });

  it('reads a CloudWatch Logs export task, using the line time for a record without one', () => {
    const { entries } = lexExportFormat.read('lex/export', bytes('export-000000.txt'));

    expect(entries.find((entry) => entry.group === 's-1007')?.at).toBe('2026-11-20T23:10:00.000Z');
  });

  it('reports a line of an export task that is not a log record', () => {
    expect(lexExportFormat.read('lex/export', bytes('export-000000.txt')).problems.map((p) => p.reason)).toEqual(["lex/export line 8 is not '<timestamp> <JSON record>'"]);
  });

  it('reads gzip JSON Lines of records', () => {
    const body = gzipSync(`${JSON.stringify(record('s-1', '2026-11-20T10:00:00.000Z', 'a', 'b'))}\n${JSON.stringify(record('s-2', '2026-11-20T10:01:00.000Z', 'c', 'd'))}\n`);
    expect(lexExportFormat.read('lex/x.gz', new Uint8Array(body)).entries.map((entry) => entry.group)).toEqual(['s-1', 's-2']);
  });

  it('reports a record without a sessionId', () => {
    const { sessionId: _s, ...orphan } = record('s-1', '2026-11-20T10:00:00.000Z', 'a', 'b');
    expect(lexExportFormat.read('lex/y', new Uint8Array(Buffer.from(JSON.stringify(orphan)))).problems.map((p) => p.reason)).toEqual(['lex/y record 1 has no sessionId, so it cannot be put in a conversation']);
  });
});

describe('splitJsonValues', () => {
  it('splits values written back to back, minding braces inside strings', () => {
    expect(splitJsonValues('{"a":"}{"}{"b":[1,{"c":2}]}\n[3]').values.map((v) => v.text)).toEqual(['{"a":"}{"}', '{"b":[1,{"c":2}]}', '[3]']);
  });

  it('returns text that is not JSON separately', () => {
    expect(splitJsonValues('{"a":1}\nkapot\n{"b":2}').garbage.map((g) => g.text)).toEqual(['kapot']);
  });
});
