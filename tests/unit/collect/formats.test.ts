import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ALL_FORMATS,
  appStoreRssFormat,
  connectTranscriptFormat,
  describeZodError,
  htmlToText,
  mastodonStatusesFormat,
} from '../../../lambdas/core/collect/formats/index.ts';
import { toIsoUtc } from '../../../lambdas/core/collect/formats/iso-utc.ts';
import { feedbackId, hashAuthor } from '../../../lambdas/core/collect/ids.ts';
import type { NormaliseContext, NormaliseResult, SourceFormat } from '../../../lambdas/core/collect/source-format.ts';
import { type FeedbackItem, FeedbackItemSchema } from '../../../lambdas/core/schema/feedback.ts';

const ctx: NormaliseContext = { collectedAt: '2026-11-22T06:00:00.000Z', authorSalt: 'test-salt' };

type Json = Record<string, unknown>;

function okItem(result: NormaliseResult): FeedbackItem {
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`);
  return result.item;
}

function failure(result: NormaliseResult): { reason: string; sourceId?: string } {
  if (result.ok) throw new Error('expected a quarantined record');
  return result;
}

// ---------------------------------------------------------------------------------------------
// Fixtures in each source's real shape
// ---------------------------------------------------------------------------------------------

function appStoreEntry(overrides: Json = {}): Json {
  return {
    author: { uri: { label: 'https://itunes.apple.com/nl/reviews/id628974426' }, name: { label: 'Thijs78' }, label: '' },
    updated: { label: '2026-11-20T06:12:33-08:00' },
    'im:rating': { label: '4' },
    'im:version': { label: '4.12.1' },
    id: { label: '14612345678' },
    title: { label: 'Fijne app' },
    content: { label: 'Overzichtelijk, geen reclame.', attributes: { type: 'text' } },
    link: { attributes: { rel: 'related', href: 'https://itunes.apple.com/nl/review?id=1234567890&type=Purple%20Software' } },
    'im:voteSum': { label: '0' },
    'im:contentType': { attributes: { term: 'Application', label: 'Application' } },
    'im:voteCount': { label: '0' },
    ...overrides,
  };
}

function appStoreFeed(entry: unknown): Json {
  return {
    feed: {
      author: { name: { label: 'iTunes Store' }, uri: { label: 'http://www.apple.com/nl/itunes/' } },
      ...(entry === undefined ? {} : { entry }),
      updated: { label: '2026-11-21T22:00:12-08:00' },
      title: { label: 'iTunes Store: Customer Reviews' },
      id: { label: 'https://mzstoreservices-int-st.itunes.apple.com/nl/rss/customerreviews/page=1/id=1234567890/sortby=mostrecent/json' },
    },
  };
}

function mastodonStatus(overrides: Json = {}): Json {
  return {
    id: '117649402627322828',
    created_at: '2026-11-20T15:10:18.000Z',
    in_reply_to_id: null,
    sensitive: false,
    spoiler_text: '',
    visibility: 'public',
    language: 'nl',
    uri: 'https://mastodon.social/users/jvdberg/statuses/113000000000000001',
    url: 'https://mastodon.social/@jvdberg/113000000000000001',
    content:
      '<p>Niet slecht &amp; snel 👍<br />Tweede regel</p><p><a href="https://mastodon.social/tags/stroomwijs" class="mention hashtag" rel="tag">#<span>stroomwijs</span></a> <span class="h-card" translate="no"><a href="https://mastodon.nl/@stroomwijs" class="u-url mention">@<span>stroomwijs</span></a></span></p>',
    reblog: null,
    account: { id: '109000000000000001', username: 'jvdberg', acct: 'jvdberg@mastodon.social', url: 'https://mastodon.social/@jvdberg' },
    media_attachments: [],
    mentions: [],
    tags: [{ name: 'stroomwijs', url: 'https://mastodon.nl/tags/stroomwijs' }],
    ...overrides,
  };
}

const EVENT = 'application/vnd.amazonaws.connect.event.';
const CUSTOMER = { ParticipantId: 'p-customer', DisplayName: 'Kees', ParticipantRole: 'CUSTOMER' };
const BOT = { ParticipantId: 'p-system', DisplayName: 'BOT', ParticipantRole: 'SYSTEM' };
const AGENT = { ParticipantId: 'p-agent', DisplayName: 'Sanne', ParticipantRole: 'AGENT' };

let itemCounter = 0;
function message(at: string, content: string, who: Json, contentType = 'text/plain'): Json {
  itemCounter += 1;
  return { AbsoluteTime: at, Content: content, ContentType: contentType, Id: `m-${itemCounter}`, Type: 'MESSAGE', ...who };
}
function event(at: string, name: string, who: Json = {}): Json {
  itemCounter += 1;
  return { AbsoluteTime: at, ContentType: `${EVENT}${name}`, Id: `e-${itemCounter}`, Type: 'EVENT', ...who };
}

function transcript(items: Json[], overrides: Json = {}): Json {
  return {
    Version: '2019-08-26',
    AWSAccountId: '482915306217',
    InstanceId: '3a98fa2b-efe2-487d-8296-c5f4f9c115f5',
    InitialContactId: 'c0ffee00-0000-4000-8000-000000000001',
    ContactId: 'c0ffee00-0000-4000-8000-000000000001',
    Participants: [{ ParticipantId: 'p-customer' }],
    Transcript: items,
    ...overrides,
  };
}

const escalatedChat = transcript([
  event('2026-11-10T16:14:29.879Z', 'participant.joined', CUSTOMER),
  message('2026-11-10T16:14:30.624Z', 'Welkom bij Stroomwijs!', { ...BOT, DisplayName: 'SYSTEM_MESSAGE' }),
  message('2026-11-10T16:14:47.388Z', 'Mijn factuur klopt niet', CUSTOMER),
  message('2026-11-10T16:14:48.749Z', '{"templateType":"ListPicker"}', BOT, 'application/vnd.amazonaws.connect.message.interactive'),
  message('2026-11-10T16:15:14.074Z', 'ik wil een medewerker spreken', CUSTOMER),
  event('2026-11-10T16:17:17.205Z', 'participant.joined', AGENT),
  message('2026-11-10T16:17:24.295Z', 'Hoi Kees, met Sanne.', AGENT),
  { AbsoluteTime: '2026-11-10T16:17:40.000Z', ContentType: 'image/jpeg', Id: 'a-1', Type: 'ATTACHMENT', ...CUSTOMER },
  message('2026-11-10T16:17:47.960Z', '  Dank je!  ', CUSTOMER),
  event('2026-11-10T16:19:19.338Z', 'participant.left', AGENT),
  event('2026-11-10T16:19:20.081Z', 'chat.ended'),
]);

function botOnlyChat(ending: 'customer-left' | 'flow-ended'): Json {
  return transcript([
    event('2026-11-12T09:00:00.000Z', 'participant.joined', CUSTOMER),
    message('2026-11-12T09:00:05.000Z', 'meterstand doorgeven', CUSTOMER),
    message('2026-11-12T09:00:06.000Z', 'Dat kan in de app onder Verbruik.', { ...BOT, ParticipantRole: 'CUSTOM_BOT' }),
    ...(ending === 'customer-left' ? [event('2026-11-12T09:01:00.000Z', 'participant.left', CUSTOMER)] : []),
    event('2026-11-12T09:01:01.000Z', 'chat.ended'),
  ]);
}

// ---------------------------------------------------------------------------------------------
// App Store
// ---------------------------------------------------------------------------------------------

describe('appStoreRssFormat', () => {
  it('detects a customer reviews feed', () => {
    expect(appStoreRssFormat.detect('page1.json', appStoreFeed([appStoreEntry()]))).toBe(true);
  });

  it('detects a feed by its review entries when the feed id is missing', () => {
    const feed = { feed: { entry: appStoreEntry() } };
    expect(appStoreRssFormat.detect('x.json', feed)).toBe(true);
  });

  it('rejects Mastodon and Connect documents', () => {
    expect(appStoreRssFormat.detect('x.json', [mastodonStatus()])).toBe(false);
    expect(appStoreRssFormat.detect('x.json', escalatedChat)).toBe(false);
  });

  it('returns every entry as a record when entry is an array', () => {
    const entries = [appStoreEntry(), appStoreEntry({ id: { label: '2' } })];
    expect(appStoreRssFormat.records(appStoreFeed(entries))).toEqual(entries);
  });

  it('wraps a single entry object in a list when the page holds one review', () => {
    const entry = appStoreEntry();
    expect(appStoreRssFormat.records(appStoreFeed(entry))).toEqual([entry]);
  });

  it('returns no records when the page has no entries', () => {
    expect(appStoreRssFormat.records(appStoreFeed(undefined))).toEqual([]);
  });

  it('skips the app metadata entry older feeds put first on page 1', () => {
    const app = { 'im:name': { label: 'Stroomwijs app' }, id: { label: 'https://apps.apple.com/nl/app/id1234567890' } };
    expect(appStoreRssFormat.records(appStoreFeed([app, appStoreEntry()]))).toHaveLength(1);
  });

  it('normalises a review into a FeedbackItem with a numeric rating and UTC time', () => {
    const item = okItem(appStoreRssFormat.normalise(appStoreEntry(), ctx));
    expect(item).toEqual({
      id: feedbackId('appstore', '14612345678'),
      source: 'appstore',
      channel: 'review',
      sourceId: '14612345678',
      url: 'https://itunes.apple.com/nl/review?id=1234567890&type=Purple%20Software',
      product: 'id1234567890',
      text: 'Overzichtelijk, geen reclame.',
      title: 'Fijne app',
      rating: 4,
      author: hashAuthor('test-salt', 'Thijs78'),
      createdAt: '2026-11-20T14:12:33.000Z',
      collectedAt: ctx.collectedAt,
    });
  });

  it('uses the product from the context when one is given', () => {
    const item = okItem(appStoreRssFormat.normalise(appStoreEntry(), { ...ctx, product: 'Stroomwijs app' }));
    expect(item.product).toBe('Stroomwijs app');
  });

  it('quarantines a review whose rating is outside 1..5', () => {
    const result = failure(appStoreRssFormat.normalise(appStoreEntry({ 'im:rating': { label: '7' } }), ctx));
    expect(result).toMatchObject({ reason: 'review 14612345678: rating 7 is above the maximum of 5', sourceId: '14612345678' });
  });

  it('quarantines a review with empty content', () => {
    const result = failure(appStoreRssFormat.normalise(appStoreEntry({ content: { label: '' } }), ctx));
    expect(result.reason).toBe('review 14612345678: content is empty');
  });

  it('quarantines a review whose content is only whitespace', () => {
    const result = failure(appStoreRssFormat.normalise(appStoreEntry({ content: { label: ' \n\t ' } }), ctx));
    expect(result.reason).toBe('review 14612345678: content is empty');
  });

  it('quarantines a review without an id', () => {
    const entry = appStoreEntry();
    delete entry.id;
    const result = failure(appStoreRssFormat.normalise(entry, ctx));
    expect(result).toEqual({ ok: false, reason: 'review without an id: id is missing', raw: entry });
  });

  it('quarantines a review whose updated value is not a date', () => {
    const result = failure(appStoreRssFormat.normalise(appStoreEntry({ updated: { label: '07-11-2026 11:18' } }), ctx));
    expect(result.reason).toBe("review 14612345678: updated '07-11-2026 11:18' is not an ISO-8601 date-time");
  });

  it('quarantines a review whose rating has the wrong type', () => {
    const result = failure(appStoreRssFormat.normalise(appStoreEntry({ 'im:rating': { label: 4 } }), ctx));
    expect(result.reason).toBe('review 14612345678: im:rating.label must be a string, not a number (4)');
  });

  it('quarantines a rating that is not a number without throwing', () => {
    const result = failure(appStoreRssFormat.normalise(appStoreEntry({ 'im:rating': { label: 'vijf' } }), ctx));
    expect(result.reason).toBe("review 14612345678: rating must be a number, not a string ('vijf')");
  });

  it('quarantines a record that is not an object', () => {
    expect(failure(appStoreRssFormat.normalise(null, ctx)).reason).toBe('review without an id: the review must be an object, not null');
  });
});

// ---------------------------------------------------------------------------------------------
// Mastodon
// ---------------------------------------------------------------------------------------------

describe('mastodonStatusesFormat', () => {
  it('detects a list of statuses', () => {
    expect(mastodonStatusesFormat.detect('tag.json', [mastodonStatus()])).toBe(true);
  });

  it('detects a list of notifications that wrap statuses', () => {
    const doc = [{ id: '1', type: 'mention', created_at: '2026-11-20T15:10:20.000Z', account: {}, status: mastodonStatus() }];
    expect(mastodonStatusesFormat.detect('mentions.json', doc)).toBe(true);
  });

  it('rejects App Store and Connect documents and unrelated lists', () => {
    expect(mastodonStatusesFormat.detect('x.json', appStoreFeed([appStoreEntry()]))).toBe(false);
    expect(mastodonStatusesFormat.detect('x.json', escalatedChat)).toBe(false);
    expect(mastodonStatusesFormat.detect('x.json', [{ name: 'a' }])).toBe(false);
    expect(mastodonStatusesFormat.detect('mastodon.json', [])).toBe(false);
  });

  it('takes the status of mention notifications and skips other notification types', () => {
    const status = mastodonStatus();
    const doc = [
      { id: '3', type: 'mention', status },
      { id: '2', type: 'favourite', status: mastodonStatus({ id: 'own' }) },
      { id: '1', type: 'follow' },
    ];
    expect(mastodonStatusesFormat.records(doc)).toEqual([status]);
  });

  it('leaves boosts out of the records because they repeat someone else’s status', () => {
    const original = mastodonStatus();
    const boost = mastodonStatus({ id: '117649402627399999', content: '', reblog: original });
    expect(mastodonStatusesFormat.records([boost, original])).toEqual([original]);
  });

  it('normalises a status into a FeedbackItem with plain text', () => {
    const item = okItem(mastodonStatusesFormat.normalise(mastodonStatus(), ctx));
    expect(item).toEqual({
      id: feedbackId('mastodon', 'mastodon.social:113000000000000001'),
      source: 'mastodon',
      channel: 'social',
      sourceId: 'mastodon.social:113000000000000001',
      url: 'https://mastodon.social/@jvdberg/113000000000000001',
      text: 'Niet slecht & snel 👍\nTweede regel\n\n#stroomwijs @stroomwijs',
      language: 'nl',
      author: hashAuthor('test-salt', 'jvdberg@mastodon.social'),
      createdAt: '2026-11-20T15:10:18.000Z',
      collectedAt: ctx.collectedAt,
    });
  });

  it('gives a status the same id whichever instance it was fetched from', () => {
    const viaOther = mastodonStatus({ id: '999' });
    expect(okItem(mastodonStatusesFormat.normalise(viaOther, ctx)).id).toBe(okItem(mastodonStatusesFormat.normalise(mastodonStatus(), ctx)).id);
  });

  it('hashes a local account as name@host so it matches the same person seen remotely', () => {
    const local = mastodonStatus({ account: { id: '1', acct: 'jvdberg', url: 'https://mastodon.social/@jvdberg' } });
    expect(okItem(mastodonStatusesFormat.normalise(local, ctx)).author).toBe(hashAuthor('test-salt', 'jvdberg@mastodon.social'));
  });

  it('uses the server id when the uri is not a Mastodon statuses uri', () => {
    const status = mastodonStatus({ id: '42', uri: 'https://friendica.example/objects/e7f1d4', url: null });
    const item = okItem(mastodonStatusesFormat.normalise(status, ctx));
    expect(item).toMatchObject({ sourceId: 'friendica.example:42', url: 'https://friendica.example/objects/e7f1d4' });
  });

  it('turns the content warning into the title', () => {
    const item = okItem(mastodonStatusesFormat.normalise(mastodonStatus({ spoiler_text: 'klacht' }), ctx));
    expect(item.title).toBe('klacht');
  });

  it('leaves the language out when the client declared none', () => {
    expect(okItem(mastodonStatusesFormat.normalise(mastodonStatus({ language: null }), ctx)).language).toBeUndefined();
  });

  it('quarantines a status whose content is empty after removing HTML', () => {
    const result = failure(mastodonStatusesFormat.normalise(mastodonStatus({ content: '<p></p>' }), ctx));
    expect(result).toMatchObject({
      reason: 'status 117649402627322828: text after removing HTML is empty',
      sourceId: 'mastodon.social:113000000000000001',
    });
  });

  it('quarantines a status without an id', () => {
    const status = mastodonStatus();
    delete status.id;
    const result = failure(mastodonStatusesFormat.normalise(status, ctx));
    expect(result.reason).toBe('status https://mastodon.social/users/jvdberg/statuses/113000000000000001: id is missing');
  });

  it('quarantines a status whose created_at has the wrong type', () => {
    const result = failure(mastodonStatusesFormat.normalise(mastodonStatus({ created_at: 1794591066 }), ctx));
    expect(result.reason).toBe('status 117649402627322828: created_at must be a string, not a number (1794591066)');
  });

  it('quarantines a status whose account is missing', () => {
    const result = failure(mastodonStatusesFormat.normalise(mastodonStatus({ account: null }), ctx));
    expect(result.reason).toBe('status 117649402627322828: account must be an object, not null');
  });

  it('quarantines a status whose uri is not a URL', () => {
    const result = failure(mastodonStatusesFormat.normalise(mastodonStatus({ uri: 'tag:x', url: null }), ctx));
    expect(result.reason).toBe("status 117649402627322828: uri 'tag:x' is not a URL, so the status cannot get a stable id");
  });
});

describe('htmlToText', () => {
  it('decodes decimal and hexadecimal entities', () => {
    expect(htmlToText('<p>&#128512; &#x1F44D; caf&eacute; &euro;5</p>')).toBe('😀 👍 café €5');
  });

  it('decodes entities once so escaped markup stays literal text', () => {
    expect(htmlToText('<p>&amp;lt;b&amp;gt; &lt;script&gt;</p>')).toBe('&lt;b&gt; <script>');
  });

  it('replaces an impossible code point instead of throwing', () => {
    expect(htmlToText('<p>a&#x110000;b&#xD800;c</p>')).toBe('a\uFFFDb\uFFFDc');
  });

  it('keeps the full URL of a link whose middle Mastodon hides', () => {
    const html =
      '<p><a href="https://www.stroomwijs.nl/tarieven/december-2026-variabel" rel="nofollow noopener"><span class="invisible">https://www.</span><span class="ellipsis">stroomwijs.nl/tarieven/decembe</span><span class="invisible">r-2026-variabel</span></a></p>';
    expect(htmlToText(html)).toBe('https://www.stroomwijs.nl/tarieven/december-2026-variabel');
  });
});

// ---------------------------------------------------------------------------------------------
// Amazon Connect
// ---------------------------------------------------------------------------------------------

describe('connectTranscriptFormat', () => {
  it('detects a chat transcript', () => {
    expect(connectTranscriptFormat.detect('c0ffee00.json', escalatedChat)).toBe(true);
  });

  it('rejects App Store and Mastodon documents', () => {
    expect(connectTranscriptFormat.detect('x.json', appStoreFeed([appStoreEntry()]))).toBe(false);
    expect(connectTranscriptFormat.detect('x.json', [mastodonStatus()])).toBe(false);
  });

  it('treats the whole document as one record', () => {
    expect(connectTranscriptFormat.records(escalatedChat)).toEqual([escalatedChat]);
  });

  it('normalises a transcript into one chat FeedbackItem with the customer text', () => {
    const item = okItem(connectTranscriptFormat.normalise(escalatedChat, ctx));
    expect(item).toMatchObject({
      id: feedbackId('chatbot', 'c0ffee00-0000-4000-8000-000000000001'),
      source: 'chatbot',
      channel: 'chat',
      sourceId: 'c0ffee00-0000-4000-8000-000000000001',
      text: 'Mijn factuur klopt niet\nik wil een medewerker spreken\nDank je!',
      author: hashAuthor('test-salt', 'Kees'),
      createdAt: '2026-11-10T16:14:30.624Z',
    });
  });

  it('keeps text messages as turns with customer, bot and agent roles', () => {
    const item = okItem(connectTranscriptFormat.normalise(escalatedChat, ctx));
    expect(item.conversation?.turns.map((turn) => [turn.role, turn.text])).toEqual([
      ['bot', 'Welkom bij Stroomwijs!'],
      ['customer', 'Mijn factuur klopt niet'],
      ['customer', 'ik wil een medewerker spreken'],
      ['agent', 'Hoi Kees, met Sanne.'],
      ['customer', 'Dank je!'],
    ]);
  });

  it('maps a CUSTOM_BOT participant to the bot role', () => {
    const item = okItem(connectTranscriptFormat.normalise(botOnlyChat('flow-ended'), ctx));
    expect(item.conversation?.turns.map((turn) => turn.role)).toEqual(['customer', 'bot']);
  });

  it('reports transferred-to-agent when an agent took part', () => {
    expect(okItem(connectTranscriptFormat.normalise(escalatedChat, ctx)).conversation?.outcome).toBe('transferred-to-agent');
  });

  it('reports abandoned when the customer left without an agent', () => {
    const item = okItem(connectTranscriptFormat.normalise(botOnlyChat('customer-left'), ctx));
    expect(item.conversation?.outcome).toBe('abandoned');
  });

  it('reports bot-only when the flow closed the chat without an agent', () => {
    const item = okItem(connectTranscriptFormat.normalise(botOnlyChat('flow-ended'), ctx));
    expect(item.conversation?.outcome).toBe('bot-only');
  });

  it('leaves the author out when the customer typed no name', () => {
    const chat = transcript([message('2026-11-12T09:00:05.000Z', 'hallo', { ...CUSTOMER, DisplayName: 'Klant' })]);
    expect(okItem(connectTranscriptFormat.normalise(chat, ctx)).author).toBeUndefined();
  });

  it('quarantines a transcript in which the customer sent no message', () => {
    const chat = transcript([
      event('2026-11-12T09:00:00.000Z', 'participant.joined', CUSTOMER),
      message('2026-11-12T09:00:01.000Z', 'Welkom bij Stroomwijs!', BOT),
      event('2026-11-12T09:00:30.000Z', 'participant.left', CUSTOMER),
    ]);
    expect(failure(connectTranscriptFormat.normalise(chat, ctx))).toMatchObject({
      reason: 'contact c0ffee00-0000-4000-8000-000000000001: the customer sent no messages, so there is nothing to analyse',
      sourceId: 'c0ffee00-0000-4000-8000-000000000001',
    });
  });

  it('quarantines a transcript with a wrong-typed AbsoluteTime', () => {
    const chat = transcript([message('2026-11-12T09:00:05.000Z', 'hallo', CUSTOMER), { ...message('', 'hoi', BOT), AbsoluteTime: 1794051419091 }]);
    expect(failure(connectTranscriptFormat.normalise(chat, ctx)).reason).toBe(
      'contact c0ffee00-0000-4000-8000-000000000001: Transcript[1].AbsoluteTime must be a string, not a number (1794051419091)',
    );
  });

  it('quarantines a transcript whose message time is not a date', () => {
    const chat = transcript([message('2026-11-12T09:00:05.000Z', 'hallo', CUSTOMER), message('gisteren', 'hoi', BOT)]);
    expect(failure(connectTranscriptFormat.normalise(chat, ctx)).reason).toBe(
      "contact c0ffee00-0000-4000-8000-000000000001: AbsoluteTime of a message 'gisteren' is not an ISO-8601 date-time",
    );
  });

  it('quarantines a transcript without a ContactId', () => {
    const chat = transcript([message('2026-11-12T09:00:05.000Z', 'hallo', CUSTOMER)]);
    delete chat.ContactId;
    expect(failure(connectTranscriptFormat.normalise(chat, ctx)).reason).toBe('transcript without a ContactId: ContactId is missing');
  });
});

describe('toIsoUtc', () => {
  it('converts a time with an offset to UTC', () => {
    expect(toIsoUtc('2026-11-20T06:12:33-08:00')).toBe('2026-11-20T14:12:33.000Z');
    expect(toIsoUtc('2026-11-20T15:03:00+0100')).toBe('2026-11-20T14:03:00.000Z');
  });

  it('reads a time without a zone as UTC, not as the local time of the machine', () => {
    expect(toIsoUtc('2026-11-20 14:03:00')).toBe('2026-11-20T14:03:00.000Z');
  });

  it('returns a date that does not exist unchanged', () => {
    expect(toIsoUtc('2026-02-30T10:00:00Z')).toBe('2026-02-30T10:00:00Z');
  });
});

describe('describeZodError', () => {
  it('names a nested field with its index', () => {
    const schema = z.object({ items: z.array(z.object({ at: z.string() })) });
    const input = { items: [{ at: 'x' }, { at: 5 }] };
    const error = schema.safeParse(input).error as z.ZodError;
    expect(describeZodError(error, { input })).toBe('items[1].at must be a string, not a number (5)');
  });

  it('uses the source vocabulary given for a field', () => {
    const schema = z.object({ createdAt: z.iso.datetime() });
    const input = { createdAt: 'gisteren' };
    const error = schema.safeParse(input).error as z.ZodError;
    expect(describeZodError(error, { input, fieldNames: { createdAt: 'updated' } })).toBe("updated 'gisteren' is not an ISO-8601 date-time");
  });
});

// ---------------------------------------------------------------------------------------------
// The committed sample data
// ---------------------------------------------------------------------------------------------

interface Outcome {
  file: string;
  format: SourceFormat;
  result: NormaliseResult;
}

const SAMPLE_DIR = fileURLToPath(new URL('../../../sample-data/', import.meta.url));
const sampleFiles = ['appstore', 'mastodon', 'connect'].flatMap((dir) =>
  readdirSync(join(SAMPLE_DIR, dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${dir}/${name}`),
);

function loadSample(file: string): { file: string; doc: unknown; formats: SourceFormat[] } {
  const doc: unknown = JSON.parse(readFileSync(join(SAMPLE_DIR, file), 'utf8'));
  return { file, doc, formats: ALL_FORMATS.filter((format) => format.detect(file, doc)) };
}

const samples = sampleFiles.map(loadSample);
const recordCounts = new Map<string, number>();
const outcomes: Outcome[] = samples.flatMap(({ file, doc, formats }) => {
  const format = formats[0];
  if (format === undefined) return [];
  const records = format.records(doc);
  recordCounts.set(format.name, (recordCounts.get(format.name) ?? 0) + records.length);
  return records.map((record) => ({ file, format, result: format.normalise(record, ctx) }));
});
const okItems = outcomes.flatMap(({ result }) => (result.ok ? [result.item] : []));
const failures = outcomes.flatMap(({ file, result }) => (result.ok ? [] : [{ file, ...result }]));
const distinct = [...new Map(okItems.map((item) => [item.id, item])).values()];
const BURST_HOUR = '2026-11-20T14';

function okIdsIn(file: string): string[] {
  return outcomes.flatMap((o) => (o.file === file && o.result.ok ? [o.result.item.id] : []));
}

describe('sample-data', () => {
  it('has files of all three sources', () => {
    expect(sampleFiles.filter((f) => f.startsWith('appstore/'))).toHaveLength(3);
    expect(sampleFiles.filter((f) => f.startsWith('mastodon/'))).toHaveLength(2);
    expect(sampleFiles.filter((f) => f.startsWith('connect/')).length).toBeGreaterThanOrEqual(40);
  });

  it('is recognised by exactly one format per file', () => {
    const unrecognised = samples.filter((s) => s.formats.length !== 1).map((s) => s.file);
    expect(unrecognised).toEqual([]);
  });

  it('turns every record into a valid item or a quarantine entry with a reason', () => {
    for (const { result } of outcomes) {
      if (result.ok) expect(FeedbackItemSchema.safeParse(result.item).success).toBe(true);
      else expect(result.reason).toMatch(/^(review|status|contact|transcript) .+: .{8,}/);
    }
  });

  it('accounts for every record as either ok or quarantined', () => {
    const records = [...recordCounts.values()].reduce((a, b) => a + b, 0);
    expect(okItems.length + failures.length).toBe(records);
    expect(records).toBeGreaterThanOrEqual(310);
  });

  it('holds the documented number of records per format', () => {
    expect(Object.fromEntries(recordCounts)).toEqual({ 'appstore-rss': 150, 'mastodon-statuses': 124, 'connect-transcript': 40 });
  });

  it('holds at least the documented malformed records per format', () => {
    const per = (source: string) => failures.filter((f) => f.file.startsWith(source)).length;
    expect(per('appstore/')).toBeGreaterThanOrEqual(5);
    expect(per('mastodon/')).toBeGreaterThanOrEqual(3);
    expect(per('connect/')).toBeGreaterThanOrEqual(2);
    expect(failures.length).toBeGreaterThanOrEqual(8);
  });

  it('gives each kind of malformed record its specific reason', () => {
    const reasons = failures.map((f) => f.reason.replace(/^[^:]*: /, ''));
    expect(reasons).toEqual(
      expect.arrayContaining([
        'rating 7 is above the maximum of 5',
        'content is empty',
        'id is missing',
        expect.stringMatching(/^updated '.+' is not an ISO-8601 date-time$/),
        'text after removing HTML is empty',
        expect.stringMatching(/^created_at must be a string, not a number/),
        'account must be an object, not null',
        'the customer sent no messages, so there is nothing to analyse',
        expect.stringMatching(/^Transcript\[\d+\]\.AbsoluteTime must be a string, not a number/),
      ]),
    );
  });

  it('repeats at least six App Store reviews across the two nl pages', () => {
    const page1 = new Set(okIdsIn('appstore/stroomwijs-nl-page1.json'));
    expect(okIdsIn('appstore/stroomwijs-nl-page2.json').filter((id) => page1.has(id)).length).toBeGreaterThanOrEqual(6);
  });

  it('repeats at least two Mastodon statuses across the tag and mentions files', () => {
    const tag = new Set(okIdsIn('mastodon/tag-stroomwijs.json'));
    expect(okIdsIn('mastodon/mentions.json').filter((id) => tag.has(id)).length).toBeGreaterThanOrEqual(2);
  });

  it('contains personal data in at least fifteen valid items', () => {
    const pii = /[\w.+-]+@[\w-]+\.[a-z]{2,}|\bNL\d{2}[A-Z]{4}\d{10}\b|(\+31|0031)\s?6|\b06[\s-]*\d{8}\b|06 - \d{8}|\b\d{4}\s?[A-Z]{2}\b/;
    expect(distinct.filter((item) => pii.test(item.text)).length).toBeGreaterThanOrEqual(15);
  });

  it('dates every item between 1 and 21 November 2026 (UTC)', () => {
    const outside = distinct.filter((item) => item.createdAt < '2026-11-01T00:00:00Z' || item.createdAt > '2026-11-21T23:59:59.999Z');
    expect(outside).toEqual([]);
  });

  it('has a burst of 30 to 35 negative App Store and Mastodon items about delivery on 20 Nov at 14:00 UTC', () => {
    const burst = distinct.filter((item) => item.createdAt.startsWith(BURST_HOUR));
    expect(burst.length).toBeGreaterThanOrEqual(30);
    expect(burst.length).toBeLessThanOrEqual(35);
    expect(new Set(burst.map((item) => item.source))).toEqual(new Set(['appstore', 'mastodon']));
    const aboutDelivery = burst.filter((item) => /geleverd|levering|bezorg|pakket|deliver|parcel/i.test(item.text));
    expect(aboutDelivery).toHaveLength(burst.length);
  });

  it('has at most three items in any other hour', () => {
    const perHour = new Map<string, number>();
    for (const item of distinct) perHour.set(item.createdAt.slice(0, 13), (perHour.get(item.createdAt.slice(0, 13)) ?? 0) + 1);
    perHour.delete(BURST_HOUR);
    expect(Math.max(...perHour.values())).toBeLessThanOrEqual(3);
  });

  it('contains a chat in which the bot repeats that it does not understand three times or more', () => {
    const loops = distinct.filter(
      (item) =>
        (item.conversation?.turns.filter((turn) => turn.role === 'bot' && turn.text === 'Sorry, ik begrijp je vraag niet. Kun je het anders formuleren?')
          .length ?? 0) >= 3,
    );
    expect(loops.length).toBeGreaterThanOrEqual(1);
  });

  it('contains chats escalated to an agent and a customer asking for one', () => {
    const chats = distinct.filter((item) => item.channel === 'chat');
    expect(chats.filter((item) => item.conversation?.outcome === 'transferred-to-agent').length).toBeGreaterThanOrEqual(3);
    expect(chats.some((item) => /ik wil een medewerker spreken/i.test(item.text))).toBe(true);
  });
});
