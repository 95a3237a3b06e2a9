/**
 * The one source of truth for table key schemas, indexes and TTL attributes, and for the S3
 * prefixes. The CDK stack and the local runtime both build their tables from these definitions.
 */

/** Attribute types DynamoDB keys may have. */
export type KeyAttributeType = 'S' | 'N' | 'B';

/** A global secondary index, projected in full. */
export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: { readonly name: string; readonly type: KeyAttributeType };
  readonly sortKey?: { readonly name: string; readonly type: KeyAttributeType };
}

/** Everything needed to create one table, on AWS or on the stand-in. */
export interface TableDefinition {
  /** Logical id (used for the CDK construct id and the env var name). */
  readonly id: 'Aggregates' | 'State';
  readonly partitionKey: { readonly name: string; readonly type: KeyAttributeType };
  readonly sortKey?: { readonly name: string; readonly type: KeyAttributeType };
  readonly timeToLiveAttribute?: string;
  readonly globalSecondaryIndexes: readonly IndexDefinition[];
}

/** Name of the aggregates GSI that lists every dimension row of one period (HOUR#… or DAY#…). */
export const PERIOD_INDEX = 'byPeriod';

/** Counters per dimension and hour/day (DESIGN.md §3). */
export const AGGREGATES_TABLE: TableDefinition = {
  id: 'Aggregates',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    {
      indexName: PERIOD_INDEX,
      partitionKey: { name: 'sk', type: 'S' },
      sortKey: { name: 'pk', type: 'S' },
    },
  ],
};

/** Cursors, dedupe markers, alert cooldowns (DESIGN.md §3). */
export const STATE_TABLE: TableDefinition = {
  id: 'State',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [],
};

export const TABLES = [AGGREGATES_TABLE, STATE_TABLE] as const;

/** S3 prefixes of the data bucket (DESIGN.md §3). */
export const PREFIX = {
  raw: 'raw/',
  curatedFeedback: 'curated/feedback/',
  curatedTurns: 'curated/turns/',
  quarantine: 'quarantine/',
  inbox: 'inbox/',
} as const;
