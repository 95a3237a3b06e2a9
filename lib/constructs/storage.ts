import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  type Attribute,
  AttributeType,
  Billing,
  type GlobalSecondaryIndexPropsV2,
  ProjectionType,
  TableEncryptionV2,
  TableV2,
  type TablePropsV2,
} from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, type BucketProps, ObjectOwnership, StorageClass } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import {
  AGGREGATES_TABLE,
  type KeyAttributeType,
  PREFIX,
  STATE_TABLE,
  type TableDefinition,
} from '../../lambdas/core/storage-contract.ts';

const ATTRIBUTE_TYPES: Record<KeyAttributeType, AttributeType> = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
};

const attribute = (key: { readonly name: string; readonly type: KeyAttributeType }): Attribute => ({
  name: key.name,
  type: ATTRIBUTE_TYPES[key.type],
});

/**
 * Maps a storage-contract table definition (lambdas/core/storage-contract.ts) to TableV2 props:
 * keys, full-projection GSIs and the TTL attribute come from the definition, never restated.
 * On-demand billing, point-in-time recovery, AWS-managed KMS encryption and deletion
 * protection are this stack's choices for every table.
 */
export function tablePropsFromDefinition(definition: TableDefinition, deletionProtection = true): TablePropsV2 {
  const { sortKey, timeToLiveAttribute } = definition;
  return {
    partitionKey: attribute(definition.partitionKey),
    ...(sortKey ? { sortKey: attribute(sortKey) } : {}),
    ...(timeToLiveAttribute ? { timeToLiveAttribute } : {}),
    globalSecondaryIndexes: definition.globalSecondaryIndexes.map(
      (index): GlobalSecondaryIndexPropsV2 => ({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        ...(index.sortKey ? { sortKey: attribute(index.sortKey) } : {}),
        projectionType: ProjectionType.ALL,
      }),
    ),
    billing: Billing.onDemand(),
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    encryption: TableEncryptionV2.awsManagedKey(),
    deletionProtection,
    removalPolicy: RemovalPolicy.RETAIN,
  };
}

/** Props of {@link FeedbackStorage}. */
export interface FeedbackStorageProps {
  /** Age at which `raw/` objects move to S3 Standard-IA. @default Duration.days(30) */
  readonly rawInfrequentAccessAfter?: Duration;
  /** Age at which `quarantine/` records expire. @default Duration.days(90) */
  readonly quarantineExpiration?: Duration;
  /** How long overwritten or deleted object versions are kept. @default Duration.days(30) */
  readonly noncurrentVersionExpiration?: Duration;
  /** How long Athena query results are kept. @default Duration.days(30) */
  readonly athenaResultsExpiration?: Duration;
  /** How long S3 server access logs are kept. @default Duration.days(365) */
  readonly accessLogsExpiration?: Duration;
  /** DynamoDB deletion protection on both tables (they hold the counts and dedupe state). @default true */
  readonly tableDeletionProtection?: boolean;
}

/**
 * Where the pipeline keeps its data (DESIGN.md §3): the data bucket (`raw/`, `curated/`,
 * `quarantine/`, `inbox/`), the Athena results bucket, a server-access-log bucket for both, and
 * the two DynamoDB tables built from the storage contract.
 *
 * Buckets use S3-managed encryption (SSE-S3), a deliberate choice: access is governed by IAM
 * grants scoped to prefixes plus a deny-non-TLS bucket policy; a customer-managed KMS key
 * would add a key grant for every reader (each Lambda, each Athena user) without protecting
 * against anything those grants don't already, and S3 server access logs cannot be delivered
 * to an SSE-KMS bucket. Tables use the AWS-managed DynamoDB key.
 */
export class FeedbackStorage extends Construct {
  /** The data bucket (versioned; publishes its object events to EventBridge). */
  public readonly dataBucket: Bucket;
  /** Athena query results (expire). */
  public readonly athenaResultsBucket: Bucket;
  /** S3 server access logs of the other two buckets. */
  public readonly accessLogsBucket: Bucket;
  /** Counters per dimension and hour/day (AGGREGATES_TABLE). */
  public readonly aggregatesTable: TableV2;
  /** Cursors, dedupe markers, cooldowns (STATE_TABLE). */
  public readonly stateTable: TableV2;

  constructor(scope: Construct, id: string, props: FeedbackStorageProps = {}) {
    super(scope, id);

    const secure: BucketProps = {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    };

    this.accessLogsBucket = new Bucket(this, 'AccessLogsBucket', {
      ...secure,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: props.accessLogsExpiration ?? Duration.days(365) }],
    });
    Validations.of(this.accessLogsBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket is the server-access-log destination; logging it into itself would recurse, and a second log bucket would only move the finding.',
    });

    this.dataBucket = new Bucket(this, 'DataBucket', {
      ...secure,
      versioned: true,
      // Object events also go to EventBridge: uploads under inbox/ trigger the inbox collector.
      eventBridgeEnabled: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'data-bucket/',
      lifecycleRules: [
        {
          id: 'raw-to-infrequent-access',
          prefix: PREFIX.raw,
          transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: props.rawInfrequentAccessAfter ?? Duration.days(30) }],
        },
        { id: 'expire-quarantine', prefix: PREFIX.quarantine, expiration: props.quarantineExpiration ?? Duration.days(90) },
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(30),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
    });

    this.athenaResultsBucket = new Bucket(this, 'AthenaResultsBucket', {
      ...secure,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'athena-results/',
      lifecycleRules: [
        {
          id: 'expire-query-results',
          expiration: props.athenaResultsExpiration ?? Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });

    this.aggregatesTable = new TableV2(this, AGGREGATES_TABLE.id, tablePropsFromDefinition(AGGREGATES_TABLE, props.tableDeletionProtection ?? true));
    this.stateTable = new TableV2(this, STATE_TABLE.id, tablePropsFromDefinition(STATE_TABLE, props.tableDeletionProtection ?? true));
  }
}
