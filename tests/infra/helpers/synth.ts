import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { IConstruct } from 'constructs';
import { createFeedbackMinerApp } from '../../../lib/app.ts';
import { PROJECT_ROOT } from '../../../lib/constructs/function-defaults.ts';
import type { FeedbackMinerStack } from '../../../lib/feedback-stack.ts';

/** The `context` block of cdk.json: feature flags and this app's keys, as `cdk synth` passes them. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8'));
  if (typeof cdkJson !== 'object' || cdkJson === null || !('context' in cdkJson)) throw new Error('cdk.json has no "context"');
  return (cdkJson as { context: Record<string, unknown> }).context;
}

/** Options of {@link synthesize}. */
export interface SynthOptions {
  /** Context on top of cdk.json's. */
  readonly context?: Record<string, unknown>;
  /**
   * Bundle the Lambda code with esbuild, as `cdk synth` does. Files that assert nothing about
   * the code skip it (`aws:cdk:bundling-stacks: []`); the resources are the same.
   */
  readonly bundle?: boolean;
}

/** A synthesized app. */
export interface Synthesized {
  readonly stack: FeedbackMinerStack;
  readonly template: Template;
  readonly assembly: CloudAssembly;
  /** Deletes the cloud assembly (bundles are megabytes each); call it in afterAll. */
  readonly dispose: () => void;
}

/** Builds the real app (lib/app.ts, cdk-nag included) with cdk.json's context and synthesizes it once. */
export function synthesize(options: SynthOptions = {}): Synthesized {
  const context = {
    ...cdkJsonContext(),
    ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
    ...options.context,
  };
  const outdir = mkdtempSync(join(tmpdir(), 'feedback-miner-infra-'));
  const { app, stack } = createFeedbackMinerApp({ context, outdir });
  const assembly = app.synth();
  return { stack, template: Template.fromStack(stack), assembly, dispose: () => rmSync(outdir, { recursive: true, force: true }) };
}

/** The logical id of a construct's CloudFormation resource (its default child for L2s). */
export function logicalId(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return element.stack.resolve(element.logicalId) as string;
}

/** A CloudFormation value with intrinsic functions replaced by readable stand-ins. */
export function substituteTokens(value: unknown, stand: (ref: string) => string = (ref) => `resolved-${ref}`): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && value !== null) {
    const node = value as Record<string, unknown>;
    if (typeof node.Ref === 'string') return stand(node.Ref);
    if (Array.isArray(node['Fn::GetAtt'])) return stand((node['Fn::GetAtt'] as string[]).join('.'));
    if (Array.isArray(node['Fn::Join'])) {
      const [delimiter, parts] = node['Fn::Join'] as [string, unknown[]];
      return parts.map((part) => substituteTokens(part, stand)).join(delimiter);
    }
  }
  throw new Error(`cannot substitute ${JSON.stringify(value)}`);
}

/** Every Allow statement of every identity policy (IAM policies, managed policies, inline role policies). */
export function identityStatements(template: Template): { owner: string; statement: Record<string, unknown> }[] {
  const found: { owner: string; statement: Record<string, unknown> }[] = [];
  const collect = (owner: string, document: unknown) => {
    const statements = (document as { Statement?: Record<string, unknown>[] } | undefined)?.Statement ?? [];
    for (const statement of statements) if (statement.Effect === 'Allow') found.push({ owner, statement });
  };
  for (const type of ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy']) {
    for (const [id, resource] of Object.entries(template.findResources(type))) collect(id, resource.Properties?.PolicyDocument);
  }
  for (const [id, resource] of Object.entries(template.findResources('AWS::IAM::Role'))) {
    for (const policy of (resource.Properties?.Policies as { PolicyDocument: unknown }[] | undefined) ?? []) collect(id, policy.PolicyDocument);
  }
  return found;
}

/** Normalises a statement's Action to a list. */
export function actionsOf(statement: Record<string, unknown>): string[] {
  const action = statement.Action;
  return Array.isArray(action) ? (action as string[]) : [action as string];
}
