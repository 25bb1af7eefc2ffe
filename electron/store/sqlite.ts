import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic, SqlValue, Statement } from 'sql.js';

export type SqlParam = string | number | null | Uint8Array;
export type Row = Readonly<Record<string, SqlValue>>;
export type SqlEngine = SqlJsStatic;

/** One statement that changed the database, with its parameters: what the journal records and replays. */
export interface Change {
  sql: string;
  params: SqlParam[];
}

let engine: Promise<SqlEngine> | undefined;

/** sql.js compiles its WebAssembly once per process. */
export function loadSqlEngine(): Promise<SqlEngine> {
  engine ??= initSqlJs();
  return engine;
}

/** How many prepared statements a database keeps for reuse; the least recently used one beyond is freed. */
export const keptStatements = 64;

/** The one door to sql.js: typed parameters, statements reused and always reset, transactions that roll back on error. */
export class SqlDb {
  /** The statements run since the last `takeChanges`, when recording; rolled-back ones are dropped. */
  private changes: Change[] | null = null;
  /** Prepared statements by SQL text, least recently used first: a batch of 10,000 saves prepares each one once. */
  private readonly statements = new Map<string, Statement>();

  private constructor(private readonly db: Database) {}

  static open(sql: SqlEngine, bytes?: Uint8Array): SqlDb {
    const db = new SqlDb(new sql.Database(bytes));
    db.run('PRAGMA foreign_keys = ON');
    return db;
  }

  /** Runs one statement; returns the number of rows it changed. */
  run(sql: string, params: readonly SqlParam[] = []): number {
    this.withStatement(sql, params, (statement) => statement.step());
    this.changes?.push({ sql, params: [...params] });
    return this.db.getRowsModified();
  }

  /** From now on every `run` is kept for `takeChanges`. Statements run by `script` are not (migrations). */
  recordChanges(): void {
    this.changes ??= [];
  }

  /** The changes recorded since the last call, in order. */
  takeChanges(): Change[] {
    const taken = this.changes ?? [];
    if (this.changes !== null) this.changes = [];
    return taken;
  }

  all(sql: string, params: readonly SqlParam[] = []): Row[] {
    return this.withStatement(sql, params, (statement) => {
      const rows: Row[] = [];
      const columns = statement.getColumnNames();
      while (statement.step()) {
        const values = statement.get();
        const row: Record<string, SqlValue> = {};
        for (let i = 0; i < columns.length; i += 1) row[columns[i]!] = values[i]!;
        rows.push(row);
      }
      return rows;
    });
  }

  get(sql: string, params: readonly SqlParam[] = []): Row | undefined {
    return this.withStatement(sql, params, (statement) => (statement.step() ? statement.getAsObject() : undefined));
  }

  /** Several statements without parameters (migrations); the kept statements go, as a schema change may alter their columns. */
  script(sql: string): void {
    this.freeStatements();
    this.db.exec(sql);
  }

  /**
   * Runs `fn` in a savepoint: released when it returns, rolled back when it throws. Savepoints nest,
   * so a transaction may call another. `fn` must be synchronous, as sql.js is.
   */
  transaction<T>(fn: () => T): T {
    this.db.run('SAVEPOINT tx');
    const recorded = this.changes?.length ?? 0;
    try {
      const result = fn();
      this.db.run('RELEASE tx');
      return result;
    } catch (error) {
      this.db.run('ROLLBACK TO tx');
      this.db.run('RELEASE tx');
      if (this.changes !== null) this.changes.length = recorded;
      throw error;
    }
  }

  /** The whole database as the bytes of an SQLite file. */
  export(): Uint8Array {
    return this.db.export();
  }

  close(): void {
    this.freeStatements();
    this.db.close();
  }

  private freeStatements(): void {
    for (const statement of this.statements.values()) statement.free();
    this.statements.clear();
  }

  private withStatement<T>(sql: string, params: readonly SqlParam[], use: (statement: Statement) => T): T {
    const statement = this.statement(sql);
    try {
      statement.bind([...params]);
      return use(statement);
    } finally {
      statement.reset();
    }
  }

  private statement(sql: string): Statement {
    const kept = this.statements.get(sql);
    this.statements.delete(sql);
    const statement = kept ?? this.db.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > keptStatements) {
      const [oldest, unused] = this.statements.entries().next().value!;
      this.statements.delete(oldest);
      unused.free();
    }
    return statement;
  }
}

export function text(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new TypeError(`Column ${column} is not text`);
  return value;
}

export function textOrNull(row: Row, column: string): string | null {
  const value = row[column];
  return value === null ? null : text(row, column);
}

export function integer(row: Row, column: string): number {
  const value = row[column];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new TypeError(`Column ${column} is not an integer`);
  return value;
}

export function numberOrNull(row: Row, column: string): number | null {
  const value = row[column];
  if (value === null) return null;
  if (typeof value !== 'number') throw new TypeError(`Column ${column} is not a number`);
  return value;
}
