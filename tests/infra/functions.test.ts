import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EventBridgeSchema } from '@aws-lambda-powertools/parser/schemas';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { CollectorKind } from '../../lambdas/collectors-composition.ts';
import { AggregateEnvSchema, CollectEnvSchema, DigestEnvSchema, EnrichEnvSchema, NotifyEnvSchema, parseEnv } from '../../lambdas/core/config.ts';
import { CollectorsConfigSchema, parseCollectorsEnv } from '../../lambdas/core/config-collectors.ts';
import { COLLECTOR_KINDS } from '../../lib/constructs/collectors.ts';
import { ESM_REQUIRE_BANNER, type PipelineFunction } from '../../lib/constructs/function-defaults.ts';
import { logicalId, type Synthesized, substituteTokens, synthesize } from './helpers/synth.ts';

/** Variables the stack adds on top of a handler's schema: Powertools settings and source maps. */
const RUNTIME_VARIABLES = ['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_METRICS_NAMESPACE', 'POWERTOOLS_LOG_LEVEL', 'NODE_OPTIONS'];

interface FunctionCase {
  service: string;
  /** Variables the handler reads, besides RUNTIME_VARIABLES. */
  variables: string[];
  /** The handler's own env parsing, as at cold start. */
  parse: (env: Record<string, string>) => unknown;
  /** Optional in the schema (local runs) but required on AWS by the composition root. */
  requiredOnAws: string[];
  pick: (s: Synthesized) => PipelineFunction;
}

const bySchema = (schema: z.ZodObject) => ({ variables: Object.keys(schema.shape), parse: (env: Record<string, string>) => parseEnv(schema, env) });

const collectorCase = (kind: CollectorKind): FunctionCase => ({
  service: `collect-${kind}`,
  variables: [...Object.keys(CollectEnvSchema.shape), 'COLLECTOR_CONFIG'],
  parse: parseCollectorsEnv,
  requiredOnAws: ['AUTHOR_SALT_SECRET_ID', 'COLLECTOR_CONFIG'],
  pick: (s) => s.stack.collectors.byKind[kind].collector,
});

const FUNCTIONS: FunctionCase[] = [
  { service: 'collect-files', ...bySchema(CollectEnvSchema), requiredOnAws: ['AUTHOR_SALT_SECRET_ID'], pick: (s) => s.stack.ingestion.collector },
  ...COLLECTOR_KINDS.map(collectorCase),
  { service: 'enrich', ...bySchema(EnrichEnvSchema), requiredOnAws: [], pick: (s) => s.stack.enrichment.enricher },
  { service: 'aggregate', ...bySchema(AggregateEnvSchema), requiredOnAws: [], pick: (s) => s.stack.aggregation.aggregator },
  { service: 'notify', ...bySchema(NotifyEnvSchema), requiredOnAws: ['SLACK_WEBHOOK_SECRET_ID'], pick: (s) => s.stack.notification.notifier },
  { service: 'digest', ...bySchema(DigestEnvSchema), requiredOnAws: ['SLACK_WEBHOOK_SECRET_ID'], pick: (s) => s.stack.notification.digester },
];

let synth: Synthesized;

beforeAll(() => {
  synth = synthesize({ bundle: true });
});

afterAll(() => synth.dispose());

function functionResource(fn: PipelineFunction) {
  const resource = synth.template.toJSON().Resources[logicalId(fn.function)];
  if (!resource) throw new Error(`no resource for ${fn.node.path}`);
  return resource as { Properties: { Environment: { Variables: Record<string, unknown> }; Code: { S3Key: string } } };
}

/** The staged bundle directory of a function: `asset.<hash>` next to the template. */
function bundleDir(fn: PipelineFunction): string {
  const hash = functionResource(fn).Properties.Code.S3Key.replace(/\.zip$/, '');
  return join(synth.assembly.directory, `asset.${hash}`);
}

function deployedEnv(fn: PipelineFunction): Record<string, string> {
  const variables = functionResource(fn).Properties.Environment.Variables;
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, substituteTokens(value)]));
}

describe('pipeline functions', () => {
  it.each(FUNCTIONS)('runs $service on nodejs22.x arm64 with active tracing when deployed', ({ service }) => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: service, POWERTOOLS_METRICS_NAMESPACE: 'FeedbackMiner' }) },
    });
  });

  it.each(FUNCTIONS)('sets exactly the variables the $service env schema parses when deployed', ({ variables, parse, requiredOnAws, pick }) => {
    const env = deployedEnv(pick(synth));

    const config = parse({ ...env, AWS_REGION: 'eu-west-1' });

    expect(config).toBeDefined();
    const known = new Set([...variables, ...RUNTIME_VARIABLES]);
    expect(Object.keys(env).filter((name) => !known.has(name))).toEqual([]);
    for (const name of requiredOnAws) expect(env[name], name).toBeTruthy();
    expect(env).not.toHaveProperty('AWS_REGION');
  });

  it('points every function at the stack bucket and tables when deployed', () => {
    const bucket = `resolved-${logicalId(synth.stack.storage.dataBucket)}`;
    const state = `resolved-${logicalId(synth.stack.storage.stateTable)}`;
    const aggregates = `resolved-${logicalId(synth.stack.storage.aggregatesTable)}`;

    for (const { pick } of FUNCTIONS) {
      const env = deployedEnv(pick(synth));
      expect(env.DATA_BUCKET).toBe(bucket);
      expect(env.STATE_TABLE).toBe(state);
      if ('AGGREGATES_TABLE' in env) expect(env.AGGREGATES_TABLE).toBe(aggregates);
    }
  });

  it.each(COLLECTOR_KINDS)('gives the %s collector an empty source configuration when the collectors context is {}', (kind) => {
    const { collectors } = parseCollectorsEnv(deployedEnv(synth.stack.collectors.byKind[kind].collector));

    expect(collectors).toEqual(CollectorsConfigSchema.parse({}));
  });

  it('names the Glue database in the notify function when its alerts link to Athena', () => {
    expect(deployedEnv(synth.stack.notification.notifier).ATHENA_DATABASE).toBe(synth.stack.analytics.databaseName);
  });

  it('gives each function its own log group with the configured retention when deployed', () => {
    const resources = synth.template.toJSON().Resources;
    for (const { pick } of FUNCTIONS) {
      const fn = pick(synth);

      synth.template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: fn.serviceName }) },
        LoggingConfig: { LogGroup: { Ref: logicalId(fn.logGroup) } },
      });
      expect(resources[logicalId(fn.logGroup)].Properties.RetentionInDays).toBe(30);
    }
  });

  it('attaches no AWS managed policy to a function role when permissions come from grants', () => {
    for (const { pick } of FUNCTIONS) {
      const role = synth.template.toJSON().Resources[logicalId(pick(synth).role)] as { Properties: Record<string, unknown> };
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('bundles each entry as an ES module with the createRequire banner and a source map when synthesized', () => {
    for (const { pick } of FUNCTIONS) {
      const dir = bundleDir(pick(synth));

      const code = readFileSync(join(dir, 'index.mjs'), 'utf8');

      expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
      expect(existsSync(join(dir, 'index.mjs.map'))).toBe(true);
    }
  });

  it.each(FUNCTIONS)('loads the $service bundle and exports a handler when given its deployed env', ({ pick }) => {
    const fn = pick(synth);
    const entry = join(bundleDir(fn), 'index.mjs');

    const output = execFileSync(
      process.execPath,
      ['--no-warnings', '--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); console.log(typeof m.handler);`],
      { env: { PATH: process.env.PATH ?? '', ...deployedEnv(fn), AWS_REGION: 'eu-west-1' }, encoding: 'utf8' },
    );

    expect(output.trim()).toBe('function');
  });
});

describe('schedules', () => {
  const contextAttributes: Record<string, string> = {
    '<aws.scheduler.execution-id>': 'd32c5kddcf5bb8c3',
    '<aws.scheduler.scheduled-time>': '2026-11-23T14:05:00Z',
    '<aws.scheduler.schedule-arn>': 'arn:aws:scheduler:eu-west-1:123456789012:schedule/default/feedback',
  };
  const stand = (ref: string) => ({ 'AWS::AccountId': '123456789012', 'AWS::Region': 'eu-west-1' })[ref] ?? `resolved-${ref}`;

  it.each([
    ['file-drop collector', 'rate(15 minutes)', (s: Synthesized) => s.stack.ingestion.collector],
    ['reviews collector', 'rate(1 hour)', (s: Synthesized) => s.stack.collectors.byKind.reviews.collector],
    ['social collector', 'rate(15 minutes)', (s: Synthesized) => s.stack.collectors.byKind.social.collector],
    ['chat collector', 'rate(15 minutes)', (s: Synthesized) => s.stack.collectors.byKind.chat.collector],
    ['inbox collector', 'cron(0 6 * * ? *)', (s: Synthesized) => s.stack.collectors.byKind.inbox.collector],
    ['notifier', 'cron(5 * * * ? *)', (s: Synthesized) => s.stack.notification.notifier],
    ['digester', 'cron(0 8 * * ? *)', (s: Synthesized) => s.stack.notification.digester],
  ] as const)('invokes the %s on %s in Europe/Amsterdam when the schedule fires', (_name, expression, pick) => {
    synth.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: 'Europe/Amsterdam',
      State: 'ENABLED',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [logicalId(pick(synth).function), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: Match.anyValue() },
      }),
    });
  });

  it('sends a payload the handlers parse as an EventBridge scheduled event when Scheduler fills it in', () => {
    const schedules = Object.values(synth.template.findResources('AWS::Scheduler::Schedule'));
    expect(schedules).toHaveLength(7);

    for (const schedule of schedules) {
      let input = substituteTokens(schedule.Properties.Target.Input, stand);
      for (const [attribute, value] of Object.entries(contextAttributes)) input = input.replaceAll(attribute, value);

      const parsed = EventBridgeSchema.safeParse(JSON.parse(input));

      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data?.time).toBe('2026-11-23T14:05:00Z');
    }
  });

  it('runs each scheduled function one at a time and dead-letters a run after two retries when it fails', () => {
    const scheduled = [synth.stack.ingestion.collector, ...synth.stack.collectors.all.map(({ collector }) => collector), synth.stack.notification.notifier, synth.stack.notification.digester];
    for (const fn of scheduled) {
      synth.template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: fn.serviceName }) },
        ReservedConcurrentExecutions: 1,
        DeadLetterConfig: { TargetArn: Match.anyValue() },
      });
      synth.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: logicalId(fn.function) },
        MaximumRetryAttempts: 2,
      });
    }
  });
});

describe('queue event sources', () => {
  it.each([
    ['enrich', (s: Synthesized) => [s.stack.enrichment.enricher, s.stack.enrichment.queue] as const],
    ['aggregate', (s: Synthesized) => [s.stack.aggregation.aggregator, s.stack.aggregation.queue] as const],
  ] as const)('feeds %s batches of 10 with partial batch failures reported when messages arrive', (_name, pick) => {
    const [fn, queue] = pick(synth);

    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(fn.function) },
      EventSourceArn: { 'Fn::GetAtt': [logicalId(queue), 'Arn'] },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: Match.anyValue() },
    });
  });
});
