import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectorKind } from '../../lambdas/collectors-composition.ts';
import { CollectorsConfigSchema, parseCollectorsEnv } from '../../lambdas/core/config-collectors.ts';
import { PREFIX } from '../../lambdas/core/storage-contract.ts';
import { COLLECTOR_KINDS, uploadTriggerPrefixes } from '../../lib/constructs/collectors.ts';
import type { PipelineFunction } from '../../lib/constructs/function-defaults.ts';
import { ContextError, parseContext } from '../../lib/context.ts';
import { actionsOf, identityStatements, logicalId, type Synthesized, substituteTokens, synthesize } from './helpers/synth.ts';

const MASTODON_SOCIAL_TOKEN_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:feedback-miner/mastodon-social-AbC123';

/** docs/sources.md's COLLECTOR_CONFIG example, with one secret given as an ARN instead of a name. */
const COLLECTORS = {
  lookbackDays: 7,
  pageSize: 50,
  maxPages: 10,
  http: { timeoutMs: 10000, maxAttempts: 4, baseDelayMs: 500, maxRetryAfterSeconds: 120 },
  appstore: [{ appId: '1234567890', countries: ['nl', 'be', 'gb'], product: 'Stroomwijs app' }],
  googleplay: [{ packageName: 'nl.stroomwijs.app', product: 'Stroomwijs app' }],
  trustpilot: [{ businessUnitId: '5f8d0c2a9e1b3c0001a2b3c4' }],
  mastodon: [
    { instanceUrl: 'https://mastodon.nl', hashtags: ['stroomwijs'], mentions: true, accessTokenSecretId: 'feedback-miner/mastodon-nl' },
    { instanceUrl: 'https://mastodon.social', hashtags: ['stroomwijs', 'energieleverancier'], accessTokenSecretId: MASTODON_SOCIAL_TOKEN_ARN },
  ],
  bluesky: [{ query: 'stroomwijs' }, { query: '"slimme meter" stroomwijs', lang: 'nl' }],
  blueskyLogin: { identifier: 'stroomwijs.bsky.social' },
  reddit: [{ subreddit: 'thenetherlands', search: 'stroomwijs' }, { search: 'stroomwijs' }],
  chat: {
    connect: [{ prefix: 'connect/stroomwijs/ChatTranscripts/' }],
    lex: [{ prefix: 'chat/lex/', sessionIdleMinutes: 30 }],
    jsonl: [{ prefix: 'chat/webchat/', source: 'webchat' }],
  },
  maxObjectsPerRun: 500,
  inbox: [
    { format: 'playconsole-csv', prefix: 'inbox/playconsole/' },
    { format: 'csv', prefix: 'inbox/survey/', source: 'survey', channel: 'review', mapping: { sourceId: 'Respondent', createdAt: 'Datum', rating: 'Score', text: 'Toelichting' } },
    {
      format: 'jsonl',
      prefix: 'inbox/app-feedback/',
      source: 'upload',
      mapping: { sourceId: 'feedback_id', createdAt: 'submitted', rating: 'stars', text: 'message.body', title: 'message.subject', language: 'locale' },
    },
  ],
  secrets: {
    googlePlayServiceAccount: 'feedback-miner/googleplay-service-account',
    trustpilotApiKey: 'feedback-miner/trustpilot-api-key',
    redditClient: 'feedback-miner/reddit-client',
    blueskyAppPassword: 'feedback-miner/bluesky-app-password',
  },
};

const SCHEDULES: Record<CollectorKind, string> = {
  reviews: 'rate(2 hours)',
  social: 'rate(30 minutes)',
  chat: 'cron(0/10 * * * ? *)',
  inbox: 'cron(30 5 * * ? *)',
};

let synth: Synthesized;

beforeAll(() => {
  synth = synthesize({
    context: {
      collectors: COLLECTORS,
      reviewsSchedule: SCHEDULES.reviews,
      socialSchedule: SCHEDULES.social,
      chatSchedule: SCHEDULES.chat,
      inboxSchedule: SCHEDULES.inbox,
    },
  });
});

afterAll(() => synth.dispose());

const collectorOf = (kind: CollectorKind): PipelineFunction => synth.stack.collectors.byKind[kind].collector;

/** Resources a function's identity policies allow an action on, intrinsics rendered as `<ref>`. */
function resourcesAllowed(fn: PipelineFunction, action: string): string[] {
  const policies = synth.template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: logicalId(fn.role) }] } });
  return Object.values(policies)
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Record<string, unknown>[])
    .filter((statement) => statement.Effect === 'Allow' && actionsOf(statement).includes(action))
    .flatMap((statement) => (Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource]))
    .map((resource) => substituteTokens(resource, (ref) => `<${ref}>`))
    .sort();
}

const secretByName = (name: string) => `arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:${name}-??????`;
const objects = (prefix: string) => `<${logicalId(synth.stack.storage.dataBucket)}.Arn>/${prefix}*`;

describe('collector functions', () => {
  it.each(COLLECTOR_KINDS)('runs the %s collector on arm64 Node 22 for up to 5 minutes, one run at a time, with a dead-letter queue', (kind) => {
    const { collector, deadLetterQueue } = synth.stack.collectors.byKind[kind];

    expect(synth.template.toJSON().Resources[logicalId(collector.function)].Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Timeout: 300,
      MemorySize: 1024,
      ReservedConcurrentExecutions: 1,
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [logicalId(deadLetterQueue), 'Arn'] } },
      Environment: { Variables: expect.objectContaining({ POWERTOOLS_SERVICE_NAME: `collect-${kind}` }) },
    });
  });

  it.each(COLLECTOR_KINDS)('passes the %s collector the collectors context as a COLLECTOR_CONFIG its handler parses to the same sources', (kind) => {
    const variables = synth.template.toJSON().Resources[logicalId(collectorOf(kind).function)].Properties.Environment.Variables as Record<string, unknown>;
    const env = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, substituteTokens(value)]));

    const parsed = parseCollectorsEnv({ ...env, AWS_REGION: 'eu-west-1' });

    expect(parsed.collectors).toEqual(CollectorsConfigSchema.parse(COLLECTORS));
    expect(parsed.env.AUTHOR_SALT_SECRET_ID).toBe(`resolved-${logicalId(synth.stack.ingestion.authorSaltSecret)}`);
  });

  it.each(COLLECTOR_KINDS)('runs the %s collector on the schedule its context key sets', (kind) => {
    synth.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: SCHEDULES[kind],
      ScheduleExpressionTimezone: 'Europe/Amsterdam',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [logicalId(collectorOf(kind).function), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(synth.stack.collectors.byKind[kind].deadLetterQueue), 'Arn'] } },
      }),
    });
  });
});

describe('inbox uploads', () => {
  it('publishes the data bucket object events to EventBridge', () => {
    synth.template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: logicalId(synth.stack.storage.dataBucket) },
      NotificationConfiguration: Match.objectLike({ EventBridgeConfiguration: {} }),
    });
  });

  it('runs the inbox collector when an object is created under inbox/ in the data bucket', () => {
    const inbox = synth.stack.collectors.byKind.inbox;

    synth.template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: { bucket: { name: [{ Ref: logicalId(synth.stack.storage.dataBucket) }] }, object: { key: [{ prefix: 'inbox/' }] } },
      },
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalId(inbox.collector.function), 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(inbox.deadLetterQueue), 'Arn'] } },
        }),
      ],
    });
  });

  it('lets only the upload rule invoke the inbox collector and dead-letter its failed deliveries', () => {
    const inbox = synth.stack.collectors.byKind.inbox;
    const rule = { 'Fn::GetAtt': [logicalId(synth.stack.collectors.inboxUploads), 'Arn'] };

    synth.template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [logicalId(inbox.collector.function), 'Arn'] },
      Principal: 'events.amazonaws.com',
      SourceArn: rule,
    });
    synth.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: logicalId(inbox.deadLetterQueue) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sqs:SendMessage', Condition: { ArnEquals: { 'aws:SourceArn': rule } } }),
        ]),
      },
    });
  });

  it('also watches a configured inbox prefix outside inbox/ when one is given', () => {
    const config = CollectorsConfigSchema.parse({ inbox: [{ format: 'playconsole-csv', prefix: 'exports/play/' }, { format: 'playconsole-csv', prefix: 'inbox/play/' }] });

    expect(uploadTriggerPrefixes(config)).toEqual([PREFIX.inbox, 'exports/play/']);
  });
});

describe('collector IAM', () => {
  it.each([
    ['reviews', [secretByName('feedback-miner/googleplay-service-account'), secretByName('feedback-miner/trustpilot-api-key')]],
    [
      'social',
      [
        secretByName('feedback-miner/bluesky-app-password'),
        secretByName('feedback-miner/mastodon-nl'),
        secretByName('feedback-miner/reddit-client'),
        MASTODON_SOCIAL_TOKEN_ARN,
        `${MASTODON_SOCIAL_TOKEN_ARN}-??????`,
      ],
    ],
    ['chat', []],
    ['inbox', []],
  ] as const)('lets the %s collector read exactly its configured source secrets and the author salt', (kind, secrets) => {
    const salt = `<${logicalId(synth.stack.ingestion.authorSaltSecret)}>`;

    const readable = resourcesAllowed(collectorOf(kind), 'secretsmanager:GetSecretValue');

    expect(readable).toEqual([...secrets, salt].sort());
  });

  it.each([
    ['reviews', []],
    ['social', []],
    ['chat', ['chat/lex/', 'chat/webchat/', 'connect/stroomwijs/ChatTranscripts/']],
    ['inbox', ['inbox/app-feedback/', 'inbox/playconsole/', 'inbox/survey/']],
  ] as const)('lets the %s collector read only its configured prefixes and write only raw/ and quarantine/', (kind, reads) => {
    const fn = collectorOf(kind);

    expect(resourcesAllowed(fn, 's3:GetObject*').filter((resource) => resource.includes('/'))).toEqual(reads.map(objects).sort());
    expect(resourcesAllowed(fn, 's3:PutObject')).toEqual([PREFIX.quarantine, PREFIX.raw].map(objects));
    expect(resourcesAllowed(fn, 's3:DeleteObject*')).toEqual([]);
  });

  it('allows no wildcard action in any identity policy when every source is configured', () => {
    const wildcards = identityStatements(synth.template).flatMap(({ owner, statement }) =>
      actionsOf(statement)
        .filter((action) => action === '*' || /^[a-z0-9-]+:\*$/i.test(action))
        .map((action) => `${owner}: ${action}`),
    );

    expect(wildcards).toEqual([]);
  });

  it('stays free of unacknowledged cdk-nag findings when every source is configured', () => {
    const report = new AwsSolutionsChecks().validateScope(synth.stack.node.root);

    expect(report.violations.map((violation) => `${violation.ruleName} ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });
});

describe('collectors context', () => {
  it('accepts the docs/sources.md example when it is given as JSON from cdk synth -c', () => {
    expect(parseContext({ collectors: JSON.stringify(COLLECTORS) }).collectors.config).toEqual(CollectorsConfigSchema.parse(COLLECTORS));
  });

  it('fails saying the JSON is invalid when -c collectors is not JSON', () => {
    expect(() => parseContext({ collectors: '{"appstore": [}' })).toThrow(/Invalid CDK context: collectors: is not valid JSON \(/);
  });

  it('fails naming the Lambda environment limit when the configuration is too large for it', () => {
    const bluesky = Array.from({ length: 40 }, (_, index) => ({ query: `stroomwijs storing ${'x'.repeat(60)} ${index}` }));

    expect(() => parseContext({ collectors: { bluesky } })).toThrow(ContextError);
    expect(() => parseContext({ collectors: { bluesky } })).toThrow(/collectors: is \d+ bytes as JSON, over the 3072 bytes left for COLLECTOR_CONFIG/);
  });
});
