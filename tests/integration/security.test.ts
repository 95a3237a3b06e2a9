import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readParquet } from '../../lambdas/core/curated-format.ts';
import type { EnrichedItem } from '../../lambdas/core/schema/feedback.ts';
import { type PipelineRun, runPipeline } from '../../local/pipeline.ts';
import { curatedItems } from '../../local/store-summary.ts';
import { appStoreEntry, appStorePage, connectTranscript, mastodonStatus, writeDataFolder } from '../helpers/source-files.ts';

/** Personal data a customer may type, in the shapes the redactor must catch (all made up; checksums valid). */
const PLANTED = {
  email: ['jan.jansen@example.nl', 'fleur+klacht@mail.stroomwijs-test.nl'],
  phone: ['+31 6 12345678', '06-12345678', '0612345678', '+31612345678', '0031 6 12345678', '020-1234567'],
  iban: ['NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00', 'DE89370400440532013000'],
  card: ['4111 1111 1111 1111', '5500-0000-0000-0004', '4111111111111111'],
  bsn: ['111222333', '123456782'],
  address: ['1012 AB 12', 'Kerkstraat 12, 3511 LK', '2511CV 14'],
} as const;
const ALL_PLANTED: string[] = Object.values(PLANTED).flat();

/** Four planted values per text, cycling through all of them, inside a clearly negative complaint. */
function complaint(index: number): string {
  const values = [0, 1, 2, 3].map((offset) => ALL_PLANTED[(index * 4 + offset) % ALL_PLANTED.length]);
  return `Ik ben woedend, dit is echt belachelijk slecht en niemand helpt mij. Bel me op ${values[0]} of mail, mijn gegevens: ${values[1]} en ${values[2]}. Ook ${values[3]}. Waardeloos, ik zeg op!`;
}

/** The planted values a text holds, literally or with its spaces and dashes removed. */
function leaksIn(text: string): string[] {
  const squash = (value: string) => value.replace(/[\s-]/g, '');
  const squashed = squash(text);
  return ALL_PLANTED.filter((value) => text.includes(value) || squashed.includes(squash(value)));
}

const dir = mkdtempSync(join(tmpdir(), 'fm-security-'));
let run: PipelineRun;
const curated: EnrichedItem[] = [];
let curatedText = '';
let logText = '';
let slackText = '';

beforeAll(async () => {
  // A quiet week of praise (the baseline), then one hour of furious complaints full of personal data.
  const baseline = Array.from({ length: 36 }, (_, i) =>
    appStoreEntry(`8100${i}`, i % 2 === 0 ? 'Fijne app, alles werkt prima en de service is top.' : 'Great app, everything works and support is excellent.', { rating: '5', updated: `2026-11-1${3 + (i % 7)}T0${i % 9}:00:00-08:00` }),
  );
  const burstReviews = Array.from({ length: 5 }, (_, i) =>
    appStoreEntry(`8200${i}`, complaint(i), { rating: '1', updated: `2026-11-20T06:1${i}:00-08:00`, title: `Boos, bel ${PLANTED.phone[i % PLANTED.phone.length]}`, author: i === 0 ? PLANTED.email[0] : `Klant${i}` }),
  );
  const withPiiLink = { ...burstReviews[0], link: { attributes: { rel: 'related', href: `https://itunes.apple.com/nl/review?id=1234567890&email=${PLANTED.email[0]}` } } };
  const statuses = Array.from({ length: 5 }, (_, i) => mastodonStatus(`1180000000000${i}`, `<p>${complaint(5 + i)}</p><p>cc <span class="h-card">@klantenservice</span></p>`, { createdAt: `2026-11-20T14:2${i}:00.000Z` }));
  const chats = Array.from({ length: 4 }, (_, i) =>
    connectTranscript(`00000000-0000-4000-8000-00000000020${i}`, [
      { role: 'SYSTEM', text: 'Hallo, waarmee kan ik je helpen?', at: `2026-11-20T14:3${i}:00.000Z` },
      { role: 'CUSTOMER', text: complaint(10 + i), at: `2026-11-20T14:3${i}:10.000Z` },
      { role: 'AGENT', text: `Ik zie rekening ${PLANTED.iban[i % PLANTED.iban.length]} en BSN ${PLANTED.bsn[i % PLANTED.bsn.length]}, klopt dat?`, at: `2026-11-20T14:3${i}:30.000Z` },
      { role: 'CUSTOMER', text: `Ja, en mijn kaart ${PLANTED.card[i % PLANTED.card.length]} is ook belast. Belachelijk!`, at: `2026-11-20T14:3${i}:50.000Z` },
    ]),
  );
  const customerNamed = chats.map((chat, i) => (i === 0 ? { ...chat, Transcript: (chat.Transcript as Record<string, unknown>[]).map((item) => (item.ParticipantRole === 'CUSTOMER' ? { ...item, DisplayName: PLANTED.email[1] } : item)) } : chat));
  writeDataFolder(dir, {
    'data/appstore/page-1.json': appStorePage([withPiiLink, ...burstReviews.slice(1), ...baseline]),
    'data/mastodon/statuses.json': statuses,
    ...Object.fromEntries(customerNamed.map((chat) => [`data/connect/${chat.ContactId}.json`, chat])),
  });

  run = await runPipeline({ dataDir: join(dir, 'data'), workDir: join(dir, 'work'), fresh: true, keepOpen: true, env: { ALERT_MIN_VOLUME: '5' } });
  const { store } = run.deps.aggregate;
  for await (const item of curatedItems(store)) curated.push(item);
  for await (const key of store.listKeys('curated/')) curatedText += `${JSON.stringify(await readParquet(await store.getObject(key), key))}\n`;
  logText = existsSync(run.paths.logs) ? readFileSync(run.paths.logs, 'utf8') : '';
  slackText = JSON.stringify(run.slackMessages) + (existsSync(run.paths.slack) ? readFileSync(run.paths.slack, 'utf8') : '');
}, 120_000);

afterAll(async () => {
  await run?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a pipeline run over files seeded with personal data', () => {
  it('curates the seeded items of every file format, with their personal data counted as redacted', () => {
    const redactedBySource = (source: string) => curated.filter((item) => item.source === source && item.pii.redacted > 0).length;

    expect(curated).toHaveLength(36 + 5 + 5 + 4);
    expect([redactedBySource('appstore'), redactedBySource('mastodon'), redactedBySource('chatbot')]).toEqual([5, 5, 4]);
  });

  it('sends an alert for the burst whose example quotes are redacted', () => {
    const alerts = run.slackMessages.filter((message) => JSON.stringify(message.payload).includes('Feedback anomaly'));

    expect(alerts).toHaveLength(1);
    expect(JSON.stringify(alerts[0]?.payload)).toMatch(/\[(EMAIL|PHONE|IBAN|CARD|BSN|POSTCODE)\]/);
  });

  it('writes none of the planted values to curated/ (feedback rows, chat turns, titles, urls, authors)', () => {
    expect(curatedText.length).toBeGreaterThan(0);
    expect(curatedText).toContain('[IBAN]');
    expect(leaksIn(curatedText)).toEqual([]);
  });

  it('writes none of the planted values to the Lambda log', () => {
    expect(logText).toContain('raw object enriched');
    expect(leaksIn(logText)).toEqual([]);
  });

  it('sends none of the planted values to Slack', () => {
    expect(run.slackMessages.length).toBeGreaterThanOrEqual(2);
    expect(leaksIn(slackText)).toEqual([]);
  });

  it('never writes the Slack webhook URL, or its secret path, to the Lambda log', () => {
    const url = new URL(run.receiver.url);

    expect(logText).toContain('anomaly alert sent');
    expect(logText).not.toContain(run.receiver.url);
    expect(logText).not.toContain(url.pathname);
  });
});
