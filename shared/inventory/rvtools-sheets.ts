import { cell, columnsOf, headerKey } from './columns';
import type { Machine } from './machine';
import { quantityAt } from './numbers';
import type { Table } from './table';

type Quantity = 'cpus' | 'memoryMiB' | 'provisionedMiB';

/** vCPU, vMemory and vDisk: where vInfo lacks a quantity, the per-VM sheet gives it (vDisk: the sum of the disks). */
const supplements: { sheet: string; field: Quantity; columns: string[] }[] = [
  { sheet: 'vCPU', field: 'cpus', columns: ['CPUs', 'Max'] },
  { sheet: 'vMemory', field: 'memoryMiB', columns: ['Size MiB', 'Size MB'] },
  { sheet: 'vDisk', field: 'provisionedMiB', columns: ['Capacity MiB', 'Capacity MB'] },
];

export function supplementFromSheets(machines: readonly Machine[], tables: readonly Table[]): void {
  for (const { sheet, field, columns: names } of supplements) {
    const table = tables.find((candidate) => headerKey(candidate.sheet) === headerKey(sheet));
    if (!table || machines.every((machine) => machine[field] !== null)) continue;
    const totals = totalsByVm(table, names);
    for (const machine of machines) machine[field] ??= totals.get(machine.name.toLowerCase()) ?? null;
  }
}

function totalsByVm(table: Table, names: string[]): Map<string, number> {
  const columns = columnsOf(table);
  const vm = columns.index('VM');
  const index = columns.index(...names);
  const totals = new Map<string, number>();
  if (vm === -1 || index === -1) return totals;
  for (const row of table.rows) {
    const value = quantityAt(table, row, index);
    const key = cell(row, vm).toLowerCase();
    if (key !== '' && value !== null) totals.set(key, (totals.get(key) ?? 0) + value);
  }
  return totals;
}
