import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectorsConfigSchema } from '../../lambdas/core/config-collectors.ts';
import { createFeedbackMinerApp } from '../../lib/app.ts';
import { PROJECT_ROOT, type PipelineFunction } from '../../lib/constructs/function-defaults.ts';
import { CONTEXT_KEYS, ContextError, parseContext } from '../../lib/context.ts';
import { actionsOf, cdkJsonContext, identityStatements, logicalId, type Synthesized, substituteTokens, synthesize } from './helpers/synth.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('context validation', () => {
  let outdir: string;

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'feedback-miner-context-'));
  });

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it.each([
    ['athenaBytesScannedCutoffMb', 'athenaBytesScannedCutoffMb', 5],
    ['logRetentionDays', 'logRetentionDays', 31],
    ['logLevel', 'logLevel', 'VERBOSE'],
    ['analyticsStartDate', 'analyticsStartDate', '2026-02-30'],
    ['collectSchedule', 'collectSchedule', 'every 15 minutes'],
    ['notifySchedule', 'notifySchedule', 'cron(5 * * *)'],
    ['scheduleTimeZone', 'scheduleTimeZone', 'Mars/Olympus_Mons'],
    ['alarmEmail', 'alarmEmail', 'ops-at-example'],
    ['slackWebhookSecretName', 'slackWebhookSecretName', 'team slack'],
    ['analyzer', 'analyzer', 'openai'],
    ['alerting.minVolume', 'alerting', { minVolume: 0 }],
    ['alerting', 'alerting', { minVolme: 5 }],
    ['reviewsSchedule', 'reviewsSchedule', 'hourly'],
    ['inboxSchedule', 'inboxSchedule', 'rate(1 fortnight)'],
    ['collectors.appstore[0].countries[1]', 'collectors', { appstore: [{ appId: '1234567890', countries: ['nl', 'NL'] }] }],
    ['collectors.secrets.trustpilotApiKey', 'collectors', '{"trustpilot": [{"businessUnitId": "5f8d0c2a9e1b3c0001a2b3c4"}]}'],
    ['collectors.mastodon[0].accessTokenSecretId', 'collectors', { mastodon: [{ instanceUrl: 'https://mastodon.nl', mentions: true }] }],
    ['collectors.mastadon', 'collectors', { mastadon: [{ instanceUrl: 'https://mastodon.nl', hashtags: ['stroomwijs'] }] }],
    ['collectors.chat.jsonl[0].prefix', 'collectors', { chat: { jsonl: [{ prefix: 'raw/webchat/' }] } }],
    ['collectors.inbox[0].prefix', 'collectors', { inbox: [{ format: 'playconsole-csv', prefix: 'quarantine/playconsole/' }] }],
    ['collectors.secrets.redditClient', 'collectors', { secrets: { redditClient: 'reddit client secret' } }],
    ['collectors.http', 'collectors', { http: { timeoutMs: 120_000, maxAttempts: 3 } }],
    ['collectors', 'collectors', '{"appstore": [}'],
    ['collectors', 'collectors', { bluesky: Array.from({ length: 40 }, (_, index) => ({ query: `stroomwijs storing ${'x'.repeat(60)} ${index}` })) }],
  ])('fails naming %s when it is given an invalid value', (named, key, value) => {
    const build = () => createFeedbackMinerApp({ context: { [key]: value }, outdir });

    expect(build).toThrow(ContextError);
    expect(build).toThrow(new RegExp(`Invalid CDK context: ${escapeRegExp(named)}: `));
  });

  it('coerces numbers when they arrive as strings from cdk synth -c', () => {
    expect(parseContext({ athenaBytesScannedCutoffMb: '20480', logRetentionDays: '90' })).toMatchObject({ athenaBytesScannedCutoffMb: 20480, logRetentionDays: 90 });
  });

  it('parses collectors as JSON and keeps the value as given for COLLECTOR_CONFIG when it arrives as a string from cdk synth -c', () => {
    const json = '{"appstore": [{"appId": "1234567890", "countries": ["nl"]}]}';

    const { collectors } = parseContext({ collectors: json });

    expect(collectors.config.appstore).toEqual([{ appId: '1234567890', countries: ['nl'] }]);
    expect(collectors.config.lookbackDays).toBe(7);
    expect(JSON.parse(collectors.json)).toEqual(JSON.parse(json));
  });

  it('defaults collectors to no sources when it is not set', () => {
    const { collectors } = parseContext({});

    expect(collectors.json).toBe('{}');
    expect(collectors.config).toEqual(CollectorsConfigSchema.parse({}));
  });

  it('parses alerting as JSON when it arrives as a string from cdk synth -c', () => {
    expect(parseContext({ alerting: '{"minVolume": 25}' }).alerting).toMatchObject({ minVolume: 25, zThreshold: 3 });
  });

  it('accepts every app key cdk.json sets when synth reads it', () => {
    const appKeys = Object.fromEntries(Object.entries(cdkJsonContext()).filter(([key]) => !key.startsWith('@')));

    expect(Object.keys(appKeys).filter((key) => !(CONTEXT_KEYS as string[]).includes(key))).toEqual([]);
    expect(() => parseContext(appKeys)).not.toThrow();
  });

  it('exits naming the key when the CDK CLI runs the app with a bad value', () => {
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'lib/app.ts')], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify({ logRetentionDays: 31 }) },
      encoding: 'utf8',
    });

    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Invalid CDK context: logRetentionDays: must be one of/);
  });
});

describe('context overrides', () => {
  let synth: Synthesized;

  beforeAll(() => {
    synth = synthesize({
      context: {
        slackWebhookSecretName: 'cx/slack-webhook',
        alarmEmail: 'cx-ops@example.com',
        alerting: { minVolume: 25, zThreshold: 2.5 },
        logRetentionDays: 90,
        analyzer: 'comprehend',
        product: 'webshop',
        athenaBytesScannedCutoffMb: '20480',
        slackRoutes: '[{"match":"product#app","secretName":"cx/slack-app-team"}]',
        tableDeletionProtection: 'false',
      },
    });
  });

  afterAll(() => synth.dispose());

  const env = (fn: PipelineFunction) => {
    const resource = synth.template.toJSON().Resources[logicalId(fn.function)];
    return Object.fromEntries(Object.entries(resource.Properties.Environment.Variables as Record<string, unknown>).map(([k, v]) => [k, substituteTokens(v)]));
  };

  it('reads Slack from the named secret and creates no placeholder when slackWebhookSecretName is set', () => {
    synth.template.resourceCountIs('AWS::SecretsManager::Secret', 1);
    expect(env(synth.stack.notification.notifier).SLACK_WEBHOOK_SECRET_ID).toBe('cx/slack-webhook');
    expect(env(synth.stack.notification.digester).SLACK_WEBHOOK_SECRET_ID).toBe('cx/slack-webhook');
    synth.template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: logicalId(synth.stack.notification.notifier.role) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
            Resource: Match.arrayWith([{ 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':secret:cx/slack-webhook-\\?{6}$')])] }]),
          }),
        ]),
      },
    });
  });

  it('routes team messages to their own webhook secret when slackRoutes is set', () => {
    for (const fn of [synth.stack.notification.notifier, synth.stack.notification.digester]) {
      expect(JSON.parse(String(env(fn).SLACK_ROUTES))).toEqual([{ match: 'product#app', secretId: 'cx/slack-app-team' }]);
      synth.template.hasResourceProperties('AWS::IAM::Policy', {
        Roles: [{ Ref: logicalId(fn.role) }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
              Resource: Match.arrayWith([{ 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':secret:cx/slack-app-team-\\?{6}$')])] }]),
            }),
          ]),
        },
      });
    }
  });

  it('turns table deletion protection off when tableDeletionProtection is false', () => {
    const tables = Object.values(synth.template.findResources('AWS::DynamoDB::GlobalTable'));
    expect(tables).toHaveLength(2);
    for (const table of tables) expect(JSON.stringify(table.Properties)).toContain('"DeletionProtectionEnabled":false');
  });

  it('subscribes alarmEmail to the alarm topic when it is set', () => {
    synth.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'cx-ops@example.com',
      TopicArn: { Ref: logicalId(synth.stack.operations.alarmTopic) },
    });
  });

  it('passes alert thresholds to the notify function and keeps handler defaults for the rest when alerting is set', () => {
    expect(env(synth.stack.notification.notifier)).toMatchObject({
      ALERT_MIN_VOLUME: '25',
      ALERT_Z_THRESHOLD: '2.5',
      ALERT_WINDOW_HOURS: '1',
      BASELINE_DAYS: '7',
      ALERT_MIN_LIFT: '0.1',
      ALERT_COOLDOWN_HOURS: '6',
    });
  });

  it('keeps every function log for logRetentionDays when it is set', () => {
    synth.template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 90 }, 9);
    synth.template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, 0);
  });

  it('grants the enricher only the two Comprehend batch APIs when analyzer is comprehend', () => {
    const comprehend = identityStatements(synth.template).filter(({ statement }) => actionsOf(statement).some((action) => action.startsWith('comprehend:')));

    expect(env(synth.stack.enrichment.enricher).ANALYZER).toBe('comprehend');
    expect(comprehend.map(({ owner }) => owner)).toEqual([expect.stringMatching(/^EnrichmentEnricherRole/)]);
    const actions = comprehend.flatMap(({ statement }) => actionsOf(statement)).filter((action) => action.startsWith('comprehend:'));
    expect(actions.sort()).toEqual(['comprehend:BatchDetectKeyPhrases', 'comprehend:BatchDetectSentiment']);
  });

  it('stays free of unacknowledged cdk-nag findings when every option is set', () => {
    expect(new AwsSolutionsChecks().validateScope(synth.stack.node.root).violations.map((violation) => violation.ruleName)).toEqual([]);
  });

  it('stamps product on collected items when product is set', () => {
    for (const fn of [synth.stack.ingestion.collector, ...synth.stack.collectors.all.map(({ collector }) => collector)]) expect(env(fn).PRODUCT, fn.serviceName).toBe('webshop');
  });

  it('sets the Athena scan cutoff from athenaBytesScannedCutoffMb when it is given as a string', () => {
    synth.template.hasResourceProperties('AWS::Athena::WorkGroup', { WorkGroupConfiguration: Match.objectLike({ BytesScannedCutoffPerQuery: 20480 * 1024 * 1024 }) });
  });
});
