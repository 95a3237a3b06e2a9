import { Match } from 'aws-cdk-lib/assertions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTOR_KINDS } from '../../lib/constructs/collectors.ts';
import type { PipelineFunction } from '../../lib/constructs/function-defaults.ts';
import type { FeedbackMinerStack } from '../../lib/feedback-stack.ts';
import { logicalId, type Synthesized, substituteTokens, synthesize } from './helpers/synth.ts';

let synth: Synthesized;

beforeAll(() => {
  synth = synthesize();
});

afterAll(() => synth.dispose());

const WORK_QUEUES: [string, (stack: FeedbackMinerStack) => { queue: IQueue; deadLetterQueue: IQueue; consumerTimeout: number }][] = [
  ['raw-object', (stack) => ({ queue: stack.enrichment.queue, deadLetterQueue: stack.enrichment.deadLetterQueue, consumerTimeout: 300 })],
  ['curated-object', (stack) => ({ queue: stack.aggregation.queue, deadLetterQueue: stack.aggregation.deadLetterQueue, consumerTimeout: 120 })],
];

const DEAD_LETTER_QUEUES: [string, (stack: FeedbackMinerStack) => IQueue][] = [
  ['collector', (stack) => stack.ingestion.deadLetterQueue],
  ...COLLECTOR_KINDS.map((kind): [string, (stack: FeedbackMinerStack) => IQueue] => [`${kind} collector`, (stack) => stack.collectors.byKind[kind].deadLetterQueue]),
  ['enrich', (stack) => stack.enrichment.deadLetterQueue],
  ['aggregate', (stack) => stack.aggregation.deadLetterQueue],
  ['notify', (stack) => stack.notification.deadLetterQueue],
  ['digest', (stack) => stack.notification.digestDeadLetterQueue],
];

/** Functions whose throttles alarm: every one but the inbox collector, whose uploads queue behind its reserved concurrency. */
const FUNCTIONS: [string, (stack: FeedbackMinerStack) => PipelineFunction][] = [
  ['collector', (stack) => stack.ingestion.collector],
  ['reviews collector', (stack) => stack.collectors.byKind.reviews.collector],
  ['social collector', (stack) => stack.collectors.byKind.social.collector],
  ['chat collector', (stack) => stack.collectors.byKind.chat.collector],
  ['enricher', (stack) => stack.enrichment.enricher],
  ['aggregator', (stack) => stack.aggregation.aggregator],
  ['notifier', (stack) => stack.notification.notifier],
  ['digester', (stack) => stack.notification.digester],
];

const alarmTopic = () => ({ Ref: logicalId(synth.stack.operations.alarmTopic) });

describe('queues', () => {
  it.each(WORK_QUEUES)('moves a %s message to its dead-letter queue after 3 receives when processing keeps failing', (_name, pick) => {
    const { queue, deadLetterQueue } = pick(synth.stack);

    expect(synth.template.toJSON().Resources[logicalId(queue)].Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(deadLetterQueue), 'Arn'] },
      maxReceiveCount: 3,
    });
  });

  it.each(WORK_QUEUES)('hides a %s message for six times the consumer timeout while it is processed', (_name, pick) => {
    const { queue, consumerTimeout } = pick(synth.stack);

    expect(synth.template.toJSON().Resources[logicalId(queue)].Properties.VisibilityTimeout).toBe(consumerTimeout * 6);
  });

  it('encrypts every queue with SQS-managed keys and denies non-TLS access', () => {
    const queues = synth.template.findResources('AWS::SQS::Queue');

    for (const [id, queue] of Object.entries(queues)) {
      expect(queue.Properties.SqsManagedSseEnabled, id).toBe(true);
      synth.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: Match.arrayWith([{ Ref: id }]),
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
      });
    }
    expect(Object.keys(queues)).toHaveLength(WORK_QUEUES.length + DEAD_LETTER_QUEUES.length);
  });

  it.each(WORK_QUEUES)('lets only the data bucket send %s notifications to its queue', (_name, pick) => {
    synth.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: logicalId(pick(synth.stack).queue) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: Match.arrayWith(['sqs:SendMessage']),
            Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [logicalId(synth.stack.storage.dataBucket), 'Arn'] } } },
          }),
        ]),
      },
    });
  });
});

describe('alarms', () => {
  it.each(DEAD_LETTER_QUEUES)('alarms the topic when any message lands in the %s dead-letter queue', (_name, pick) => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(pick(synth.stack)), 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      AlarmActions: [alarmTopic()],
    });
  });

  it.each(FUNCTIONS)('alarms the topic when the %s errors or is throttled', (_name, pick) => {
    const dimensions = [{ Name: 'FunctionName', Value: { Ref: logicalId(pick(synth.stack).function) } }];
    for (const metric of ['Errors', 'Throttles']) {
      synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: metric,
        Dimensions: dimensions,
        Statistic: 'Sum',
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
        AlarmActions: [alarmTopic()],
      });
    }
  });

  it('alarms on inbox collector errors but not on its throttles when uploads queue behind its reserved concurrency', () => {
    const dimensions = [{ Name: 'FunctionName', Value: { Ref: logicalId(synth.stack.collectors.byKind.inbox.collector.function) } }];

    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: dimensions, Threshold: 0, AlarmActions: [alarmTopic()] });
    synth.template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { MetricName: 'Throttles', Dimensions: dimensions }, 0);
  });

  it.each(COLLECTOR_KINDS)('alarms the topic when a %s source fails within an hour', (kind) => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'FeedbackMiner',
      MetricName: 'SourceFailed',
      Dimensions: [{ Name: 'service', Value: `collect-${kind}` }],
      Statistic: 'Sum',
      Period: 3600,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      TreatMissingData: 'notBreaching',
      AlarmActions: [alarmTopic()],
    });
  });

  it.each(WORK_QUEUES)('alarms the topic when the oldest %s message is over two hours old', (_name, pick) => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(pick(synth.stack).queue), 'QueueName'] } }],
      Threshold: 7200,
      AlarmActions: [alarmTopic()],
    });
  });

  it('encrypts the alarm topic with a rotating key that CloudWatch may use when it publishes', () => {
    const key = logicalId(synth.stack.operations.alarmTopicKey);

    synth.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [key, 'Arn'] } });
    synth.template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'] }),
        ]),
      },
    });
  });

  it('subscribes no e-mail address to the alarm topic when alarmEmail is not set', () => {
    synth.template.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});

describe('dashboard', () => {
  const dashboardBody = () => {
    const dashboards = Object.values(synth.template.findResources('AWS::CloudWatch::Dashboard'));
    expect(dashboards).toHaveLength(1);
    return JSON.parse(substituteTokens(dashboards[0]?.Properties.DashboardBody, (ref) => ref)) as {
      widgets: { properties: { title?: string; metrics?: unknown[][] } }[];
    };
  };

  it.each([
    ['ItemsCollected', 'collect-files'],
    ...COLLECTOR_KINDS.map((kind) => ['ItemsCollected', `collect-${kind}`]),
    ['ItemsEnriched', 'enrich'],
    ['ItemsAggregated', 'aggregate'],
    ['AlertsSent', 'notify'],
    ['DigestsSent', 'digest'],
  ])('charts %s of the %s service from the FeedbackMiner namespace', (metricName, service) => {
    const throughput = dashboardBody().widgets.find((widget) => widget.properties.title?.startsWith('Pipeline throughput'));

    expect(throughput?.properties.metrics).toContainEqual(['FeedbackMiner', metricName, 'service', service, expect.anything()]);
  });

  it('charts the depth of every work and dead-letter queue', () => {
    const depth = dashboardBody().widgets.find((widget) => widget.properties.title?.startsWith('Queue depth'));
    const charted = (depth?.properties.metrics ?? []).map((metric) => metric[3]);

    const queues = [...WORK_QUEUES.map(([, pick]) => pick(synth.stack).queue), ...DEAD_LETTER_QUEUES.map(([, pick]) => pick(synth.stack))];
    expect(charted.sort()).toEqual(queues.map((queue) => `${logicalId(queue)}.QueueName`).sort());
  });
});
