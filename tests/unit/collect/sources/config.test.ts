import { describe, expect, it } from 'vitest';
import { parseCollectorsConfig, parseCollectorsEnv } from '../../../../lambdas/core/config-collectors.ts';
import { ConfigError } from '../../../../lambdas/core/errors.ts';

const example = {
  appstore: [{ appId: '1234567890', countries: ['nl', 'be'] }],
  googleplay: [{ packageName: 'nl.stroomwijs.app' }],
  mastodon: [{ instanceUrl: 'https://mastodon.nl', hashtags: ['stroomwijs'] }],
  inbox: [{ format: 'csv', prefix: 'inbox/survey/', mapping: { text: 'Toelichting', createdAt: 'Datum' } }],
  secrets: { googlePlayServiceAccount: 'feedback-miner/googleplay' },
};

describe('parseCollectorsConfig', () => {
  it('fills the defaults of everything not given', () => {
    const config = parseCollectorsConfig(JSON.stringify(example));

    expect(config).toMatchObject({ lookbackDays: 7, pageSize: 50, maxPages: 10, http: { timeoutMs: 10_000, maxAttempts: 4 }, trustpilot: [], chat: { connect: [], lex: [] }, endpoints: { appstore: 'https://itunes.apple.com', redditApi: 'https://oauth.reddit.com' } });
    expect(config.inbox[0]).toMatchObject({ source: 'upload', channel: 'review' });
  });

  it('names the variable and the path of a bad value', () => {
    expect(() => parseCollectorsConfig(JSON.stringify({ ...example, appstore: [{ appId: '1234567890', countries: ['nl', 'NLD'] }] }))).toThrow(
      new ConfigError('COLLECTOR_CONFIG: appstore[0].countries[1]: must be a two-letter lower-case country code such as "nl"'),
    );
  });

  it('requires the secret a configured source needs', () => {
    expect(() => parseCollectorsConfig(JSON.stringify({ ...example, secrets: {} }))).toThrow('COLLECTOR_CONFIG: secrets.googlePlayServiceAccount: is required for googleplay');
  });

  it('requires an access token for Mastodon mentions', () => {
    expect(() => parseCollectorsConfig(JSON.stringify({ mastodon: [{ instanceUrl: 'https://mastodon.nl', mentions: true }] }))).toThrow('COLLECTOR_CONFIG: mastodon[0].accessTokenSecretId: mentions need accessTokenSecretId');
  });

  it('says so when the variable is not JSON', () => {
    expect(() => parseCollectorsConfig('{appstore: []}')).toThrow(/^COLLECTOR_CONFIG: is not valid JSON \(/);
  });

  it('says so when the variable is missing', () => {
    expect(() => parseCollectorsConfig(undefined)).toThrow('COLLECTOR_CONFIG: is required: a JSON object naming the sources to collect (see docs/sources.md)');
  });
});

describe('parseCollectorsEnv', () => {
  it('parses the shared collector settings next to COLLECTOR_CONFIG', () => {
    const { env, collectors } = parseCollectorsEnv({ DATA_BUCKET: 'data-bucket', STATE_TABLE: 'state-table', COLLECTOR_CONFIG: '{"bluesky":[{"query":"stroomwijs"}]}' });

    expect(env.RAW_OBJECT_MAX_ITEMS).toBe(5000);
    expect(collectors.bluesky).toEqual([{ query: 'stroomwijs' }]);
  });
});
