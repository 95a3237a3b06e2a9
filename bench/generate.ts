import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A seeded PRNG (mulberry32), so every benchmark run sees the same data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text of the pool: the labelled dev sets, realistic Dutch and English feedback of every channel. */
export interface PoolText {
  text: string;
  channel: 'review' | 'social' | 'chat';
  language: 'en' | 'nl';
}

/** Loads the text pool from sample-data/dev-sets. */
export function loadPool(dir = 'sample-data/dev-sets'): PoolText[] {
  const pool: PoolText[] = [];
  for (const language of ['en', 'nl'] as const) {
    for (const line of readFileSync(join(dir, `${language}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text, channel } = JSON.parse(line) as { text: string; channel: PoolText['channel'] };
      pool.push({ text, channel, language });
    }
  }
  return pool;
}

const PER_DOCUMENT = 500;
const END = Date.UTC(2026, 10, 21, 23, 59);
const SPAN_MS = 30 * 86_400_000;

/**
 * Writes `count` synthetic feedback records as source documents the file-drop collector reads:
 * App Store RSS pages and Mastodon status arrays of 500 records, and one Connect transcript per
 * chat, with texts drawn from the pool (mixed channels and languages, realistic lengths) and
 * times spread over 30 days. Returns the folder; an existing complete folder is reused.
 */
export function generateDocuments(root: string, count: number, seed = 42): string {
  const dir = join(root, `data-${count}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['appstore', 'mastodon', 'connect']) mkdirSync(join(dir, sub), { recursive: true });
  const random = seeded(seed);
  const pool = loadPool();
  let reviews: unknown[] = [];
  let statuses: unknown[] = [];
  let reviewFiles = 0;
  let statusFiles = 0;
  const flushReviews = () => {
    if (reviews.length === 0) return;
    writeFileSync(join(dir, 'appstore', `bench-${String(reviewFiles++).padStart(5, '0')}.json`), JSON.stringify({ feed: { id: { label: 'https://itunes.apple.com/nl/rss/customerreviews/id=1234567890/json' }, entry: reviews } }));
    reviews = [];
  };
  const flushStatuses = () => {
    if (statuses.length === 0) return;
    writeFileSync(join(dir, 'mastodon', `bench-${String(statusFiles++).padStart(5, '0')}.json`), JSON.stringify(statuses));
    statuses = [];
  };
  for (let i = 0; i < count; i += 1) {
    const source = pool[Math.floor(random() * pool.length)] as PoolText;
    const at = new Date(END - Math.floor(random() * SPAN_MS));
    // Chats are ~10% of the volume; other chat texts are posted as reviews.
    const channel = source.channel === 'chat' && random() > 0.4 ? 'review' : source.channel;
    if (channel === 'review') {
      reviews.push({
        author: { name: { label: `Klant ${i % 5000}` }, uri: { label: 'https://itunes.apple.com/nl/reviews/id1' } },
        updated: { label: at.toISOString() },
        'im:rating': { label: String(1 + Math.floor(random() * 5)) },
        'im:version': { label: '4.2.0' },
        id: { label: String(20_000_000_000 + i) },
        title: { label: source.text.split(/[.!?]/)[0]?.slice(0, 40) || 'Review' },
        content: { label: source.text, attributes: { type: 'text' } },
        link: { attributes: { rel: 'related', href: 'https://itunes.apple.com/nl/review?id=1234567890&type=Purple%20Software' } },
      });
      if (reviews.length === PER_DOCUMENT) flushReviews();
    } else if (channel === 'social') {
      const id = String(200_000_000_000_000_000n + BigInt(i));
      statuses.push({
        id,
        created_at: at.toISOString(),
        in_reply_to_id: null,
        sensitive: false,
        spoiler_text: '',
        visibility: 'public',
        language: source.language,
        uri: `https://mastodon.example/users/u${i % 3000}/statuses/${id}`,
        url: `https://mastodon.example/@u${i % 3000}/${id}`,
        content: `<p>${source.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')} <a href="https://mastodon.example/tags/stroomwijs" class="mention hashtag">#<span>stroomwijs</span></a></p>`,
        reblog: null,
        account: { id: String(i % 3000), username: `u${i % 3000}`, acct: `u${i % 3000}@mastodon.example`, display_name: `U ${i % 3000}` },
        media_attachments: [],
        mentions: [],
        tags: [{ name: 'stroomwijs', url: 'https://mastodon.example/tags/stroomwijs' }],
      });
      if (statuses.length === PER_DOCUMENT) flushStatuses();
    } else {
      const contactId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const t = (offset: number) => new Date(at.getTime() + offset * 1000).toISOString();
      const sentences = source.text.split(/(?<=[.!?])\s+/).filter(Boolean);
      const transcript = [
        { AbsoluteTime: t(0), Content: source.language === 'nl' ? 'Welkom bij Stroomwijs! Waarmee kan ik helpen?' : 'Welcome to Stroomwijs! How can I help?', ContentType: 'text/plain', Id: `${contactId}-0`, Type: 'MESSAGE', ParticipantId: 'bot', DisplayName: 'BOT', ParticipantRole: 'SYSTEM' },
        ...sentences.map((sentence, n) => ({ AbsoluteTime: t(10 + n * 20), Content: sentence, ContentType: 'text/plain', Id: `${contactId}-${n + 1}`, Type: 'MESSAGE', ParticipantId: 'customer', DisplayName: 'Customer', ParticipantRole: 'CUSTOMER' })),
      ];
      writeFileSync(
        join(dir, 'connect', `${contactId}.json`),
        JSON.stringify({ Version: '2019-08-26', AWSAccountId: '123456789012', InstanceId: 'bench', InitialContactId: contactId, ContactId: contactId, Participants: [{ ParticipantId: 'customer' }, { ParticipantId: 'bot' }], Transcript: transcript }),
      );
    }
  }
  flushReviews();
  flushStatuses();
  writeFileSync(join(dir, '.complete'), String(count));
  return dir;
}
