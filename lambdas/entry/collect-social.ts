// Lambda entrypoint: configuration (COLLECTOR_CONFIG and the collector env) is read and validated once, at cold start.
import { createAwsCollectorDeps } from '../collectors-composition.ts';
import { makeCollectSocialHandler } from '../handlers/collect-social.ts';

/** The collect-social Lambda. */
export const handler = makeCollectSocialHandler(createAwsCollectorDeps('social', process.env));
