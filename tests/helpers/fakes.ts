import type { AggregateKey, AggregateRow, AggregateStore, Log } from '../../lambdas/core/ports.ts';

/** A logger that keeps what it was told, so tests can read logs. */
export function memoryLog(): Log & { lines: { level: string; message: string; extra: Record<string, unknown>[] }[] } {
  const lines: { level: string; message: string; extra: Record<string, unknown>[] }[] = [];
  const at = (level: string) => (message: string, ...extra: Record<string, unknown>[]) => {
    lines.push({ level, message, extra });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** An in-memory AggregateStore with the same exactly-once semantics, for pure unit tests of the rules. */
export class MemoryAggregateStore implements AggregateStore {
  readonly rows = new Map<string, AggregateRow & { contributors: Set<string> }>();

  async addOnce(key: AggregateKey, counters: Readonly<Record<string, number>>, contributor: string): Promise<boolean> {
    const id = `${key.pk}|${key.sk}`;
    const row = this.rows.get(id) ?? { ...key, counters: {}, contributors: new Set<string>() };
    if (row.contributors.has(contributor)) return false;
    row.contributors.add(contributor);
    for (const [name, value] of Object.entries(counters)) row.counters[name] = (row.counters[name] ?? 0) + value;
    this.rows.set(id, row);
    return true;
  }

  async rowsBetween(pk: string, skFrom: string, skTo: string): Promise<AggregateRow[]> {
    return [...this.rows.values()].filter((r) => r.pk === pk && r.sk >= skFrom && r.sk <= skTo).sort((a, b) => a.sk.localeCompare(b.sk));
  }

  async rowsForPeriod(sk: string): Promise<AggregateRow[]> {
    return [...this.rows.values()].filter((r) => r.sk === sk);
  }
}
