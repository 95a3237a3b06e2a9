import { generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ANDROID_PUBLISHER_SCOPE, parseServiceAccountKey, serviceAccountAssertion, signJwtRs256 } from '../../../../lambdas/adapters/http/google-auth.ts';
import { ConfigError } from '../../../../lambdas/core/errors.ts';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const decode = (part: string | undefined) => JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe('signJwtRs256', () => {
  it('produces a signature that verifies with the public key over header.claims', () => {
    const jwt = signJwtRs256({ alg: 'RS256', typ: 'JWT' }, { iss: 'a@b.iam.gserviceaccount.com' }, pem);
    const [header, claims, signature] = jwt.split('.');

    expect(verify('RSA-SHA256', Buffer.from(`${header}.${claims}`), publicKey, Buffer.from(signature ?? '', 'base64url'))).toBe(true);
  });

  it('fails verification once the claims are changed', () => {
    const [header, , signature] = signJwtRs256({ alg: 'RS256' }, { iss: 'a' }, pem).split('.');
    const forged = Buffer.from(JSON.stringify({ iss: 'b' })).toString('base64url');

    expect(verify('RSA-SHA256', Buffer.from(`${header}.${forged}`), publicKey, Buffer.from(signature ?? '', 'base64url'))).toBe(false);
  });
});

describe('serviceAccountAssertion', () => {
  const key = { client_email: 'collector@stroomwijs.iam.gserviceaccount.com', private_key: pem, private_key_id: 'kid-1', token_uri: 'https://oauth2.googleapis.com/token' };

  it('carries the header and claims of the JWT bearer flow, valid for one hour', () => {
    const [header, claims] = serviceAccountAssertion(key, ANDROID_PUBLISHER_SCOPE, 1_800_000_000).split('.');

    expect(decode(header)).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'kid-1' });
    expect(decode(claims)).toEqual({ iss: key.client_email, scope: 'https://www.googleapis.com/auth/androidpublisher', aud: 'https://oauth2.googleapis.com/token', iat: 1_800_000_000, exp: 1_800_003_600 });
  });
});

describe('parseServiceAccountKey', () => {
  it('names the missing fields of a secret that is not a key file, without echoing it', () => {
    expect(() => parseServiceAccountKey('{"client_email": "collector@example.com"}')).toThrow(new ConfigError('the Google service account secret is not a service account key file: private_key invalid'));
  });
});
