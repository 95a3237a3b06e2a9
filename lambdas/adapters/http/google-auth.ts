import { createSign } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../../core/errors.ts';
import type { HttpClient } from './http-client.ts';

/** The OAuth scope of the Play Developer API. */
export const ANDROID_PUBLISHER_SCOPE = 'https://www.googleapis.com/auth/androidpublisher';
const GOOGLE_TOKEN_URI = 'https://oauth2.googleapis.com/token';
const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The fields of a service account key file that the JWT bearer flow uses. */
export const ServiceAccountKeySchema = z.object({
  type: z.literal('service_account').optional(),
  client_email: z.email(),
  private_key: z.string().includes('PRIVATE KEY', { message: 'must be a PEM private key' }),
  private_key_id: z.string().optional(),
  token_uri: z.url().optional(),
});
/** A parsed service account key file. */
export type ServiceAccountKey = z.infer<typeof ServiceAccountKeySchema>;

const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string().optional(),
});

function base64Url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/**
 * Signs a JWT with RS256 (RSASSA-PKCS1-v1_5 over SHA-256) using node:crypto:
 * `base64url(header).base64url(claims).base64url(signature)`.
 *
 * @example
 * const jwt = signJwtRs256({ alg: 'RS256', typ: 'JWT' }, { iss, aud, iat, exp }, privateKeyPem);
 */
export function signJwtRs256(header: Record<string, unknown>, claims: Record<string, unknown>, privateKeyPem: string): string {
  const input = `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}`;
  const signature = createSign('RSA-SHA256').update(input).sign(privateKeyPem);
  return `${input}.${base64Url(signature)}`;
}

/**
 * The assertion of Google's OAuth 2.0 JWT bearer flow for a service account: issued by the
 * account, for the token endpoint, for one scope, valid for one hour (Google's maximum).
 */
export function serviceAccountAssertion(key: ServiceAccountKey, scope: string, nowSeconds: number, audience = key.token_uri ?? GOOGLE_TOKEN_URI): string {
  const header = { alg: 'RS256', typ: 'JWT', ...(key.private_key_id ? { kid: key.private_key_id } : {}) };
  const claims = { iss: key.client_email, scope, aud: audience, iat: nowSeconds, exp: nowSeconds + 3600 };
  return signJwtRs256(header, claims, key.private_key);
}

/** Parses a service account key file, naming what is wrong without echoing the key. */
export function parseServiceAccountKey(json: string): ServiceAccountKey {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ConfigError('the Google service account secret is not JSON (store the key file Google Cloud gives you)');
  }
  const parsed = ServiceAccountKeySchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`the Google service account secret is not a service account key file: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')} invalid`);
  return parsed.data;
}

/**
 * Access tokens for a service account through the JWT bearer flow: the key file is read (from
 * Secrets Manager, through `readKey`) on first use; a token is cached until a minute before it
 * expires, and can be dropped when an API answers 401.
 */
export class GoogleServiceAccountTokens {
  private cached: { token: string; expiresAt: number } | undefined;
  private key: Promise<ServiceAccountKey> | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly readKey: () => Promise<string>,
    private readonly options: { scope: string; tokenUrl?: string; now?: () => number },
  ) {}

  /** A valid access token, fetching a new one when needed. */
  async token(): Promise<string> {
    const now = (this.options.now ?? Date.now)();
    if (this.cached && this.cached.expiresAt - 60_000 > now) return this.cached.token;
    this.key ??= this.readKey().then(parseServiceAccountKey);
    const key = await this.key.catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    const tokenUrl = this.options.tokenUrl ?? key.token_uri ?? GOOGLE_TOKEN_URI;
    const assertion = serviceAccountAssertion(key, this.options.scope, Math.floor(now / 1000));
    const { data } = await this.http.getJson(tokenUrl, TokenResponseSchema, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion }).toString(),
    });
    this.cached = { token: data.access_token, expiresAt: now + data.expires_in * 1000 };
    return data.access_token;
  }

  /** Forgets the cached token (after a 401). */
  invalidate(): void {
    this.cached = undefined;
  }
}
