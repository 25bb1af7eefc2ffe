import { refuseClipped } from './cell-text';
import { cell, isEmptyRow } from './columns';
import { InventoryError } from './errors';
import { cellsByHeader, powerState, refuseDuplicates, sourceOf, type Evidence, type FactName, type Machine } from './machine';
import type { ColumnMapping, MappingField } from './mapping';
import { quantityAt } from './numbers';
import type { SkippedRow } from './skipped';
import type { Table, TableRow } from './table';

const factFields: Partial<Record<MappingField, FactName>> = {
  os: 'osTools',
  architecture: 'architecture',
  'ha-restart-priority': 'haRestartPriority',
  'ft-state': 'ftState',
  'latency-sensitivity': 'latencySensitivity',
};

/** Reads one mapped row's quantities and texts. */
interface MappedRow {
  text(field: MappingField): string;
  number(field: MappingField): number | null;
  evidence(field: MappingField): Evidence | undefined;
}

/** The servers of a table whose columns a mapping names (a generic CSV, or Azure Migrate's fixed template). */
export function machinesFromMapping(table: Table, mapping: ColumnMapping): { machines: Machine[]; skipped: SkippedRow[] } {
  const fieldIndex = indexByField(table, mapping);
  if (fieldIndex.get('name') === undefined) throw new InventoryError(`${table.sheet} row ${table.headerRow}: no column is mapped to the field "name".`);
  const machines: Machine[] = [];
  const skipped: SkippedRow[] = [];
  for (const row of table.rows) {
    if (isEmptyRow(row)) continue;
    const machine = machineOf(table, row, mappedRow(table, row, fieldIndex), detailIndices(table, mapping));
    if (machine) machines.push(machine);
    else skipped.push({ sheet: table.sheet, row: row.row, reason: 'no name' });
  }
  refuseDuplicates(machines);
  return { machines, skipped };
}

function indexByField(table: Table, mapping: ColumnMapping): Map<MappingField, number> {
  const indices = new Map<MappingField, number>();
  table.headers.forEach((header, index) => {
    const field = Object.hasOwn(mapping, header) ? mapping[header] : undefined;
    if (field && field !== 'detail' && !indices.has(field)) indices.set(field, index);
  });
  return indices;
}

/** Sizes are summed in the notes and the name heads them; every other mapped column is listed as it reads. */
const summarised: ReadonlySet<MappingField> = new Set(['name', 'template', 'cpus', 'memory-mib', 'memory-gib', 'provisioned-mib', 'in-use-mib']);

function detailIndices(table: Table, mapping: ColumnMapping): number[] {
  return table.headers.flatMap((header, index) => (Object.hasOwn(mapping, header) && !summarised.has(mapping[header]!) ? [index] : []));
}

function mappedRow(table: Table, row: TableRow, fieldIndex: ReadonlyMap<MappingField, number>): MappedRow {
  const indexOf = (field: MappingField) => {
    const index = fieldIndex.get(field) ?? -1;
    refuseClipped(table, row, index);
    return index;
  };
  const text = (field: MappingField) => cell(row, indexOf(field));
  return {
    text,
    number: (field) => quantityAt(table, row, indexOf(field)),
    evidence: (field) => (text(field) === '' ? undefined : { value: text(field), source: sourceOf(table.sheet, table.headers[indexOf(field)] ?? '') }),
  };
}

function machineOf(table: Table, row: TableRow, mapped: MappedRow, details: number[]): Machine | null {
  const name = mapped.text('name');
  if (name === '') return null;
  const gib = mapped.number('memory-gib');
  return {
    name,
    sheet: table.sheet,
    row: row.row,
    poweredOn: powerState(mapped.text('power-state')),
    template: ['true', 'yes', '1'].includes(mapped.text('template').toLowerCase()),
    cpus: mapped.number('cpus'),
    memoryMiB: mapped.number('memory-mib') ?? (gib === null ? null : gib * 1024),
    provisionedMiB: mapped.number('provisioned-mib'),
    inUseMiB: mapped.number('in-use-mib'),
    facts: factsOf(mapped),
    details: details.filter((index) => cell(row, index) !== '').map((index) => ({ label: table.headers[index] ?? '', value: cell(row, index) })),
    cells: cellsByHeader(table, row),
  };
}

function factsOf(mapped: MappedRow): Partial<Record<FactName, Evidence>> {
  const facts: Partial<Record<FactName, Evidence>> = {};
  for (const [field, fact] of Object.entries(factFields) as [MappingField, FactName][]) {
    const evidence = mapped.evidence(field);
    if (evidence) facts[fact] = evidence;
  }
  const version = mapped.evidence('os-version');
  if (facts.osTools && version) facts.osTools = { value: `${facts.osTools.value} ${version.value}`, source: `${facts.osTools.source} and ${version.source}` };
  return facts;
}
