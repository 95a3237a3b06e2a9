// Lambda entrypoint: configuration is read and validated once, at cold start.
import { createAwsNotifyDeps } from '../composition.ts';
import { makeNotifyHandler } from '../handlers/notify.ts';

export const handler = makeNotifyHandler(createAwsNotifyDeps(process.env));
