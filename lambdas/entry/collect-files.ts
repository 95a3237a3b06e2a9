// Lambda entrypoint: configuration is read and validated once, at cold start.
import { createAwsCollectFilesDeps } from '../composition.ts';
import { makeCollectFilesHandler } from '../handlers/collect-files.ts';

export const handler = makeCollectFilesHandler(createAwsCollectFilesDeps(process.env));
