// Lambda entrypoint: configuration (COLLECTOR_CONFIG and the collector env) is read and validated once, at cold start.
import { createAwsCollectorDeps } from '../collectors-composition.ts';
import { makeCollectInboxHandler } from '../handlers/collect-inbox.ts';

/** The collect-inbox Lambda. */
export const handler = makeCollectInboxHandler(createAwsCollectorDeps('inbox', process.env));
