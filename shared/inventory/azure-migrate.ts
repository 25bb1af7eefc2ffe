import { columnsOf, requireHeaders } from './columns';
import type { Machine } from './machine';
import { machinesFromMapping } from './mapped';
import { proposeMapping } from './mapping';
import { quantityAt } from './numbers';
import type { SkippedRow } from './skipped';
import type { Table } from './table';

/** The mandatory columns of Microsoft's "Import using CSV" template (marked with an asterisk there). */
export const azureMigrateRequired = ['*Server name', '*Cores', '*Memory (In MB)', '*OS name'];

/** The servers of an Azure Migrate import CSV: its fixed columns, and the disks' sizes summed as provisioned storage. */
export function machinesFromAzureMigrate(table: Table): { machines: Machine[]; skipped: SkippedRow[] } {
  requireHeaders(table, columnsOf(table), azureMigrateRequired.map((name) => [name]));
  const read = machinesFromMapping(table, proposeMapping(table.headers));
  const disks = table.headers.flatMap((header, index) => (/^disk \d+ size \(in gb\)$/i.test(header.trim()) ? [index] : []));
  const rowsByNumber = new Map(table.rows.map((row) => [row.row, row]));
  for (const machine of read.machines) {
    const row = rowsByNumber.get(machine.row);
    const sizes = row ? disks.map((index) => quantityAt(table, row, index)) : [];
    const known = sizes.filter((size): size is number => size !== null);
    if (known.length > 0) machine.provisionedMiB = known.reduce((sum, size) => sum + size, 0) * 1024;
  }
  return read;
}

/** Whether a CSV's header is Azure Migrate's template. */
export function looksLikeAzureMigrate(headers: readonly string[]): boolean {
  return headers.some((header) => header.trim().toLowerCase() === '*server name');
}
