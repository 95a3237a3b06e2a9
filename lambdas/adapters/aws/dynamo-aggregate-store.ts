import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandOutput, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AggregateKey, AggregateRow, AggregateStore } from '../../core/ports.ts';
import { PERIOD_INDEX } from '../../core/storage-contract.ts';

const RESERVED = new Set(['pk', 'sk', 'contributors', 'expiresAt']);

function toRow(item: Record<string, unknown>): AggregateRow {
  const counters: Record<string, number> = {};
  for (const [name, value] of Object.entries(item)) if (!RESERVED.has(name) && typeof value === 'number') counters[name] = value;
  return { pk: String(item.pk), sk: String(item.sk), counters };
}

/**
 * AggregateStore on the DynamoDB aggregates table. `addOnce` is one UpdateItem that ADDs every
 * counter and the contributor id to a string set, conditional on the id not being in the set:
 * exactly-once without transactions, on DynamoDB and on the local stand-in alike.
 */
export class DynamoAggregateStore implements AggregateStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async addOnce(key: AggregateKey, counters: Readonly<Record<string, number>>, contributor: string, expiresAt?: number): Promise<boolean> {
    const names: Record<string, string> = { '#contributors': 'contributors' };
    const values: Record<string, unknown> = { ':contributor': new Set([contributor]), ':contributorId': contributor };
    const adds = ['#contributors :contributor'];
    Object.entries(counters).forEach(([name, value], index) => {
      names[`#c${index}`] = name;
      values[`:c${index}`] = value;
      adds.push(`#c${index} :c${index}`);
    });
    let update = `ADD ${adds.join(', ')}`;
    if (expiresAt !== undefined) {
      names['#expiresAt'] = 'expiresAt';
      values[':expiresAt'] = expiresAt;
      update += ' SET #expiresAt = :expiresAt';
    }
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: update,
          ConditionExpression: 'NOT contains(#contributors, :contributorId)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException || (error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  async rowsBetween(pk: string, skFrom: string, skTo: string): Promise<AggregateRow[]> {
    return this.queryAll({
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': pk, ':from': skFrom, ':to': skTo },
      ProjectionExpression: undefined,
    });
  }

  async rowsForPeriod(sk: string): Promise<AggregateRow[]> {
    return this.queryAll({
      TableName: this.table,
      IndexName: PERIOD_INDEX,
      KeyConditionExpression: 'sk = :sk',
      ExpressionAttributeValues: { ':sk': sk },
    });
  }

  private async queryAll(input: ConstructorParameters<typeof QueryCommand>[0]): Promise<AggregateRow[]> {
    const rows: AggregateRow[] = [];
    let startKey: QueryCommandOutput['LastEvaluatedKey'];
    do {
      const page = await this.db.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
      for (const item of page.Items ?? []) rows.push(toRow(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return rows;
  }
}
