import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readContext } from './context.ts';
import { FeedbackMinerStack } from './feedback-stack.ts';

/** Construct id (and CloudFormation stack name) of the pipeline stack. */
export const STACK_ID = 'FeedbackMiner';

/** The app and its one stack. */
export interface FeedbackMinerApp {
  readonly app: App;
  readonly stack: FeedbackMinerStack;
}

/**
 * Builds the CDK app: validates this app's context keys (a bad value throws, naming the key),
 * adds the pipeline stack, and registers cdk-nag's AWS Solutions checks as a validation plugin
 * (cdk-nag 3), so any unacknowledged finding fails synthesis.
 *
 * @example
 * // tests: synthesize in memory with cdk.json's context plus an override
 * const { app, stack } = createFeedbackMinerApp({ context: { ...cdkJsonContext, logRetentionDays: 90 } });
 */
export function createFeedbackMinerApp(props: AppProps = {}): FeedbackMinerApp {
  const app = new App(props);
  const config = readContext(app.node);
  const stack = new FeedbackMinerStack(app, STACK_ID, {
    config,
    description: 'feedback-miner: collects, enriches, aggregates and alerts on customer feedback',
  });
  Tags.of(app).add('project', 'feedback-miner');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}

// `npx tsx lib/app.ts` (cdk.json "app"): build the app; the CDK CLI's out dir makes it synthesize on exit.
const entryScript = process.argv[1];
if (entryScript !== undefined && resolve(entryScript) === fileURLToPath(import.meta.url)) {
  createFeedbackMinerApp();
}
