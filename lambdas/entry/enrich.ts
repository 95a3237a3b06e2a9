// Lambda entrypoint: configuration is read and validated once, at cold start.
import { createAwsEnrichDeps } from '../composition.ts';
import { makeEnrichHandler } from '../handlers/enrich.ts';

export const handler = makeEnrichHandler(createAwsEnrichDeps(process.env));
