import { afterEach, describe, expect, it } from 'vitest';
import { SlackWebhookNotifier } from '../../lambdas/adapters/slack/slack-webhook-notifier.ts';
import { NotificationError } from '../../lambdas/core/errors.ts';
import { type SlackReceiver, startSlackReceiver } from '../../local/slack-receiver.ts';
import { memoryLog } from '../helpers/fakes.ts';

const MESSAGE = { text: 'negative share rose', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }] };
let receiver: SlackReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

function notifierFor(url: string, sleeps: number[], maxAttempts = 5) {
  const log = memoryLog();
  const notifier = new SlackWebhookNotifier([{ match: '*', webhookUrl: async () => url }], log, {
    maxAttempts,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { notifier, log };
}

describe('SlackWebhookNotifier', () => {
  it('waits for Retry-After on 429 and then delivers', async () => {
    receiver = await startSlackReceiver({ faults: { status: 429, times: 1, retryAfterSeconds: 2 } });
    const sleeps: number[] = [];

    await notifierFor(receiver.url, sleeps).notifier.send(MESSAGE);

    expect(receiver.requests).toBe(2);
    expect(sleeps).toEqual([2000]);
    expect(receiver.messages[0]?.payload).toEqual(MESSAGE);
  });

  it('retries 5xx with backoff and delivers once Slack recovers', async () => {
    receiver = await startSlackReceiver({ faults: { status: 500, times: 2 } });
    const sleeps: number[] = [];

    await notifierFor(receiver.url, sleeps).notifier.send(MESSAGE);

    expect(receiver.messages).toHaveLength(1);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBeGreaterThanOrEqual(sleeps[0] ?? 0);
  });

  it('fails with NotificationError after the last attempt, without leaking the URL', async () => {
    receiver = await startSlackReceiver({ faults: { status: 503, times: 100 } });
    const { notifier, log } = notifierFor(receiver.url, [], 3);

    const error = await notifier.send(MESSAGE).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotificationError);
    expect((error as Error).message).toContain('HTTP 503');
    expect((error as Error).message).not.toContain(receiver.url);
    expect(JSON.stringify(log.lines)).not.toContain('/services/');
    expect(receiver.requests).toBe(3);
  });

  it('does not retry a payload Slack rejects as invalid', async () => {
    receiver = await startSlackReceiver({ faults: { status: 400, times: 100 } });

    await expect(notifierFor(receiver.url, []).notifier.send(MESSAGE)).rejects.toThrow(NotificationError);
    expect(receiver.requests).toBe(1);
  });

  it('routes by the longest matching prefix, falling back to the default', async () => {
    receiver = await startSlackReceiver();
    const url = receiver.url;
    const notifier = new SlackWebhookNotifier(
      [
        { match: '*', webhookUrl: async () => `${url}/default` },
        { match: 'product#', webhookUrl: async () => `${url}/products` },
        { match: 'product#energie', webhookUrl: async () => `${url}/energie` },
      ],
      memoryLog(),
    );

    await notifier.send(MESSAGE, 'product#energie');
    await notifier.send(MESSAGE, 'product#app');
    await notifier.send(MESSAGE, 'topic#levering');

    expect(receiver.messages.map((m) => m.path.split('/').pop())).toEqual(['energie', 'products', 'default']);
  });

  it('routes by any of several keys, so a rule can have its own channel', async () => {
    receiver = await startSlackReceiver();
    const url = receiver.url;
    const notifier = new SlackWebhookNotifier(
      [
        { match: '*', webhookUrl: async () => `${url}/default` },
        { match: 'rule:churnRisk', webhookUrl: async () => `${url}/retention` },
      ],
      memoryLog(),
    );

    await notifier.send(MESSAGE, ['topic#contract', 'rule:churnRisk']);
    await notifier.send(MESSAGE, ['topic#contract', 'rule:negativeShare']);

    expect(receiver.messages.map((m) => m.path.split('/').pop())).toEqual(['retention', 'default']);
  });
});
