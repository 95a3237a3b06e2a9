import { appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A message the receiver accepted. */
export interface ReceivedMessage {
  path: string;
  receivedAt: string;
  payload: { text?: string; blocks?: Record<string, unknown>[] };
}

/** Scripted faults, to exercise retries: answer `status` to the first `times` requests. */
export interface ReceiverFaults {
  status: number;
  times: number;
  retryAfterSeconds?: number;
}

/** The running receiver. */
export interface SlackReceiver {
  url: string;
  messages: ReceivedMessage[];
  /** Requests answered, including the faulted ones. */
  requests: number;
  close(): Promise<void>;
}

/**
 * A stand-in for Slack incoming webhooks on loopback: accepts JSON posts like Slack does
 * (200 "ok"; 400 invalid_payload for non-JSON), appends each message to a JSONL file and hands
 * it to `onMessage` (the runtime prints it readably).
 */
export async function startSlackReceiver(options: { file?: string; onMessage?: (message: ReceivedMessage) => void; faults?: ReceiverFaults } = {}): Promise<SlackReceiver> {
  const messages: ReceivedMessage[] = [];
  let requests = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests += 1;
      const faults = options.faults;
      if (faults && requests <= faults.times) {
        const headers: Record<string, string> = { 'content-type': 'text/plain' };
        if (faults.retryAfterSeconds !== undefined) headers['retry-after'] = String(faults.retryAfterSeconds);
        response.writeHead(faults.status, headers).end(faults.status === 429 ? 'rate_limited' : 'internal_error');
        return;
      }
      let payload: ReceivedMessage['payload'];
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReceivedMessage['payload'];
      } catch {
        response.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_payload');
        return;
      }
      const message: ReceivedMessage = { path: request.url ?? '/', receivedAt: new Date().toISOString(), payload };
      messages.push(message);
      if (options.file) appendFileSync(options.file, `${JSON.stringify(message)}\n`);
      options.onMessage?.(message);
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services/LOCAL/WEBHOOK/feedback-miner`,
    messages,
    get requests() {
      return requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Renders Block Kit as terminal text: headers bold, sections as paragraphs, fields as lines. */
export function renderBlocks(payload: ReceivedMessage['payload']): string {
  const lines: string[] = [];
  for (const block of payload.blocks ?? []) {
    const text = (block.text as { text?: string } | undefined)?.text;
    switch (block.type) {
      case 'header':
        lines.push(`\u001b[1m${text ?? ''}\u001b[22m`);
        break;
      case 'section':
        if (text) lines.push(text);
        for (const field of (block.fields as { text: string }[] | undefined) ?? []) lines.push(`  ${field.text.replace('\n', ': ')}`);
        break;
      case 'context':
        for (const element of (block.elements as { text?: string }[] | undefined) ?? []) if (element.text) lines.push(`  ${element.text}`);
        break;
      case 'divider':
        lines.push('  ────────');
        break;
      default:
        break;
    }
  }
  return lines.length ? lines.join('\n') : (payload.text ?? '');
}
