import { Stack } from 'aws-cdk-lib';
import { CfnNamedQuery, CfnWorkGroup } from 'aws-cdk-lib/aws-athena';
import { CfnDatabase, CfnTable } from 'aws-cdk-lib/aws-glue';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { NAMED_QUERIES, renderNamedQuery } from '../../lambdas/core/analytics/named-queries.ts';
import { type ColumnDefinition, FEEDBACK_COLUMNS, glueType, TURN_COLUMNS } from '../../lambdas/core/curated-format.ts';
import { PREFIX } from '../../lambdas/core/storage-contract.ts';

/**
 * Glue columns of a curated table, built from its column definitions in
 * lambdas/core/curated-format.ts, the same definitions enrich writes its Parquet files with.
 */
export function glueColumns(columns: readonly ColumnDefinition[]): { name: string; type: string; comment: string }[] {
  return columns.map((column) => ({ name: column.name, type: glueType(column.type), comment: column.comment }));
}

/** Props of {@link Analytics}. */
export interface AnalyticsProps {
  /** The data bucket holding `curated/`. */
  readonly dataBucket: IBucket;
  /** Where Athena writes query results. */
  readonly resultsBucket: IBucket;
  /** First day (yyyy-MM-dd) the `dt` partition projection covers; it runs to NOW. */
  readonly projectionStartDate: string;
  /** Per-query scan limit of the workgroup, in bytes (minimum 10 MiB). */
  readonly bytesScannedCutoffPerQuery: number;
  /** Glue database name. @default "feedback_miner" */
  readonly databaseName?: string;
  /** Athena workgroup name. @default "feedback-miner" */
  readonly workGroupName?: string;
}

/**
 * Analytics (DESIGN.md §3): a Glue database with the `feedback` and `turns` tables over the
 * Parquet files under `curated/` (columns from lambdas/core/curated-format.ts), partitioned by
 * `dt` through partition projection (no crawler, no MSCK REPAIR), and an Athena workgroup that
 * enforces encrypted results in the results bucket and a per-query scan limit.
 */
export class Analytics extends Construct {
  /** The Glue database name (`ATHENA_DATABASE` of the notify function). */
  public readonly databaseName: string;
  /** The Athena workgroup name. */
  public readonly workGroupName: string;
  /** The Glue database. */
  public readonly database: CfnDatabase;
  /** The `feedback` table. */
  public readonly feedbackTable: CfnTable;
  /** The `turns` table. */
  public readonly turnsTable: CfnTable;
  /** The Athena workgroup. */
  public readonly workGroup: CfnWorkGroup;
  /** The named queries analysts find in the workgroup (lambdas/core/analytics/named-queries.ts). */
  public readonly namedQueries: CfnNamedQuery[];

  constructor(scope: Construct, id: string, props: AnalyticsProps) {
    super(scope, id);
    const account = Stack.of(this).account;
    this.databaseName = props.databaseName ?? 'feedback_miner';
    this.workGroupName = props.workGroupName ?? 'feedback-miner';

    this.database = new CfnDatabase(this, 'Database', {
      catalogId: account,
      databaseInput: { name: this.databaseName, description: 'feedback-miner: enriched customer feedback (curated/)' },
    });

    this.feedbackTable = this.curatedTable('FeedbackTable', {
      name: 'feedback',
      description: 'Enriched feedback items, one row per item (PII-redacted)',
      prefix: PREFIX.curatedFeedback,
      columns: FEEDBACK_COLUMNS,
      dataBucket: props.dataBucket,
      projectionStartDate: props.projectionStartDate,
    });
    this.turnsTable = this.curatedTable('TurnsTable', {
      name: 'turns',
      description: 'Chat turns, one row per turn; join on feedback.id = turns.feedback_id',
      prefix: PREFIX.curatedTurns,
      columns: TURN_COLUMNS,
      dataBucket: props.dataBucket,
      projectionStartDate: props.projectionStartDate,
    });

    this.workGroup = new CfnWorkGroup(this, 'WorkGroup', {
      name: this.workGroupName,
      description: 'feedback-miner analysis: results encrypted in the results bucket, scan limit per query',
      state: 'ENABLED',
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: props.bytesScannedCutoffPerQuery,
        engineVersion: { selectedEngineVersion: 'AUTO' },
        resultConfiguration: {
          outputLocation: props.resultsBucket.s3UrlForObject('results/'),
          encryptionConfiguration: { encryptionOption: 'SSE_S3' },
          expectedBucketOwner: account,
        },
      },
    });

    // The same SQL `feedback-miner query --named` runs locally; here "today" is Athena's current_date.
    this.namedQueries = NAMED_QUERIES.map((query) => {
      const named = new CfnNamedQuery(this, `Query-${query.name}`, {
        name: query.name,
        description: query.description,
        database: this.databaseName,
        workGroup: this.workGroupName,
        queryString: renderNamedQuery(query, { db: this.databaseName, today: 'current_date' }),
      });
      named.addDependency(this.workGroup);
      named.addDependency(this.database);
      return named;
    });
  }

  private curatedTable(
    id: string,
    spec: { name: string; description: string; prefix: string; columns: readonly ColumnDefinition[]; dataBucket: IBucket; projectionStartDate: string },
  ): CfnTable {
    const location = spec.dataBucket.s3UrlForObject(spec.prefix);
    const table = new CfnTable(this, id, {
      catalogId: Stack.of(this).account,
      // Ref of the database is its name, and orders the table after it.
      databaseName: this.database.ref,
      tableInput: {
        name: spec.name,
        description: spec.description,
        tableType: 'EXTERNAL_TABLE',
        parameters: {
          classification: 'parquet',
          'parquet.compression': 'SNAPPY',
          'projection.enabled': 'true',
          'projection.dt.type': 'date',
          'projection.dt.format': 'yyyy-MM-dd',
          'projection.dt.range': `${spec.projectionStartDate},NOW`,
          'projection.dt.interval': '1',
          'projection.dt.interval.unit': 'DAYS',
          'storage.location.template': `${location}dt=\${dt}/`,
        },
        partitionKeys: [{ name: 'dt', type: 'string', comment: 'UTC day the feedback was written (yyyy-MM-dd)' }],
        storageDescriptor: {
          location,
          columns: glueColumns(spec.columns),
          inputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
          serdeInfo: {
            serializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
            parameters: { 'serialization.format': '1' },
          },
        },
      },
    });
    return table;
  }
}
