import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ComprehendClient } from '@aws-sdk/client-comprehend';
import { afterEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer, type LocalAnalyzer } from '../../lambdas/adapters/aws/comprehend-analyzer.ts';

const local: LocalAnalyzer = {
  analyze: () => ({
    language: 'en',
    sentiment: { label: 'NEUTRAL', scores: { positive: 0, negative: 0, neutral: 1, mixed: 0 } },
    emotions: [],
    keyPhrases: [],
    topics: [],
    signals: { churnRisk: false, effort: false, escalationRequested: false, botLoop: false },
    analyzer: { sentiment: 'local', version: 'test' },
  }),
};

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A Comprehend endpoint on loopback speaking the JSON 1.1 protocol, throttling the first calls. */
async function throttlingComprehend(throttleFirst: number) {
  const calls: string[] = [];
  server = createServer((request, response) => {
    const target = String(request.headers['x-amz-target'] ?? '');
    request.resume();
    request.on('end', () => {
      calls.push(target);
      if (calls.length <= throttleFirst) {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }));
        return;
      }
      const body = target.endsWith('BatchDetectSentiment')
        ? { ResultList: [{ Index: 0, Sentiment: 'POSITIVE', SentimentScore: { Positive: 0.9, Negative: 0.02, Neutral: 0.07, Mixed: 0.01 } }], ErrorList: [] }
        : { ResultList: [{ Index: 0, KeyPhrases: [{ Text: 'fast delivery', Score: 0.98, BeginOffset: 0, EndOffset: 13 }] }], ErrorList: [] };
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { calls, endpoint: `http://127.0.0.1:${port}` };
}

describe('ComprehendAnalyzer against a throttling endpoint', () => {
  it('retries throttled calls with the SDK backoff and still delivers every document', async () => {
    const { calls, endpoint } = await throttlingComprehend(2);
    const client = new ComprehendClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 5 });

    const [result] = await new ComprehendAnalyzer(client, local).analyzeBatch([{ text: 'Fast delivery, thanks!' }]);

    expect(calls.filter((c) => c.endsWith('BatchDetectSentiment'))).toHaveLength(3);
    expect(result?.sentiment.label).toBe('POSITIVE');
    expect(result?.keyPhrases).toEqual(['fast delivery']);
  });
});
