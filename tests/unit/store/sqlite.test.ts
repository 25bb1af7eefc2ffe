import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { integer, keptStatements, loadSqlEngine, numberOrNull, SqlDb, text, textOrNull, type SqlEngine } from '../../../electron/store/sqlite';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await loadSqlEngine();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** sql.js does not export its Statement class; any statement leads to it. */
function statementPrototype(): { free(): boolean } {
  const probe = new engine.Database();
  const statement = probe.prepare('SELECT 1');
  const prototype = Object.getPrototypeOf(statement) as { free(): boolean };
  statement.free();
  probe.close();
  return prototype;
}

function tableDb(): SqlDb {
  const db = SqlDb.open(engine);
  db.script('CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, weight REAL, blob BLOB) STRICT');
  return db;
}

describe('SqlDb', () => {
  test('binds typed parameters and reads typed columns back', () => {
    const db = tableDb();
    expect(db.run('INSERT INTO t (label, weight, blob) VALUES (?, ?, ?)', ['a', 1.5, new Uint8Array([1, 2])])).toBe(1);
    db.run('INSERT INTO t (label, weight) VALUES (?, ?)', ['b', null]);
    const rows = db.all('SELECT id, label, weight, blob FROM t ORDER BY id');
    expect(rows.map((row) => [integer(row, 'id'), text(row, 'label'), numberOrNull(row, 'weight')])).toEqual([
      [1, 'a', 1.5],
      [2, 'b', null],
    ]);
    expect(rows[0]?.blob).toEqual(new Uint8Array([1, 2]));
    expect(db.get('SELECT label FROM t WHERE id = ?', [99])).toBeUndefined();
    expect(textOrNull(db.get('SELECT NULL AS x') ?? {}, 'x')).toBeNull();
    expect(() => text(db.get('SELECT 1 AS x') ?? {}, 'x')).toThrow(TypeError);
    db.close();
  });

  test('prepares a statement once and reuses it, also after binding or stepping failed; frees them all at close', () => {
    const db = tableDb();
    const statements = statementPrototype();
    const prepared = vi.spyOn(engine.Database.prototype, 'prepare');
    const freed = vi.spyOn(statements, 'free');
    db.run('INSERT INTO t (label) VALUES (?)', ['a']);
    db.all('SELECT * FROM t');
    db.get('SELECT * FROM t WHERE id = ?', [1]);
    expect(() => db.run('INSERT INTO t (label) VALUES (?)', ['a'])).toThrow(/UNIQUE/);
    expect(() => db.run('INSERT INTO t (label) VALUES (?)', [])).toThrow();
    expect(() => db.run('INSERT INTO t (label) VALUES (?)', [1, 2])).toThrow();
    expect(db.run('INSERT INTO t (label) VALUES (?)', ['b'])).toBe(1);
    expect(db.all('SELECT * FROM t').map((row) => row.label)).toEqual(['a', 'b']);
    expect(prepared).toHaveBeenCalledTimes(3);
    expect(freed).not.toHaveBeenCalled();
    db.close();
    expect(freed).toHaveBeenCalledTimes(3);
  });

  test(`keeps ${keptStatements} statements: the least recently used one beyond is freed, and prepared again when run again`, () => {
    const db = tableDb();
    const freed = vi.spyOn(statementPrototype(), 'free');
    const prepared = vi.spyOn(engine.Database.prototype, 'prepare');
    const select = (n: number) => db.get(`SELECT ${n} AS x`)?.x;
    for (let n = 0; n < keptStatements + 5; n += 1) expect(select(n)).toBe(n);
    expect(freed).toHaveBeenCalledTimes(5);
    expect(select(keptStatements + 4)).toBe(keptStatements + 4); // still kept
    expect(select(0)).toBe(0); // freed, prepared again
    expect(prepared).toHaveBeenCalledTimes(keptStatements + 6);
    db.close();
  });

  test('drops its kept statements when a script changes the schema: a kept SELECT * sees the new column', () => {
    const db = tableDb();
    db.run('INSERT INTO t (label) VALUES (?)', ['a']);
    expect(Object.keys(db.get('SELECT * FROM t')!)).not.toContain('added');
    db.script('ALTER TABLE t ADD COLUMN added TEXT');
    expect(Object.keys(db.get('SELECT * FROM t')!)).toContain('added');
    db.close();
  });

  test('a transaction commits what its function did', () => {
    const db = tableDb();
    const result = db.transaction(() => {
      db.run('INSERT INTO t (label) VALUES (?)', ['a']);
      return 'done';
    });
    expect(result).toBe('done');
    expect(db.all('SELECT label FROM t')).toHaveLength(1);
    db.close();
  });

  test('a transaction rolls back everything when its function throws, and rethrows', () => {
    const db = tableDb();
    db.run('INSERT INTO t (label) VALUES (?)', ['kept']);
    expect(() =>
      db.transaction(() => {
        db.run('INSERT INTO t (label) VALUES (?)', ['lost']);
        db.run('UPDATE t SET weight = 9');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(db.all('SELECT label, weight FROM t')).toEqual([{ label: 'kept', weight: null }]);
    db.close();
  });

  test('transactions nest: an inner rollback keeps the outer work', () => {
    const db = tableDb();
    db.transaction(() => {
      db.run('INSERT INTO t (label) VALUES (?)', ['outer']);
      expect(() =>
        db.transaction(() => {
          db.run('INSERT INTO t (label) VALUES (?)', ['inner']);
          throw new Error('inner fails');
        }),
      ).toThrow('inner fails');
    });
    expect(db.all('SELECT label FROM t')).toEqual([{ label: 'outer' }]);
    db.close();
  });

  test('exports bytes that open as the same database', () => {
    const db = tableDb();
    db.run('INSERT INTO t (label) VALUES (?)', ['a']);
    const copy = SqlDb.open(engine, db.export());
    expect(copy.all('SELECT label FROM t')).toEqual([{ label: 'a' }]);
    expect(copy.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    db.close();
    copy.close();
  });
});
