/**
 * Builders of source files in each file-drop format (see sample-data/README.md), for tests that
 * generate their own data folder: App Store RSS pages, Mastodon statuses, Connect transcripts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One App Store review entry as Apple's JSON feed writes it. */
export function appStoreEntry(id: string, text: string, options: { rating?: string; updated?: string; title?: string; author?: string } = {}): Record<string, unknown> {
  return {
    author: { uri: { label: `https://itunes.apple.com/nl/reviews/id${id}` }, name: { label: options.author ?? `Klant${id}` }, label: '' },
    updated: { label: options.updated ?? '2026-11-20T06:58:52-08:00' },
    'im:rating': { label: options.rating ?? '4' },
    'im:version': { label: '4.12.1' },
    id: { label: id },
    title: { label: options.title ?? 'Review' },
    content: { label: text, attributes: { type: 'text' } },
    link: { attributes: { rel: 'related', href: 'https://itunes.apple.com/nl/review?id=1234567890&type=Purple%20Software' } },
    'im:voteSum': { label: '0' },
    'im:contentType': { attributes: { term: 'Application', label: 'Application' } },
    'im:voteCount': { label: '0' },
  };
}

/** A page of Apple's customer reviews feed holding `entries`. */
export function appStorePage(entries: unknown[], page = 1): Record<string, unknown> {
  return {
    feed: {
      author: { name: { label: 'iTunes Store' }, uri: { label: 'http://www.apple.com/nl/itunes/' } },
      entry: entries,
      updated: { label: '2026-11-21T00:00:00-07:00' },
      rights: { label: 'Copyright 2008 Apple Inc.' },
      title: { label: 'iTunes Store: Klantenbeoordelingen' },
      id: { label: `https://mzstoreservices-int.itunes.apple.com/nl/rss/customerreviews/page=${page}/id=1234567890/sortby=mostrecent/json` },
    },
  };
}

/** One Mastodon Status entity; `html` is the sanitised content. */
export function mastodonStatus(id: string, html: string, options: { createdAt?: string; account?: string } = {}): Record<string, unknown> {
  const account = options.account ?? `klant${id}`;
  return {
    id,
    created_at: options.createdAt ?? '2026-11-20T14:10:00.000Z',
    content: html,
    uri: `https://mastodon.nl/users/${account}/statuses/${id}`,
    url: `https://mastodon.nl/@${account}/${id}`,
    language: 'nl',
    spoiler_text: '',
    visibility: 'public',
    reblog: null,
    account: { id: `a${id}`, acct: account, url: `https://mastodon.nl/@${account}` },
  };
}

/** One message of a Connect transcript. */
export interface ConnectMessage {
  role: 'CUSTOMER' | 'AGENT' | 'SYSTEM';
  text: string;
  at: string;
}

/** An Amazon Connect chat transcript as Connect writes it to S3. */
export function connectTranscript(contactId: string, messages: readonly ConnectMessage[]): Record<string, unknown> {
  const participant = (role: ConnectMessage['role']) => ({ CUSTOMER: 'p-customer', AGENT: 'p-agent', SYSTEM: 'p-bot' })[role];
  const name = (role: ConnectMessage['role']) => ({ CUSTOMER: 'Klant', AGENT: 'Sanne', SYSTEM: 'BOT' })[role];
  return {
    Version: '2019-08-26',
    AWSAccountId: '123456789012',
    InstanceId: '11111111-2222-3333-4444-555555555555',
    InitialContactId: contactId,
    ContactId: contactId,
    Participants: [{ ParticipantId: 'p-customer' }, { ParticipantId: 'p-bot' }, { ParticipantId: 'p-agent' }],
    Transcript: messages.map((message, index) => ({
      AbsoluteTime: message.at,
      Content: message.text,
      ContentType: 'text/plain',
      Id: `${contactId}-${index}`,
      Type: 'MESSAGE',
      ParticipantId: participant(message.role),
      DisplayName: name(message.role),
      ParticipantRole: message.role,
    })),
  };
}

/** Writes `files` (path relative to `dir` -> JSON value, or raw text) into a data folder. */
export function writeDataFolder(dir: string, files: Readonly<Record<string, unknown>>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
}
