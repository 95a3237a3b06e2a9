import type { AggregateStore, Log, Notifier, StateStore } from '../ports.ts';
import { addDays, buildDigest, type Digest, dayRange, loadDays } from './daily.ts';
import { buildDigestMessage } from './digest-message.ts';

/** The ports the digest needs. */
export interface DigestDeps {
  aggregates: AggregateStore;
  state: StateStore;
  notifier: Notifier;
  log: Log;
}

/** What one digest run did. */
export interface DigestResult {
  day: string;
  sent: boolean;
  digest: Digest;
}

/**
 * Sends the digest of `day` (a UTC day, matching the `dt` partitions analysts query) once: a
 * second run for the same day — a re-delivered schedule or a local re-run — sends nothing,
 * while a failed delivery may be retried (the cooldown is only marked delivered after Slack
 * accepted it).
 */
export async function sendDailyDigest(day: string, deps: DigestDeps, route = 'digest'): Promise<DigestResult> {
  const rows = await loadDays(deps.aggregates, dayRange(day, 8));
  const digest = buildDigest(day, rows);
  const windowEnd = `${addDays(day, 1)}T00:00:00.000Z`;
  const claim = { key: 'digest#daily', windowEnd, severity: 1, until: `${addDays(day, 2)}T00:00:00.000Z` };
  if (digest.volume === 0 || !(await deps.state.tryStartCooldown(claim))) {
    deps.log.info('daily digest not sent', { day, volume: digest.volume });
    return { day, sent: false, digest };
  }
  await deps.notifier.send(buildDigestMessage(digest), route);
  await deps.state.markDelivered(claim.key, windowEnd);
  deps.log.info('daily digest sent', { day, volume: digest.volume });
  return { day, sent: true, digest };
}
