import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

type CfnValue = string | { readonly [key: string]: unknown } | readonly unknown[];

/** Renders a resolved CloudFormation value the way cdk-nag names it in a finding id. */
function flatten(node: unknown): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.replace(/\$\{/g, '<').replace(/}/g, '>');
  if (typeof node === 'object' && node !== null) {
    const value = node as Record<string, unknown>;
    if (Array.isArray(value['Fn::Join'])) {
      const [delimiter, items] = value['Fn::Join'] as [string, unknown[]];
      return items.map(flatten).join(delimiter);
    }
    if (value['Fn::Sub'] !== undefined) return flatten(value['Fn::Sub']);
    if (Array.isArray(value['Fn::GetAtt'])) {
      const [resource, attribute] = value['Fn::GetAtt'] as [unknown, unknown];
      return `<${flatten(resource)}.${flatten(attribute)}>`;
    }
    if (value['Fn::ImportValue'] !== undefined) return flatten(value['Fn::ImportValue']);
    if (value.Ref !== undefined) return `<${flatten(value.Ref)}>`;
  }
  return JSON.stringify(node);
}

/**
 * The cdk-nag finding id for a wildcard resource, e.g. `Resource::<DataBucket1234.Arn>/raw/*`,
 * computed from the ARN token so that acknowledgments follow logical-id changes.
 */
export function wildcardResourceFinding(scope: IConstruct, arn: CfnValue): string {
  return `Resource::${flatten(Stack.of(scope).resolve(arn))}`;
}

/**
 * Acknowledges specific AwsSolutions-IAM5 findings (wildcard actions such as `s3:GetObject*`,
 * or prefix-scoped resources) on a construct whose policies a grant produced, with one reason.
 */
export function acknowledgeIam5(scope: IConstruct, findings: readonly string[], reason: string): void {
  for (const finding of findings) Validations.of(scope).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
}
