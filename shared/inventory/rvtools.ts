import { cell, columnsOf, headerKey, isEmptyRow, requireHeaders, type Columns } from './columns';
import { InventoryError } from './errors';
import { cellsByHeader, powerState, refuseDuplicates, sourceOf, type Evidence, type FactName, type Machine } from './machine';
import { quantityAt } from './numbers';
import type { SkippedRow } from './skipped';
import { supplementFromSheets } from './rvtools-sheets';
import type { Table, TableRow } from './table';

export interface MachinesRead {
  machines: Machine[];
  skipped: SkippedRow[];
  /** What the export says about itself, e.g. "RVTools 4.4.2.0". */
  source: string;
}

const required = { name: ['VM'], power: ['Powerstate', 'Power state'] } as const;

/** Optional vInfo columns read as inference evidence, by fact. */
const evidenceColumns: Partial<Record<FactName, string[]>> = {
  osTools: ['OS according to the VMware Tools'],
  osConfigured: ['OS according to the configuration file', 'OS'],
  haRestartPriority: ['HA Restart Priority'],
  ftState: ['FT State'],
  latencySensitivity: ['Latency Sensitivity'],
};

/** Where it runs and how vSphere protects it: for the notes, so a person can check what was (and was not) inferred. */
const noteColumns = [
  'OS according to the configuration file',
  'OS according to the VMware Tools',
  'Datacenter',
  'Cluster',
  'Host',
  'Folder',
  'HA Restart Priority',
  'HA Isolation Response',
  'DAS protection',
  'FT State',
  'Latency Sensitivity',
];

/** The VMs of an RVTools export: vInfo by header name, completed from vCPU, vMemory and vDisk where vInfo lacks a column. */
export function machinesFromRvtools(tables: readonly Table[]): MachinesRead {
  const vInfo = findSheet(tables, 'vInfo');
  if (!vInfo) throw new InventoryError(`The workbook has no vInfo sheet (it has: ${tables.map((t) => t.sheet).join(', ') || 'no sheet'}); is it an RVTools export?`);
  const columns = columnsOf(vInfo);
  requireHeaders(vInfo, columns, Object.values(required));
  const skipped: SkippedRow[] = [];
  const machines: Machine[] = [];
  for (const row of vInfo.rows) {
    if (isEmptyRow(row)) continue;
    const machine = machineOf(vInfo, columns, row);
    if (machine) machines.push(machine);
    else skipped.push({ sheet: vInfo.sheet, row: row.row, reason: 'no VM name' });
  }
  refuseDuplicates(machines);
  supplementFromSheets(machines, tables);
  return { machines, skipped, source: rvtoolsVersion(tables) };
}

export function findSheet(tables: readonly Table[], name: string): Table | undefined {
  return tables.find((table) => headerKey(table.sheet) === headerKey(name));
}

function machineOf(vInfo: Table, columns: Columns, row: TableRow): Machine | null {
  const name = cell(row, columns.index(...required.name));
  if (name === '') return null;
  const number = (...names: string[]) => {
    const index = columns.index(...names);
    return quantityAt(vInfo, row, index);
  };
  return {
    name,
    sheet: vInfo.sheet,
    row: row.row,
    poweredOn: powerState(cell(row, columns.index(...required.power))),
    template: cell(row, columns.index('Template')).toLowerCase() === 'true',
    cpus: number('CPUs'),
    memoryMiB: number('Memory', 'Memory MiB', 'Memory MB'),
    provisionedMiB: number('Provisioned MiB', 'Provisioned MB'),
    inUseMiB: number('In Use MiB', 'In Use MB'),
    facts: { ...evidenceOf(vInfo, columns, row), platform: { value: 'a VM of vCenter, exported by RVTools', source: vInfo.sheet } },
    details: detailsOf(vInfo, columns, row),
    cells: cellsByHeader(vInfo, row),
  };
}

function evidenceOf(vInfo: Table, columns: Columns, row: TableRow): Partial<Record<FactName, Evidence>> {
  const facts: Partial<Record<FactName, Evidence>> = {};
  for (const [fact, names] of Object.entries(evidenceColumns) as [FactName, string[]][]) {
    const index = columns.index(...names);
    const value = cell(row, index);
    if (value !== '') facts[fact] = { value, source: sourceOf(vInfo.sheet, columns.header(index)) };
  }
  return facts;
}

/** The annotation, the custom attributes (one column each, between 'Annotation' and 'Datacenter') and the note columns. */
function detailsOf(vInfo: Table, columns: Columns, row: TableRow): Machine['details'] {
  const annotation = columns.index('Annotation');
  const datacenter = columns.index('Datacenter');
  const attributes = annotation !== -1 && datacenter > annotation ? range(annotation + 1, datacenter) : [];
  const indices = [annotation, ...attributes, ...noteColumns.map((name) => columns.index(name))];
  return indices
    .filter((index) => index !== -1 && cell(row, index) !== '')
    .map((index) => ({ label: columns.header(index), value: cell(row, index) }));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, offset) => from + offset);
}

/** "RVTools 4.4.2.0" from vMetaData, or "RVTools" when the sheet or its version is absent. */
function rvtoolsVersion(tables: readonly Table[]): string {
  const meta = findSheet(tables, 'vMetaData');
  const index = meta ? columnsOf(meta).index('RVTools version', 'Version') : -1;
  const version = meta && index !== -1 ? cell(meta.rows[0] ?? { row: 0, values: [] }, index) : '';
  return version === '' ? 'RVTools' : `RVTools ${version}`;
}
