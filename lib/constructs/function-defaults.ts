import { fileURLToPath } from 'node:url';
import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { CollectorKind } from '../../lambdas/collectors-composition.ts';
import { METRIC_NAMESPACE } from '../../lambdas/handlers/observability.ts';

/** Repository root: where package-lock.json and `lambdas/` live. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The Lambda entrypoints under `lambdas/entry/`, one per function. */
export type PipelineEntry = 'collect-files' | `collect-${CollectorKind}` | 'enrich' | 'aggregate' | 'notify' | 'digest';

/** Metric namespace every function publishes to (Powertools `POWERTOOLS_METRICS_NAMESPACE`), as the handlers define it. */
export { METRIC_NAMESPACE };

/**
 * Lets the ESM bundle load CommonJS dependencies that call `require` (e.g. parts of the AWS SDK):
 * esbuild's ESM output has no `require`, so one is created from the module's URL.
 */
export const ESM_REQUIRE_BANNER = "import { createRequire as __fmCreateRequire } from 'node:module'; const require = __fmCreateRequire(import.meta.url);";

/** Props of {@link PipelineFunction}. */
export interface PipelineFunctionProps {
  /** Which `lambdas/entry/<entry>.ts` to bundle. */
  readonly entry: PipelineEntry;
  /** Powertools service name (`POWERTOOLS_SERVICE_NAME`), also the `service` metric dimension. */
  readonly serviceName: string;
  /** What the function does, shown in the console. */
  readonly description: string;
  /** The handler's env contract (lambdas/core/config.ts); Powertools settings are added here. */
  readonly environment: Readonly<Record<string, string>>;
  /** Maximum run time. */
  readonly timeout: Duration;
  /** Memory in MiB. @default 512 */
  readonly memorySize?: number;
  /** Reserved concurrency. @default - none (draws on the account's unreserved pool) */
  readonly reservedConcurrentExecutions?: number;
  /** Log group retention. */
  readonly logRetention: RetentionDays;
  /** Powertools log level (`POWERTOOLS_LOG_LEVEL`). @default "INFO" */
  readonly logLevel?: string;
  /**
   * Dead-letter queue for failed asynchronous invocations (scheduled functions). Failed events
   * are retried twice, then parked here.
   * @default - none (synchronous/event-source invoked functions)
   */
  readonly deadLetterQueue?: IQueue;
}

/**
 * The one place that decides how a pipeline Lambda is built: Node 22 on arm64, an ESM bundle
 * made by local esbuild (no Docker) with source maps, X-Ray tracing, its own log group with
 * retention, and a dedicated role that carries no managed policy, only grants.
 *
 * @example
 * const enrich = new PipelineFunction(this, 'Enrich', {
 *   entry: 'enrich', serviceName: 'enrich', description: 'Enriches raw objects',
 *   environment: { DATA_BUCKET: bucket.bucketName, STATE_TABLE: table.tableName },
 *   timeout: Duration.minutes(5), logRetention: RetentionDays.ONE_MONTH,
 * });
 * bucket.grantRead(enrich.function, 'raw/*');
 */
export class PipelineFunction extends Construct {
  /** The Lambda function. */
  public readonly function: NodejsFunction;
  /** Its log group (retention applied; retained when the stack is deleted). */
  public readonly logGroup: LogGroup;
  /** Its execution role: log writing, tracing and whatever is granted to the function. */
  public readonly role: Role;
  /** Powertools service name, the `service` dimension of its metrics. */
  public readonly serviceName: string;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    this.serviceName = props.serviceName;

    this.logGroup = new LogGroup(this, 'LogGroup', { retention: props.logRetention });

    // A custom role instead of AWSLambdaBasicExecutionRole: writing to its own log group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${props.serviceName} function`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: `${PROJECT_ROOT}lambdas/entry/${props.entry}.ts`,
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}package-lock.json`,
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      ...(props.reservedConcurrentExecutions !== undefined ? { reservedConcurrentExecutions: props.reservedConcurrentExecutions } : {}),
      role: this.role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRIC_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
      },
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue, retryAttempts: 2, maxEventAge: Duration.hours(1) } : {}),
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        platform: 'node',
        mainFields: ['module', 'main'],
        minify: true,
        keepNames: true,
        sourceMap: true,
        sourcesContent: false,
        banner: ESM_REQUIRE_BANNER,
        // The SDK is bundled so the deployed code runs the versions package-lock.json pins.
        bundleAwsSDK: true,
        forceDockerBundling: false,
      },
    });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions; CDK adds them for active tracing.',
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason: `Pinned to ${Runtime.NODEJS_22_X.name} on purpose: the handlers and their tests target Node 22 (engines >=20); moving to a newer runtime is a deliberate, tested change.`,
    });
  }
}
