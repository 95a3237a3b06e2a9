import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';

/** Requests per AWS operation, counted in the SDK middleware stack (so every adapter call counts). */
export type RequestCounts = Record<string, number>;

/** Adds a counting middleware to an SDK client; returns the live counts. */
export function countRequests(client: S3Client | DynamoDBClient, counts: RequestCounts, prefix: string): void {
  (client as S3Client).middlewareStack.add(
    (next, context) => async (args) => {
      const name = `${prefix}:${String((context as { commandName?: string }).commandName ?? 'unknown').replace(/Command$/, '')}`;
      counts[name] = (counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'feedbackMinerBenchCounter' },
  );
}

/** Samples the process's resident set size and keeps the peak per named phase. */
export class RssSampler {
  readonly peaks: Record<string, number> = {};
  private phase = 'start';
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 50) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  enter(phase: string): void {
    this.sample();
    this.phase = phase;
    this.sample();
  }

  sample(): void {
    const rss = process.memoryUsage().rss;
    this.peaks[this.phase] = Math.max(this.peaks[this.phase] ?? 0, rss);
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }
}
