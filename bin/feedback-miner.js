#!/usr/bin/env -S node --openssl-legacy-provider
// The feedback-miner CLI. s3rver (the local S3) needs OpenSSL's legacy provider for paginated
// listings; the TypeScript sources run through tsx, resolved relative to this file.
import { register } from 'tsx/esm/api';

register();
await import('../local/cli.ts');
