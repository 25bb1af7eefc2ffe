import { InventoryError } from './errors';
import { headerKey } from './columns';
import type { Table, TableRow } from './table';

/** A fact with the column it came from, so every inference can say why: "vInfo 'Powerstate'". */
export interface Evidence {
  value: string;
  source: string;
}

/** The facts the inference reads, by name. */
export type FactName = 'osTools' | 'osConfigured' | 'architecture' | 'ftState' | 'haRestartPriority' | 'latencySensitivity' | 'platform';

/** One server of the inventory, whatever the format: the facts Hostwise uses, each with its source. */
export interface Machine {
  name: string;
  sheet: string;
  row: number;
  /** null when the inventory does not say. */
  poweredOn: boolean | null;
  template: boolean;
  cpus: number | null;
  memoryMiB: number | null;
  provisionedMiB: number | null;
  inUseMiB: number | null;
  facts: Partial<Record<FactName, Evidence>>;
  /** Where it sits and what it is tagged with (cluster, host, folder, annotation, custom attributes …), for notes. */
  details: { label: string; value: string }[];
  /** Every cell of its row by header key, for --group-by. */
  cells: ReadonlyMap<string, string>;
}

/** The row's cells by header key (first occurrence wins), for grouping by any column. */
export function cellsByHeader(table: Table, row: TableRow): Map<string, string> {
  return new Map(keyedColumnsOf(table).map(([key, index]) => [key, (row.values[index] ?? '').trim()]));
}

/** Each table's header keys with their column, first occurrence of a key only: worked out once, not once a row. */
const keyedColumns = new WeakMap<Table, [string, number][]>();

function keyedColumnsOf(table: Table): [string, number][] {
  let keyed = keyedColumns.get(table);
  if (!keyed) {
    const firsts = new Map<string, number>();
    table.headers.forEach((header, index) => {
      const key = headerKey(header);
      if (key !== '' && !firsts.has(key)) firsts.set(key, index);
    });
    keyed = [...firsts];
    keyedColumns.set(table, keyed);
  }
  return keyed;
}

/** "vInfo 'OS according to the VMware Tools'". */
export function sourceOf(sheet: string, header: string): string {
  return `${sheet} '${header}'`;
}

/** Two servers of one name would become two workloads nobody can tell apart: the import stops. */
export function refuseDuplicates(machines: readonly Machine[]): void {
  const seen = new Map<string, Machine>();
  for (const machine of machines) {
    const key = machine.name.toLowerCase();
    const first = seen.get(key);
    if (first) throw new InventoryError(`${machine.sheet} rows ${first.row} and ${machine.row}: two servers are named "${machine.name}".`);
    seen.set(key, machine);
  }
}

/** On, off, or unknown ('' or a word it does not know): unknown counts as running, so nothing is hidden. */
export function powerState(text: string): boolean | null {
  const key = text.toLowerCase().replace(/[\s_-]/g, '');
  if (['poweredon', 'on', 'running'].includes(key)) return true;
  if (['poweredoff', 'off', 'stopped', 'suspended', 'deallocated'].includes(key)) return false;
  return null;
}
