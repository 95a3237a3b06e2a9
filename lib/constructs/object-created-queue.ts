import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { type Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { PipelineFunction } from './function-defaults.ts';
import { MESSAGE_RETENTION, SECURE_QUEUE_PROPS } from './queues.ts';

/**
 * CDK configures S3 notifications through a stack-wide singleton custom-resource function
 * (`BucketNotificationsHandler…`) whose role uses AWSLambdaBasicExecutionRole; it is not ours
 * to change, so its finding is acknowledged where it appears.
 */
function acknowledgeBucketNotificationsHandler(stack: Stack): void {
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('BucketNotificationsHandler')) continue;
    Validations.of(child).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'CDK-internal custom resource that applies S3 bucket notifications at deploy time; its role and managed policy are fixed by aws-cdk-lib and only write its own logs.',
    });
  }
}

/** Props of {@link ObjectCreatedQueue}. */
export interface ObjectCreatedQueueProps {
  /** The bucket whose ObjectCreated notifications feed the queue. */
  readonly bucket: Bucket;
  /** Key prefix the notifications are limited to, e.g. `raw/`. */
  readonly prefix: string;
  /** The consuming function; the queue's visibility timeout is six times its timeout. */
  readonly consumer: PipelineFunction;
  /** Consumer timeout (Lambda's timeout is not readable back from the construct). */
  readonly consumerTimeout: Duration;
  /** Receives before a message moves to the dead-letter queue. @default 3 */
  readonly maxReceiveCount?: number;
  /** Messages per invocation. @default 10 */
  readonly batchSize?: number;
  /**
   * Most concurrent invocations the event source drives. Used instead of reserved concurrency,
   * whose throttles would count as receives and push healthy messages to the DLQ.
   * @default 5
   */
  readonly maxConcurrency?: number;
}

/**
 * S3 ObjectCreated notifications on one prefix, delivered to an SQS queue with a dead-letter
 * queue, consumed by a function that reports partial batch failures (so one bad object is
 * retried alone and, after `maxReceiveCount` receives, parked in the DLQ).
 */
export class ObjectCreatedQueue extends Construct {
  /** The notification queue. */
  public readonly queue: Queue;
  /** Messages that failed `maxReceiveCount` times. */
  public readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: ObjectCreatedQueueProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', { ...SECURE_QUEUE_PROPS, retentionPeriod: MESSAGE_RETENTION });
    this.queue = new Queue(this, 'Queue', {
      ...SECURE_QUEUE_PROPS,
      // AWS guidance for Lambda event sources: at least six times the function timeout.
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
      retentionPeriod: MESSAGE_RETENTION,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 3 },
    });

    props.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), { prefix: props.prefix });
    acknowledgeBucketNotificationsHandler(Stack.of(this));

    props.consumer.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: props.batchSize ?? 10,
        reportBatchItemFailures: true,
        maxConcurrency: props.maxConcurrency ?? 5,
      }),
    );
  }
}
