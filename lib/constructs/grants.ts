import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { PipelineFunction } from './function-defaults.ts';
import { acknowledgeIam5, wildcardResourceFinding } from './nag.ts';

/**
 * Lets a function read (list and get) the objects under one prefix of a bucket, via
 * `bucket.grantRead(fn, '<prefix>*')`, and acknowledges the IAM5 findings that grant implies.
 */
export function grantReadPrefix(bucket: IBucket, fn: PipelineFunction, prefix: string): void {
  bucket.grantRead(fn.function, `${prefix}*`);
  acknowledgeIam5(
    fn.role,
    ['Action::s3:GetObject*', 'Action::s3:GetBucket*', 'Action::s3:List*', wildcardResourceFinding(fn, bucket.arnForObjects(`${prefix}*`))],
    `CDK grantRead scoped to the ${prefix} prefix: object reads are limited to keys under it; the Get*/List* action groups are the read-only set CDK grants (GetObject, GetObjectVersion, ListBucket for paging).`,
  );
}

/**
 * Lets a function write new objects under one prefix of a bucket, via
 * `bucket.grantPut(fn, '<prefix>*')` (no delete), and acknowledges the IAM5 findings it implies.
 */
export function grantPutPrefix(bucket: IBucket, fn: PipelineFunction, prefix: string): void {
  bucket.grantPut(fn.function, `${prefix}*`);
  acknowledgeIam5(
    fn.role,
    ['Action::s3:Abort*', wildcardResourceFinding(fn, bucket.arnForObjects(`${prefix}*`))],
    `CDK grantPut scoped to the ${prefix} prefix: the function writes objects with generated keys under it (no delete); s3:Abort* lets a failed multipart upload be cleaned up.`,
  );
}

/** The IAM5 finding a table grant produces for its global secondary indexes, acknowledged. */
export function acknowledgeIndexGrant(table: ITableV2, fn: PipelineFunction): void {
  acknowledgeIam5(
    fn.role,
    [wildcardResourceFinding(fn, `${table.tableArn}/index/*`)],
    'CDK table grants cover the table\'s own global secondary indexes (e.g. byPeriod) via <table-arn>/index/*; no other table is reachable.',
  );
}
