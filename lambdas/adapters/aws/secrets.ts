import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigError } from '../../core/errors.ts';

/**
 * Returns a function that reads a secret string from Secrets Manager once per cold start and
 * caches it. JSON secrets may hold the value under `field` (e.g. `{"webhookUrl": "…"}`).
 */
export function cachedSecret(client: SecretsManagerClient, secretId: string, field?: string): () => Promise<string> {
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= client.send(new GetSecretValueCommand({ SecretId: secretId })).then((response) => {
      const raw = response.SecretString;
      if (!raw) throw new ConfigError(`secret ${secretId} has no string value`);
      if (!field) return raw.trim();
      const parsed: unknown = JSON.parse(raw);
      const value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[field] : undefined;
      if (typeof value !== 'string') throw new ConfigError(`secret ${secretId} has no string field "${field}"`);
      return value;
    });
    cached.catch(() => {
      cached = undefined;
    });
    return cached;
  };
}
