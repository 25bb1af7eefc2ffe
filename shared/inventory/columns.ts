import { InventoryError } from './errors';
import type { Table, TableRow } from './table';

/** Header lookup by name, case- and spacing-insensitive: column order and presence vary between exports. */
export interface Columns {
  /** The 0-based index of the first header matching one of the names, or -1. */
  index(...names: string[]): number;
  /** The header as written, for provenance. */
  header(index: number): string;
}

/** Asterisks mark mandatory columns in Azure Migrate's template: "*Server name" is "server name". */
export function headerKey(header: string): string {
  return header.replace(/\s+/g, ' ').trim().replace(/^\*\s*/, '').toLowerCase();
}

export function columnsOf(table: Table): Columns {
  const keys = table.headers.map(headerKey);
  // Asked once a row for the same few names: each is looked up once.
  const found = new Map<string, number>();
  const indexOf = (name: string) => found.get(name) ?? found.set(name, keys.indexOf(headerKey(name))).get(name)!;
  return {
    index: (...names) => names.map(indexOf).find((index) => index !== -1) ?? -1,
    header: (index) => table.headers[index] ?? '',
  };
}

/** The cell's trimmed text, '' where the column is absent. */
export function cell(row: TableRow, index: number): string {
  return index === -1 ? '' : (row.values[index] ?? '').trim();
}

export function isEmptyRow(row: TableRow): boolean {
  return row.values.every((value) => value.trim() === '');
}

/** The first of each list of names must be in the header: "vInfo row 1: the header lacks 'VM'." */
export function requireHeaders(table: Table, columns: Columns, required: readonly (readonly string[])[]): void {
  const missing = required.filter((names) => columns.index(...names) === -1);
  if (missing.length > 0) {
    throw new InventoryError(`${table.sheet} row ${table.headerRow}: the header lacks ${missing.map((names) => `'${names[0]}'`).join(', ')}.`);
  }
}
