/**
 * AWS list prices used by the cost model (eu-west-1, on-demand, USD, as published for 2026;
 * update here when they change). Each is per unit named in the key.
 */
export const PRICES = {
  /** Lambda arm64, per GB-second. */
  lambdaGbSecond: 0.0000133334,
  /** Lambda, per request. */
  lambdaRequest: 0.2 / 1_000_000,
  /** S3 Standard PUT/COPY/POST/LIST, per request. */
  s3Put: 0.005 / 1_000,
  /** S3 Standard GET and others, per request. */
  s3Get: 0.0004 / 1_000,
  /** DynamoDB on-demand, per write request unit. */
  dynamoWrite: 0.625 / 1_000_000,
  /** DynamoDB on-demand, per read request unit. */
  dynamoRead: 0.125 / 1_000_000,
  /** SQS standard, per request (send, receive and delete counted). */
  sqsRequest: 0.4 / 1_000_000,
  /** Comprehend sentiment or key phrases, per unit of 100 characters (3-unit minimum per document). */
  comprehendUnit: 0.0001,
  /** Athena, per byte scanned ($5 per TB, 10 MB minimum per query). */
  athenaByte: 5 / 1_000_000_000_000,
} as const;

/** What one run did, counted from the run itself. */
export interface RunCounts {
  items: number;
  /** Handler wall time per function, ms (a proxy for Lambda duration). */
  handlerMs: number;
  /** Lambda invocations (collector runs, SQS batches, notifier hours). */
  invocations: number;
  memoryGb: number;
  s3Puts: number;
  s3Gets: number;
  dynamoWrites: number;
  dynamoReads: number;
  sqsMessages: number;
  /** Characters of text in Comprehend-supported languages (for ANALYZER=comprehend). */
  comprehendChars: number[];
  /** Bytes a named query scans (the curated Parquet of its partitions). */
  athenaBytesPerQuery: number;
}

/** Cost per 1,000 items, by service, from a run's own counts. */
export function costPer1000(counts: RunCounts, analyzer: 'local' | 'comprehend'): Record<string, number> {
  const per = 1_000 / Math.max(counts.items, 1);
  const comprehendUnits = analyzer === 'comprehend' ? counts.comprehendChars.reduce((sum, chars) => sum + Math.max(3, Math.ceil(Math.min(chars, 5_000) / 100)), 0) * 2 : 0;
  const cost = {
    lambda: ((counts.handlerMs / 1000) * counts.memoryGb * PRICES.lambdaGbSecond + counts.invocations * PRICES.lambdaRequest) * per,
    s3: (counts.s3Puts * PRICES.s3Put + counts.s3Gets * PRICES.s3Get) * per,
    dynamodb: (counts.dynamoWrites * PRICES.dynamoWrite + counts.dynamoReads * PRICES.dynamoRead) * per,
    sqs: counts.sqsMessages * 3 * PRICES.sqsRequest * per,
    comprehend: comprehendUnits * PRICES.comprehendUnit * per,
    athenaPerNamedQuery: Math.max(counts.athenaBytesPerQuery, 10_000_000) * PRICES.athenaByte,
  };
  return { ...cost, total: cost.lambda + cost.s3 + cost.dynamodb + cost.sqs + cost.comprehend };
}
