// Lambda entrypoint: configuration is read and validated once, at cold start.
import { createAwsDigestDeps } from '../composition.ts';
import { makeDigestHandler } from '../handlers/digest.ts';

export const handler = makeDigestHandler(createAwsDigestDeps(process.env));
