import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ClaimOutcome, CooldownRequest, StateStore } from '../../core/ports.ts';

const isConditionalFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException || (error as { name?: string }).name === 'ConditionalCheckFailedException';

/** Claims run this many conditional writes at once. */
const CLAIM_CONCURRENCY = 16;

/**
 * StateStore on the DynamoDB state table. Every state change is one conditional write, which
 * works the same on DynamoDB and on the local stand-in (no transactions needed).
 */
export class DynamoStateStore implements StateStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async getCursor(scope: string): Promise<string | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `cursor#${scope}`, sk: 'cursor' }, ConsistentRead: true }));
    const value = result.Item?.value;
    return typeof value === 'string' ? value : undefined;
  }

  async putCursor(scope: string, value: string): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.table, Item: { pk: `cursor#${scope}`, sk: 'cursor', value, updatedAt: new Date().toISOString() } }));
  }

  async hasMarker(scope: string, key: string): Promise<boolean> {
    const result = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `marker#${scope}`, sk: key }, ConsistentRead: true }));
    return result.Item !== undefined;
  }

  async putMarker(scope: string, key: string, expiresAt?: number): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.table, Item: { pk: `marker#${scope}`, sk: key, ...(expiresAt ? { expiresAt } : {}) } }));
  }

  async claimItems(ids: readonly string[], owner: string, expiresAt: number): Promise<Map<string, ClaimOutcome>> {
    const outcomes = new Map<string, ClaimOutcome>();
    let next = 0;
    const claimOne = async (id: string): Promise<ClaimOutcome> => {
      try {
        const previous = await this.db.send(
          new PutCommand({
            TableName: this.table,
            Item: { pk: `dedupe#${id}`, sk: 'item', owner, expiresAt },
            ReturnValues: 'ALL_OLD',
            ConditionExpression: 'attribute_not_exists(pk) OR #owner = :owner',
            ExpressionAttributeNames: { '#owner': 'owner' },
            ExpressionAttributeValues: { ':owner': owner },
          }),
        );
        return previous.Attributes ? 'owned' : 'new';
      } catch (error) {
        if (!isConditionalFailure(error)) throw error;
        return 'duplicate';
      }
    };
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        if (id !== undefined) outcomes.set(id, await claimOne(id));
      }
    };
    await Promise.all(Array.from({ length: Math.min(CLAIM_CONCURRENCY, ids.length) }, worker));
    return outcomes;
  }

  async tryStartCooldown(request: CooldownRequest): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: `cooldown#${request.key}`, sk: 'cooldown', windowEnd: request.windowEnd, severity: request.severity, until: request.until, delivered: false },
          ConditionExpression:
            'attribute_not_exists(pk) OR #until <= :windowEnd OR (severity < :severity AND windowEnd < :windowEnd) OR (windowEnd = :windowEnd AND delivered = :false)',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: { ':windowEnd': request.windowEnd, ':severity': request.severity, ':false': false },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalFailure(error)) return false;
      throw error;
    }
  }

  async markDelivered(key: string, windowEnd: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: `cooldown#${key}`, sk: 'cooldown' },
        UpdateExpression: 'SET delivered = :true',
        ConditionExpression: 'windowEnd = :windowEnd',
        ExpressionAttributeValues: { ':true': true, ':windowEnd': windowEnd },
      }),
    ).catch((error: unknown) => {
      // A later window took the record over meanwhile: nothing left to mark.
      if (!isConditionalFailure(error)) throw error;
    });
  }
}
