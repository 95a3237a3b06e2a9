// Lambda entrypoint: configuration (COLLECTOR_CONFIG and the collector env) is read and validated once, at cold start.
import { createAwsCollectorDeps } from '../collectors-composition.ts';
import { makeCollectChatHandler } from '../handlers/collect-chat.ts';

/** The collect-chat Lambda. */
export const handler = makeCollectChatHandler(createAwsCollectorDeps('chat', process.env));
