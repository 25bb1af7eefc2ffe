import { createHash } from 'node:crypto';
import { integer, SqlDb, text, type SqlEngine } from './sqlite';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type Inspection = { ok: true; db: SqlDb; hash: string } | { ok: false; problem: string };

/**
 * Opens the bytes of a store file only if they are whole and undamaged:
 * 1. the size must be page_count × page_size (a file cut short by one byte still passes quick_check);
 * 2. SQLite's quick_check;
 * 3. the SHA-256 must be one we wrote (damage inside row data passes SQLite's own checks).
 * `accepted` is null when no checksum file exists, which skips step 3.
 */
export function inspect(sql: SqlEngine, bytes: Uint8Array, accepted: readonly string[] | null): Inspection {
  if (bytes.length === 0) return { ok: false, problem: 'the file is empty' };
  const db = SqlDb.open(sql, bytes);
  try {
    const problem = structuralProblem(db, bytes.length);
    if (problem !== null) return rejected(db, problem);
    const hash = sha256(bytes);
    if (accepted !== null && !accepted.includes(hash)) return rejected(db, 'the contents do not match the checksum of the last save');
    return { ok: true, db, hash };
  } catch (error) {
    return rejected(db, error instanceof Error ? error.message : String(error));
  }
}

function rejected(db: SqlDb, problem: string): Inspection {
  db.close();
  return { ok: false, problem };
}

function structuralProblem(db: SqlDb, size: number): string | null {
  const pages = integer(db.get('PRAGMA page_count') ?? {}, 'page_count');
  const pageSize = integer(db.get('PRAGMA page_size') ?? {}, 'page_size');
  if (pages * pageSize !== size) return `the file is ${size} bytes but should be ${pages * pageSize}`;
  const verdict = db.all('PRAGMA quick_check').map((row) => text(row, 'quick_check'));
  return verdict.join() === 'ok' ? null : `SQLite integrity check: ${verdict.slice(0, 3).join('; ')}`;
}
