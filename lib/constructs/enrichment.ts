import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { PREFIX } from '../../lambdas/core/storage-contract.ts';
import { PipelineFunction } from './function-defaults.ts';
import { grantPutPrefix, grantReadPrefix } from './grants.ts';
import { acknowledgeIam5 } from './nag.ts';
import { ObjectCreatedQueue } from './object-created-queue.ts';

/** Props of {@link Enrichment}. */
export interface EnrichmentProps {
  /** The data bucket: reads `raw/`, writes `curated/` and `quarantine/`. */
  readonly dataBucket: Bucket;
  /** The state table (dedupe claims). */
  readonly stateTable: ITableV2;
  /**
   * Sentiment engine (`ANALYZER`). `comprehend` sends supported languages to Amazon Comprehend
   * (BatchDetectSentiment/BatchDetectKeyPhrases) and grants exactly those two actions.
   * @default "local"
   */
  readonly analyzer?: 'local' | 'comprehend';
  /** Most concurrent enrich invocations. @default 5 */
  readonly maxConcurrency?: number;
  /** Log group retention. */
  readonly logRetention: RetentionDays;
  /** Powertools log level. @default "INFO" */
  readonly logLevel?: string;
}

/**
 * Enrichment (DESIGN.md §1): every object landing under `raw/` is announced on a queue; the
 * enrich function validates, dedupes, redacts and analyses its items into `curated/feedback/`
 * (and `curated/turns/` for chats), quarantining bad lines.
 */
export class Enrichment extends Construct {
  /** The enrich function (`lambdas/entry/enrich.ts`). */
  public readonly enricher: PipelineFunction;
  /** S3 notifications of new raw objects. */
  public readonly queue: Queue;
  /** Raw-object notifications that failed three times. */
  public readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: EnrichmentProps) {
    super(scope, id);
    const timeout = Duration.minutes(5);
    const analyzer = props.analyzer ?? 'local';
    this.enricher = new PipelineFunction(this, 'Enricher', {
      entry: 'enrich',
      serviceName: 'enrich',
      description: 'Validates, dedupes, redacts and analyses raw/ objects into curated/',
      environment: {
        DATA_BUCKET: props.dataBucket.bucketName,
        STATE_TABLE: props.stateTable.tableName,
        ANALYZER: analyzer,
      },
      timeout,
      memorySize: 1024,
      logRetention: props.logRetention,
      ...(props.logLevel ? { logLevel: props.logLevel } : {}),
    });

    const feed = new ObjectCreatedQueue(this, 'RawObjects', {
      bucket: props.dataBucket,
      prefix: PREFIX.raw,
      consumer: this.enricher,
      consumerTimeout: timeout,
      ...(props.maxConcurrency !== undefined ? { maxConcurrency: props.maxConcurrency } : {}),
    });
    this.queue = feed.queue;
    this.deadLetterQueue = feed.deadLetterQueue;

    grantReadPrefix(props.dataBucket, this.enricher, PREFIX.raw);
    grantPutPrefix(props.dataBucket, this.enricher, 'curated/');
    grantPutPrefix(props.dataBucket, this.enricher, PREFIX.quarantine);
    props.stateTable.grantReadWriteData(this.enricher.function);

    if (analyzer === 'comprehend') {
      this.enricher.function.addToRolePolicy(
        new PolicyStatement({ actions: ['comprehend:BatchDetectSentiment', 'comprehend:BatchDetectKeyPhrases'], resources: ['*'] }),
      );
      acknowledgeIam5(
        this.enricher.role,
        ['Resource::*'],
        'Amazon Comprehend detect APIs (BatchDetectSentiment, BatchDetectKeyPhrases) support no resource-level permissions; only these two actions are granted.',
      );
    }
  }
}
