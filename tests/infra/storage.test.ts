import { Match } from 'aws-cdk-lib/assertions';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMED_QUERIES } from '../../lambdas/core/analytics/named-queries.ts';
import { FEEDBACK_COLUMNS, feedbackRow, glueType, TURN_COLUMNS } from '../../lambdas/core/curated-format.ts';
import type { TurnRow } from '../../lambdas/core/enrich/enrich-object.ts';
import { EnrichedItemSchema } from '../../lambdas/core/schema/feedback.ts';
import { PREFIX, TABLES, type TableDefinition } from '../../lambdas/core/storage-contract.ts';
import type { FeedbackMinerStack } from '../../lib/feedback-stack.ts';
import { logicalId, type Synthesized, substituteTokens, synthesize } from './helpers/synth.ts';

let synth: Synthesized;

/** An enriched chat item with every optional field set. */
const SAMPLE_CHAT_ITEM = {
  id: 'a'.repeat(64),
  source: 'chatbot',
  channel: 'chat',
  sourceId: 'conv-1',
  url: 'https://example.com/c/1',
  product: 'app',
  text: 'De levering was te laat',
  title: 'Levering',
  rating: 2,
  language: 'nl',
  author: 'b'.repeat(16),
  createdAt: '2026-11-23T14:00:00Z',
  collectedAt: '2026-11-23T14:05:00Z',
  conversation: { turns: [{ role: 'customer', text: 'Waar blijft mijn pakket?', at: '2026-11-23T14:00:00Z' }], outcome: 'escalated' },
  sentiment: { label: 'NEGATIVE', scores: { positive: 0.05, negative: 0.8, neutral: 0.1, mixed: 0.05 } },
  emotions: [{ name: 'frustration', score: 0.7 }],
  keyPhrases: ['levering'],
  topics: ['levering'],
  signals: { churnRisk: false, effort: true, escalationRequested: true, botLoop: false },
  pii: { redacted: 0, types: [] },
  analyzer: { sentiment: 'local', version: '1' },
  enrichedAt: '2026-11-23T14:06:00Z',
};

beforeAll(() => {
  synth = synthesize();
});

afterAll(() => synth.dispose());

const BUCKETS: [string, (stack: FeedbackMinerStack) => Bucket][] = [
  ['data', (stack) => stack.storage.dataBucket],
  ['Athena results', (stack) => stack.storage.athenaResultsBucket],
  ['access-log', (stack) => stack.storage.accessLogsBucket],
];

const bucketProperties = (bucket: Bucket) => synth.template.toJSON().Resources[logicalId(bucket)].Properties;

describe('buckets', () => {
  it.each(BUCKETS)('encrypts the %s bucket with S3-managed keys and blocks all public access when deployed', (_name, pick) => {
    const properties = bucketProperties(pick(synth.stack));

    expect(properties.BucketEncryption).toEqual({ ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] });
    expect(properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it.each(BUCKETS)('denies requests to the %s bucket when they do not use TLS', (_name, pick) => {
    synth.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalId(pick(synth.stack)) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('keeps versions of data objects and expires noncurrent ones after 30 days when objects are overwritten', () => {
    const properties = bucketProperties(synth.stack.storage.dataBucket);

    expect(properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(properties.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, ExpiredObjectDeleteMarker: true, Status: 'Enabled' }),
    );
  });

  it('moves raw/ to Infrequent Access after 30 days and expires quarantine/ after 90 days when objects age', () => {
    const rules = bucketProperties(synth.stack.storage.dataBucket).LifecycleConfiguration.Rules;

    expect(rules).toContainEqual(
      expect.objectContaining({ Prefix: PREFIX.raw, Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 30 }], Status: 'Enabled' }),
    );
    expect(rules).toContainEqual(expect.objectContaining({ Prefix: PREFIX.quarantine, ExpirationInDays: 90, Status: 'Enabled' }));
  });

  it('expires Athena query results after 30 days when they age', () => {
    expect(bucketProperties(synth.stack.storage.athenaResultsBucket).LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ ExpirationInDays: 30, Status: 'Enabled' }),
    );
  });

  it('logs access to the data and results buckets into the access-log bucket when they are used', () => {
    const logs = logicalId(synth.stack.storage.accessLogsBucket);
    for (const bucket of [synth.stack.storage.dataBucket, synth.stack.storage.athenaResultsBucket]) {
      expect(bucketProperties(bucket).LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logs }, LogFilePrefix: expect.any(String) });
    }
  });

  it.each([
    [PREFIX.raw, (stack: FeedbackMinerStack) => stack.enrichment.queue],
    [PREFIX.curatedFeedback, (stack: FeedbackMinerStack) => stack.aggregation.queue],
  ])('announces objects created under %s on its own queue when they land', (prefix, pick) => {
    synth.template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: logicalId(synth.stack.storage.dataBucket) },
      NotificationConfiguration: {
        QueueConfigurations: Match.arrayWith([
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: prefix }] } },
            QueueArn: { 'Fn::GetAtt': [logicalId(pick(synth.stack)), 'Arn'] },
          },
        ]),
      },
    });
  });
});

describe('tables', () => {
  const keySchema = (definition: Pick<TableDefinition, 'partitionKey' | 'sortKey'>) => [
    { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
    ...(definition.sortKey ? [{ AttributeName: definition.sortKey.name, KeyType: 'RANGE' }] : []),
  ];

  it('creates exactly the tables of the storage contract when deployed', () => {
    synth.template.resourceCountIs('AWS::DynamoDB::GlobalTable', TABLES.length);
  });

  it.each(TABLES)('builds the $id table with the keys, indexes and TTL of its storage-contract definition', (definition) => {
    const attributes = new Map<string, string>();
    for (const key of [definition.partitionKey, definition.sortKey, ...definition.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey])]) {
      if (key) attributes.set(key.name, key.type);
    }

    synth.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: keySchema(definition),
      AttributeDefinitions: Match.arrayEquals([...attributes].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }))),
      GlobalSecondaryIndexes: definition.globalSecondaryIndexes.length
        ? definition.globalSecondaryIndexes.map((index) => ({ IndexName: index.indexName, KeySchema: keySchema(index), Projection: { ProjectionType: 'ALL' } }))
        : Match.absent(),
      TimeToLiveSpecification: { AttributeName: definition.timeToLiveAttribute, Enabled: true },
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true })],
    });
  });

  it('keeps both tables when the stack is deleted', () => {
    const tables = Object.values(synth.template.findResources('AWS::DynamoDB::GlobalTable'));
    expect(tables.map((table) => table.DeletionPolicy)).toEqual(TABLES.map(() => 'Retain'));
  });
});

describe('analytics', () => {
  const tableInput = (name: string) => {
    const tables = Object.values(synth.template.findResources('AWS::Glue::Table', { Properties: { TableInput: { Name: name } } }));
    expect(tables).toHaveLength(1);
    return tables[0]?.Properties.TableInput;
  };
  const columnsOf = (name: string) =>
    Object.fromEntries((tableInput(name).StorageDescriptor.Columns as { Name: string; Type: string }[]).map((column) => [column.Name, column.Type]));

  it('puts both tables in the feedback_miner Glue database when deployed', () => {
    synth.template.hasResourceProperties('AWS::Glue::Database', { DatabaseInput: { Name: 'feedback_miner' } });
    synth.template.resourcePropertiesCountIs('AWS::Glue::Table', { DatabaseName: { Ref: logicalId(synth.stack.analytics.database) } }, 2);
  });

  it.each([
    ['feedback', FEEDBACK_COLUMNS],
    ['turns', TURN_COLUMNS],
  ] as const)('gives the %s table the columns enrich writes its Parquet files with', (name, definitions) => {
    expect(tableInput(name).StorageDescriptor.Columns).toEqual(
      definitions.map((column) => ({ Name: column.name, Type: glueType(column.type), Comment: column.comment })),
    );
  });

  it('has a column for every field of a feedback row when enrich writes a chat item', () => {
    const item = EnrichedItemSchema.parse(SAMPLE_CHAT_ITEM);

    const row = feedbackRow(item);

    expect(Object.keys(row).sort()).toEqual(Object.keys(columnsOf('feedback')).sort());
  });

  it('has a column for every field of a turn row when enrich writes chat turns', () => {
    // Required<TurnRow>: a new TurnRow field fails type-checking here until the table has it.
    const row: Required<TurnRow> = {
      feedback_id: 'f',
      turn_index: 0,
      role: 'customer',
      text: 't',
      at: new Date(0),
      source: 'chatbot',
      language: 'nl',
      product: 'app',
    };

    expect(Object.keys(row).sort()).toEqual(Object.keys(columnsOf('turns')).sort());
  });

  it.each([
    ['feedback', PREFIX.curatedFeedback],
    ['turns', PREFIX.curatedTurns],
  ])('projects daily dt partitions of %s from the start date to NOW when queried', (name, prefix) => {
    const input = tableInput(name);
    const bucket = `resolved-${logicalId(synth.stack.storage.dataBucket)}`;

    expect(input.PartitionKeys).toEqual([expect.objectContaining({ Name: 'dt', Type: 'string' })]);
    expect(input.Parameters).toMatchObject({
      'projection.enabled': 'true',
      'projection.dt.type': 'date',
      'projection.dt.format': 'yyyy-MM-dd',
      'projection.dt.range': '2020-01-01,NOW',
      'projection.dt.interval': '1',
      'projection.dt.interval.unit': 'DAYS',
    });
    expect(substituteTokens(input.Parameters['storage.location.template'])).toBe(`s3://${bucket}/${prefix}dt=\${dt}/`);
    expect(substituteTokens(input.StorageDescriptor.Location)).toBe(`s3://${bucket}/${prefix}`);
  });

  it.each(['feedback', 'turns'])('reads %s as Parquet when Athena scans curated/', (name) => {
    const input = tableInput(name);

    expect(input.Parameters.classification).toBe('parquet');
    expect(input.StorageDescriptor).toMatchObject({
      InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
      OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
      SerdeInfo: { SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' },
    });
  });

  it('creates every named query in the workgroup, with current_date as the anchor day', () => {
    synth.template.resourceCountIs('AWS::Athena::NamedQuery', NAMED_QUERIES.length);
    for (const query of NAMED_QUERIES) {
      synth.template.hasResourceProperties('AWS::Athena::NamedQuery', {
        Name: query.name,
        Database: 'feedback_miner',
        WorkGroup: 'feedback-miner',
        QueryString: Match.stringLikeRegexp('current_date'),
      });
    }
    const strings = Object.values(synth.template.findResources('AWS::Athena::NamedQuery')).map((r) => JSON.stringify(r));
    for (const text of strings) expect(text).not.toContain('{{');
  });

  it('discovers partitions without a crawler when new days land', () => {
    synth.template.resourceCountIs('AWS::Glue::Crawler', 0);
  });

  it('enforces encrypted results in the results bucket and a 10 GiB scan cutoff on the Athena workgroup', () => {
    const results = logicalId(synth.stack.storage.athenaResultsBucket);
    const workGroups = Object.values(synth.template.findResources('AWS::Athena::WorkGroup'));
    expect(workGroups).toHaveLength(1);
    const configuration = workGroups[0]?.Properties.WorkGroupConfiguration;

    expect(configuration).toMatchObject({
      EnforceWorkGroupConfiguration: true,
      BytesScannedCutoffPerQuery: 10 * 1024 ** 3,
      ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
    });
    expect(substituteTokens(configuration.ResultConfiguration.OutputLocation)).toBe(`s3://resolved-${results}/results/`);
  });
});
