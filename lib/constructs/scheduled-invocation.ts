import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { PipelineFunction } from './function-defaults.ts';
import { acknowledgeIam5, wildcardResourceFinding } from './nag.ts';

/**
 * The payload a schedule sends: an EventBridge "Scheduled Event", the shape the handlers parse
 * with Powertools' EventBridgeSchema. EventBridge Scheduler fills in the execution id (the run
 * id) and the scheduled time (the run's clock) per invocation.
 */
export function scheduledEventInput(scope: Construct, source: string): ScheduleTargetInput {
  const stack = Stack.of(scope);
  return ScheduleTargetInput.fromObject({
    version: '0',
    id: ContextAttribute.executionId,
    'detail-type': 'Scheduled Event',
    source,
    account: stack.account,
    time: ContextAttribute.scheduledTime,
    region: stack.region,
    resources: [ContextAttribute.scheduleArn],
    detail: {},
  });
}

/** Props of {@link ScheduledInvocation}. */
export interface ScheduledInvocationProps {
  /** The function to run. */
  readonly target: PipelineFunction;
  /** EventBridge Scheduler expression, e.g. `rate(15 minutes)` or `cron(5 * * * ? *)`. */
  readonly expression: string;
  /** IANA time zone the expression is evaluated in. */
  readonly timeZone: string;
  /** `source` of the scheduled event, e.g. `feedback-miner.collect`. */
  readonly eventSource: string;
  /** What the schedule is for. */
  readonly description: string;
  /** Where deliveries that Scheduler could not make end up. */
  readonly deadLetterQueue: IQueue;
}

/**
 * An EventBridge Scheduler schedule that invokes a pipeline function with an EventBridge-shaped
 * scheduled event, retrying failed deliveries and dead-lettering what still fails.
 */
export class ScheduledInvocation extends Construct {
  /** The schedule. */
  public readonly schedule: Schedule;
  /** The role Scheduler assumes: invoke this one function, send to its dead-letter queue. */
  public readonly role: Role;

  constructor(scope: Construct, id: string, props: ScheduledInvocationProps) {
    super(scope, id);
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: `Lets EventBridge Scheduler invoke the ${props.target.serviceName} function`,
    });
    const target = new LambdaInvoke(props.target.function, {
      role: this.role,
      input: scheduledEventInput(this, props.eventSource),
      deadLetterQueue: props.deadLetterQueue,
      retryAttempts: 2,
      maxEventAge: Duration.hours(1),
    });
    this.schedule = new Schedule(this, 'Schedule', {
      description: props.description,
      schedule: ScheduleExpression.expression(props.expression, TimeZone.of(props.timeZone)),
      target,
    });
    acknowledgeIam5(
      this.role,
      [wildcardResourceFinding(this, `${props.target.function.functionArn}:*`)],
      'CDK grantInvoke covers the function and its versions/aliases (<function-arn>:*); no other function is invocable.',
    );
  }
}
