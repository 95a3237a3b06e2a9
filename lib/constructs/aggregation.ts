import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { PREFIX } from '../../lambdas/core/storage-contract.ts';
import { PipelineFunction } from './function-defaults.ts';
import { acknowledgeIndexGrant, grantReadPrefix } from './grants.ts';
import { ObjectCreatedQueue } from './object-created-queue.ts';

/** Props of {@link Aggregation}. */
export interface AggregationProps {
  /** The data bucket: reads `curated/feedback/`. */
  readonly dataBucket: Bucket;
  /** Counters per dimension and hour/day. */
  readonly aggregatesTable: ITableV2;
  /** The state table; only named in the env contract (the aggregate function keeps its markers in the aggregates table). */
  readonly stateTable: ITableV2;
  /**
   * Most concurrent aggregate invocations; low, because every item updates the same hot
   * `all#all` rows with conditional writes.
   * @default 2
   */
  readonly maxConcurrency?: number;
  /** Log group retention. */
  readonly logRetention: RetentionDays;
  /** Powertools log level. @default "INFO" */
  readonly logLevel?: string;
}

/**
 * Aggregation (DESIGN.md §1): every curated feedback object is announced on a queue; the
 * aggregate function counts its items exactly once into the aggregates table.
 */
export class Aggregation extends Construct {
  /** The aggregate function (`lambdas/entry/aggregate.ts`). */
  public readonly aggregator: PipelineFunction;
  /** S3 notifications of new curated feedback objects. */
  public readonly queue: Queue;
  /** Curated-object notifications that failed three times. */
  public readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: AggregationProps) {
    super(scope, id);
    const timeout = Duration.minutes(2);
    this.aggregator = new PipelineFunction(this, 'Aggregator', {
      entry: 'aggregate',
      serviceName: 'aggregate',
      description: 'Counts curated feedback into the aggregates table, exactly once per item',
      environment: {
        DATA_BUCKET: props.dataBucket.bucketName,
        STATE_TABLE: props.stateTable.tableName,
        AGGREGATES_TABLE: props.aggregatesTable.tableName,
      },
      timeout,
      memorySize: 512,
      logRetention: props.logRetention,
      ...(props.logLevel ? { logLevel: props.logLevel } : {}),
    });

    const feed = new ObjectCreatedQueue(this, 'CuratedObjects', {
      bucket: props.dataBucket,
      prefix: PREFIX.curatedFeedback,
      consumer: this.aggregator,
      consumerTimeout: timeout,
      maxConcurrency: props.maxConcurrency ?? 2,
    });
    this.queue = feed.queue;
    this.deadLetterQueue = feed.deadLetterQueue;

    grantReadPrefix(props.dataBucket, this.aggregator, PREFIX.curatedFeedback);
    props.aggregatesTable.grantReadWriteData(this.aggregator.function);
    acknowledgeIndexGrant(props.aggregatesTable, this.aggregator);
  }
}
