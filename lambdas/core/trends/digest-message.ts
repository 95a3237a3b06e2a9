import { clip, escapeMrkdwn, SLACK_LIMITS } from '../alert/slack-message.ts';
import type { SlackMessage } from '../ports.ts';
import { type Digest, sparkline } from './daily.ts';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** "+12 pts" / "−5 pts" / "±0 pts", or "n/a" when there is nothing to compare with. */
export function pointChange(now: number, before: number, beforeCount: number): string {
  if (beforeCount === 0) return 'n/a';
  const points = Math.round((now - before) * 100);
  return points > 0 ? `+${points} pts` : points < 0 ? `−${Math.abs(points)} pts` : '±0 pts';
}

/** "+25%" volume change, or "n/a". */
export function volumeChange(now: number, before: number): string {
  if (before === 0) return 'n/a';
  const change = Math.round(((now - before) / before) * 100);
  return `${change >= 0 ? '+' : '−'}${Math.abs(change)}%`;
}

/** The daily digest as Block Kit, within Slack's limits. */
export function buildDigestMessage(digest: Digest): SlackMessage {
  const s = digest.sentiment;
  const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text, SLACK_LIMITS.sectionText) } });
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: `📊 Daily feedback digest · ${digest.day}` } },
    section(
      `*${digest.volume} items* (${volumeChange(digest.volume, digest.previousDay.count)} vs previous day, ${volumeChange(digest.volume, digest.sameDayLastWeek.count)} vs same day last week)\n` +
        `Positive ${pct(s.positive)} · Negative ${pct(s.negative)} · Neutral ${pct(s.neutral)} · Mixed ${pct(s.mixed)}\n` +
        `Negative share ${pointChange(s.negative, digest.previousDay.negative, digest.previousDay.count)} vs previous day, ${pointChange(s.negative, digest.sameDayLastWeek.negative, digest.sameDayLastWeek.count)} vs last week`,
    ),
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Dominant emotions*\n${digest.dominantEmotions.map((e) => `${e.name} (${e.count})`).join(', ') || 'none'}` },
        { type: 'mrkdwn', text: `*Churn risk · bot loops*\n${digest.churnRisk} · ${digest.botLoop}` },
      ],
    },
  ];
  if (digest.risingTopics.length > 0) {
    const lines = digest.risingTopics.map((t) => `• *${escapeMrkdwn(t.topic)}*: ${t.count} (7-day avg ${t.average.toFixed(1)}), ${pct(t.negativeShare)} negative`);
    blocks.push(section(`*Rising topics*\n${lines.join('\n')}`));
  }
  if (digest.channels.length > 0) {
    const lines = digest.channels.map((c) => `\`${c.channel.padEnd(7)} ${sparkline(c.counts)}\` ${c.counts.at(-1) ?? 0} today`);
    blocks.push(section(`*Last 7 days per channel*\n${lines.join('\n')}`));
  }
  return { text: `Daily feedback digest ${digest.day}: ${digest.volume} items, ${pct(s.negative)} negative`, blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}
