import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/helpers/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // s3rver encrypts continuation tokens with DES, which needs OpenSSL's legacy provider.
    execArgv: ['--openssl-legacy-provider'],
  },
});
