import { describe, expect, it } from 'vitest';
import { hashAuthor } from '../../../../lambdas/core/collect/ids.ts';
import { normaliseTranscriptLines, transcriptJsonlFormat } from '../../../../lambdas/core/collect/sources/transcript-jsonl.ts';
import { ctx, okItem, reason } from './normalise-helpers.ts';

const line = (role: string, text: string, at: string, extra: Record<string, unknown> = {}) => ({ conversationId: 'wc-1', role, text, at, ...extra });
const conversation = [
  line('bot', 'Hoi! Waarmee kan ik helpen?', '2026-11-19T10:00:00Z'),
  line('user', 'Mijn app laat geen verbruik zien', '2026-11-19T10:00:05Z', { author: 'Jeroen de Vries', language: 'nl' }),
  line('agent', 'Er is een storing, morgen opgelost.', '2026-11-19T10:02:00+01:00', { outcome: 'resolved' }),
];

describe('normaliseTranscriptLines', () => {
  it('orders turns by time and maps role aliases', () => {
    expect(okItem(normaliseTranscriptLines('webchat', conversation, ctx)).conversation?.turns.map((turn) => [turn.role, turn.at])).toEqual([
      ['agent', '2026-11-19T09:02:00.000Z'],
      ['bot', '2026-11-19T10:00:00.000Z'],
      ['customer', '2026-11-19T10:00:05.000Z'],
    ]);
  });

  it('keeps the customer words as text, the last outcome, and only a hash of the author', () => {
    expect(okItem(normaliseTranscriptLines('webchat', conversation, ctx))).toMatchObject({ source: 'webchat', sourceId: 'wc-1', text: 'Mijn app laat geen verbruik zien', language: 'nl', author: hashAuthor('test-salt', 'Jeroen de Vries'), conversation: { outcome: 'resolved' } });
  });

  it('quarantines the conversation when one line has an unknown role, naming the line', () => {
    expect(reason(normaliseTranscriptLines('webchat', [conversation[1], { ...line('robot', 'Graag gedaan', '2026-11-19T10:01:00Z'), line: 7 }], ctx))).toBe('conversation wc-1: line 7: role must be customer, bot or agent (or user / assistant)');
  });

  it('quarantines a line whose time is not ISO-8601', () => {
    expect(reason(normaliseTranscriptLines('webchat', [{ ...line('customer', 'hoi', 'gisteren'), line: 3 }], ctx))).toBe('conversation wc-1: line 3: at must be an ISO-8601 date-time');
  });

  it('quarantines a conversation without customer turns', () => {
    expect(reason(normaliseTranscriptLines('webchat', [conversation[0]], ctx))).toBe('conversation wc-1: the customer wrote nothing, so there is nothing to analyse');
  });
});

describe('transcriptJsonlFormat.read', () => {
  const read = (text: string) => transcriptJsonlFormat('webchat').read('chat/x.jsonl', new Uint8Array(Buffer.from(text)));

  it('groups lines by conversationId, numeric ids included', () => {
    expect(read('{"conversationId":7,"role":"customer","text":"a","at":"2026-11-19T10:00:00Z"}\n\n{"conversationId":"wc-2","role":"bot","text":"b","at":"2026-11-19T10:00:00Z"}').entries.map((e) => [e.group, e.position])).toEqual([
      ['7', 1],
      ['wc-2', 3],
    ]);
  });

  it('reports a line that is not JSON and a line without a conversationId', () => {
    const reasons = read('{"conversationId": "x", "role"\n{"role":"bot","text":"b","at":"2026-11-19T10:00:00Z"}').problems.map((p) => p.reason);

    expect(reasons[0]).toMatch(/^chat\/x\.jsonl line 1 is not valid JSON \(/);
    expect(reasons[1]).toBe('chat/x.jsonl line 2 has no conversationId, so the turn belongs to no conversation');
  });
});
