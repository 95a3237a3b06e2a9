import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { type ColumnDefinition, type ColumnType, FEEDBACK_COLUMNS, TURN_COLUMNS } from '../lambdas/core/curated-format.ts';
import type { FeedbackStore } from '../lambdas/core/ports.ts';
import { PREFIX } from '../lambdas/core/storage-contract.ts';

/** A query result: column names and rows of JSON-safe values. */
export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** The local stand-in for Athena. */
export interface LocalAthena {
  query(sql: string): Promise<QueryResult>;
  /** Latest `dt` that has feedback, or undefined when there is none. */
  latestDay(): Promise<string | undefined>;
  close(): void;
}

function duckType(type: ColumnType): string {
  if (typeof type === 'string') return { string: 'VARCHAR', int: 'INTEGER', double: 'DOUBLE', boolean: 'BOOLEAN', timestamp: 'TIMESTAMP' }[type];
  if ('list' in type) return `${duckType(type.list)}[]`;
  return `STRUCT(${type.struct.map((f) => `"${f.name}" ${duckType(f.type)}`).join(', ')})`;
}

function emptyTable(name: string, columns: readonly ColumnDefinition[]): string {
  return `CREATE TABLE ${name} (${columns.map((c) => `"${c.name}" ${duckType(c.type)}`).join(', ')}, dt VARCHAR)`;
}

/** Copies curated objects of one table from the bucket (through the S3 API) into a local folder. */
async function mirror(store: FeedbackStore, prefix: string, folder: string): Promise<number> {
  rmSync(folder, { recursive: true, force: true });
  let files = 0;
  for await (const key of store.listKeys(prefix)) {
    if (!key.endsWith('.parquet')) continue;
    const target = join(folder, key.slice(prefix.length));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await store.getObject(key));
    files += 1;
  }
  return files;
}

/**
 * Opens DuckDB over the curated Parquet objects of the local bucket, as Athena sees them
 * through the Glue tables: `<database>.feedback` and `<database>.turns`, partitioned by `dt`
 * (a string, as in the Glue table). The objects are fetched through the S3 API into `cacheDir`.
 */
export async function openLocalAthena(store: FeedbackStore, cacheDir: string, database = 'feedback_miner'): Promise<LocalAthena> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE SCHEMA ${database}`);
  for (const [table, prefix, columns] of [
    ['feedback', PREFIX.curatedFeedback, FEEDBACK_COLUMNS],
    ['turns', PREFIX.curatedTurns, TURN_COLUMNS],
  ] as const) {
    const folder = join(cacheDir, table);
    const files = await mirror(store, prefix, folder);
    if (files === 0 || readdirSync(folder).length === 0) {
      await connection.run(emptyTable(`${database}.${table}`, columns));
    } else {
      const glob = join(folder, '*', '*.parquet').replace(/'/g, "''");
      await connection.run(`CREATE VIEW ${database}.${table} AS SELECT * FROM read_parquet('${glob}', hive_partitioning = true, hive_types = {'dt': VARCHAR}, union_by_name = true)`);
    }
  }
  const query = async (sql: string): Promise<QueryResult> => {
    const reader = await connection.runAndReadAll(sql);
    return { columns: reader.columnNames(), rows: reader.getRowObjectsJson() as Record<string, unknown>[] };
  };
  return {
    query,
    latestDay: async () => {
      const result = await query(`SELECT max(dt) AS dt FROM ${database}.feedback`);
      const value = result.rows[0]?.dt;
      return typeof value === 'string' ? value : undefined;
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Cell text for exports: a value that a spreadsheet would run as a formula gets a leading quote. */
export function safeCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

/** A result as CSV (RFC 4180 quoting, formula-safe cells). */
export function toCsv(result: QueryResult): string {
  const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  // Column names too: a PIVOT names columns after values, which can be customer text.
  const lines = [result.columns.map((c) => quote(safeCell(c))).join(',')];
  for (const row of result.rows) lines.push(result.columns.map((c) => quote(safeCell(row[c]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A result as an aligned text table, long cells cut. */
export function toTable(result: QueryResult, maxWidth = 60): string {
  const cell = (value: unknown) => {
    const text = (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)).replace(/\s+/g, ' ');
    return Array.from(text).length > maxWidth ? `${Array.from(text).slice(0, maxWidth - 1).join('')}…` : text;
  };
  const cells = result.rows.map((row) => result.columns.map((c) => cell(row[c])));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => Array.from(r[i] ?? '').length)));
  const line = (values: string[]) => values.map((v, i) => v + ' '.repeat(Math.max(0, (widths[i] ?? 0) - Array.from(v).length))).join('  ').trimEnd();
  return [line(result.columns), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line), `(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`].join('\n');
}
