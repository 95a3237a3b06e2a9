// Lambda entrypoint: configuration (COLLECTOR_CONFIG and the collector env) is read and validated once, at cold start.
import { createAwsCollectorDeps } from '../collectors-composition.ts';
import { makeCollectReviewsHandler } from '../handlers/collect-reviews.ts';

/** The collect-reviews Lambda. */
export const handler = makeCollectReviewsHandler(createAwsCollectorDeps('reviews', process.env));
