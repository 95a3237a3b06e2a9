import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption, type QueueProps } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * Settings every queue of the stack shares: SQS-managed server-side encryption (SSE-SQS) and a
 * deny-non-TLS queue policy. SSE-SQS rather than a KMS key because S3 event notifications
 * cannot publish to a queue encrypted with the AWS-managed `aws/sqs` key, and SSE-SQS needs no
 * key policy for the S3 service principal.
 */
export const SECURE_QUEUE_PROPS: QueueProps = {
  encryption: QueueEncryption.SQS_MANAGED,
  enforceSSL: true,
};

/** How long messages are kept: the SQS maximum, time enough to investigate and redrive. */
export const MESSAGE_RETENTION = Duration.days(14);

/**
 * A dead-letter queue for a scheduled function's failed asynchronous invocations (after Lambda's
 * two retries) and for schedule deliveries that failed.
 */
export function createInvocationDeadLetterQueue(scope: Construct, id: string): Queue {
  const queue = new Queue(scope, id, { ...SECURE_QUEUE_PROPS, retentionPeriod: MESSAGE_RETENTION });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself a dead-letter queue (Lambda asynchronous invocation and EventBridge Scheduler target DLQ); it needs none of its own.',
  });
  return queue;
}
