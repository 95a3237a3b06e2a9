// Lambda entrypoint: configuration is read and validated once, at cold start.
import { createAwsAggregateDeps } from '../composition.ts';
import { makeAggregateHandler } from '../handlers/aggregate.ts';

export const handler = makeAggregateHandler(createAwsAggregateDeps(process.env));
