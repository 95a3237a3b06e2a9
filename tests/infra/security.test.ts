import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { PREFIX } from '../../lambdas/core/storage-contract.ts';
import { createFeedbackMinerApp } from '../../lib/app.ts';
import { COLLECTOR_KINDS } from '../../lib/constructs/collectors.ts';
import type { PipelineFunction } from '../../lib/constructs/function-defaults.ts';
import { SLACK_WEBHOOK_PLACEHOLDER } from '../../lib/constructs/notification.ts';
import { actionsOf, cdkJsonContext, identityStatements, logicalId, type Synthesized, substituteTokens, synthesize } from './helpers/synth.ts';

let synth: Synthesized;

beforeAll(() => {
  synth = synthesize();
});

afterAll(() => synth.dispose());

/** Resources of a function's identity policy statements that allow an action, as flat strings. */
function resourcesAllowed(fn: PipelineFunction, action: string): string[] {
  const policies = synth.template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: logicalId(fn.role) }] } });
  return Object.values(policies)
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Record<string, unknown>[])
    .filter((statement) => statement.Effect === 'Allow' && actionsOf(statement).includes(action))
    .flatMap((statement) => (Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource]))
    .map((resource) => substituteTokens(resource, (ref) => `<${ref}>`))
    .sort();
}

const objects = (prefix: string) => `<${logicalId(synth.stack.storage.dataBucket)}.Arn>/${prefix}*`;

describe('IAM', () => {
  it('allows no wildcard action in any identity policy when permissions come from grants', () => {
    const wildcards = identityStatements(synth.template).flatMap(({ owner, statement }) =>
      actionsOf(statement)
        .filter((action) => action === '*' || /^[a-z0-9-]+:\*$/i.test(action))
        .map((action) => `${owner}: ${action}`),
    );

    expect(identityStatements(synth.template).length).toBeGreaterThan(0);
    expect(wildcards).toEqual([]);
  });

  it.each([
    ['collector', (s: Synthesized) => s.stack.ingestion.collector, [PREFIX.inbox], [PREFIX.quarantine, PREFIX.raw]],
    ...COLLECTOR_KINDS.map((kind) => [`${kind} collector (no sources)`, (s: Synthesized) => s.stack.collectors.byKind[kind].collector, [], [PREFIX.quarantine, PREFIX.raw]] as const),
    ['enricher', (s: Synthesized) => s.stack.enrichment.enricher, [PREFIX.raw], ['curated/', PREFIX.quarantine]],
    ['aggregator', (s: Synthesized) => s.stack.aggregation.aggregator, [PREFIX.curatedFeedback], []],
    ['notifier', (s: Synthesized) => s.stack.notification.notifier, [PREFIX.curatedFeedback], []],
    ['digester', (s: Synthesized) => s.stack.notification.digester, [], []],
  ] as const)('limits the %s to reading and writing objects under its own prefixes', (_name, pick, reads, writes) => {
    const fn = pick(synth);

    expect(resourcesAllowed(fn, 's3:GetObject*').filter((resource) => resource.includes('/'))).toEqual(reads.map(objects).sort());
    expect(resourcesAllowed(fn, 's3:PutObject')).toEqual(writes.map(objects).sort());
    expect(resourcesAllowed(fn, 's3:DeleteObject*')).toEqual([]);
  });

  it('lets only the notify and digest functions read the Slack webhook secret', () => {
    const secret = `<${logicalId(synth.stack.notification.slackWebhookSecret)}>`;
    const readers = [synth.stack.ingestion.collector, ...synth.stack.collectors.all.map(({ collector }) => collector), synth.stack.enrichment.enricher, synth.stack.aggregation.aggregator, synth.stack.notification.notifier, synth.stack.notification.digester]
      .filter((fn) => resourcesAllowed(fn, 'secretsmanager:GetSecretValue').includes(secret))
      .map((fn) => fn.serviceName);

    expect(readers).toEqual(['notify', 'digest']);
  });

  it('creates a placeholder Slack webhook secret for the operator to fill when no secret name is configured', () => {
    const secret = synth.template.toJSON().Resources[logicalId(synth.stack.notification.slackWebhookSecret)];

    expect(secret.Type).toBe('AWS::SecretsManager::Secret');
    expect(JSON.parse(secret.Properties.SecretString)).toEqual({ webhookUrl: SLACK_WEBHOOK_PLACEHOLDER });
    expect(secret.DeletionPolicy).toBe('Retain');
  });

  it('lets only the collectors read the author salt', () => {
    const saltId = logicalId(synth.stack.ingestion.authorSaltSecret);
    const salt = `<${saltId}>`;

    for (const fn of [synth.stack.ingestion.collector, ...synth.stack.collectors.all.map(({ collector }) => collector)]) {
      expect(resourcesAllowed(fn, 'secretsmanager:GetSecretValue'), fn.serviceName).toEqual([salt]);
    }
    for (const fn of [synth.stack.enrichment.enricher, synth.stack.aggregation.aggregator, synth.stack.notification.notifier, synth.stack.notification.digester]) {
      expect(resourcesAllowed(fn, 'secretsmanager:GetSecretValue')).not.toContain(salt);
    }
  });

  it('grants the aggregates table read-only to alerting when it only evaluates counters', () => {
    const aggregates = `<${logicalId(synth.stack.storage.aggregatesTable)}.Arn>`;
    for (const fn of [synth.stack.notification.notifier, synth.stack.notification.digester]) {
      expect(resourcesAllowed(fn, 'dynamodb:Query')).toContain(aggregates);
      expect(resourcesAllowed(fn, 'dynamodb:UpdateItem')).not.toContain(aggregates);
    }
  });

  it('grants Comprehend to no function when the local analyzer is configured', () => {
    const comprehend = identityStatements(synth.template).filter(({ statement }) => actionsOf(statement).some((action) => action.startsWith('comprehend:')));

    expect(comprehend).toEqual([]);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged finding when the checks run over the synthesized app', () => {
    const report = new AwsSolutionsChecks().validateScope(synth.stack.node.root);

    expect(report.violations.map((violation) => `${violation.ruleName} ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('leaves no failing plugin report in the cloud assembly when the app synthesizes', () => {
    const reportFile = join(synth.assembly.directory, 'validation-report.json');
    const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as { pluginReports: { conclusion: string }[] }) : { pluginReports: [] };

    expect(report.pluginReports.filter((plugin) => plugin.conclusion !== 'success')).toEqual([]);
  });

  it('fails synthesis naming the rule when an unacknowledged finding is added to the stack', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'feedback-miner-nag-'));
    onTestFinished(() => rmSync(outdir, { recursive: true, force: true }));
    const { app, stack } = createFeedbackMinerApp({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] }, outdir });
    new Bucket(stack, 'UnloggedBucket', { enforceSSL: true });

    expect(() => app.synth()).toThrow(/AwsSolutions-S1/);
  });

  it('gives every acknowledgment a rule id and a specific reason when a finding is accepted', () => {
    const acknowledgments: { path: string; id: string; reason: string }[] = [];
    const visit = (construct: IConstruct) => {
      for (const entry of construct.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) acknowledgments.push({ path: construct.node.path, id, reason });
      }
      for (const child of construct.node.children) visit(child);
    };
    visit(synth.stack);

    expect(acknowledgments.length).toBeGreaterThan(0);
    for (const { path, id, reason } of acknowledgments) {
      expect(id, path).toMatch(/^(Annotation::)?AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(reason.length, `${path} ${id}`).toBeGreaterThanOrEqual(60);
    }
  });
});
