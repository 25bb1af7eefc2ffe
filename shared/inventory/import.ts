import { catalog } from '../catalog';
import { profileLimits, type Profile } from '../profile';
import { machinesFromAzureMigrate } from './azure-migrate';
import { InventoryError } from './errors';
import { workloadId } from './identity';
import type { InferredAnswer } from './inference';
import type { Machine } from './machine';
import { machinesFromMapping } from './mapped';
import { mappingWith, type ColumnMapping } from './mapping';
import { notesOf } from './notes';
import { machinesFromRvtools } from './rvtools';
import type { SkippedRow } from './skipped';
import type { CellNotice, Table } from './table';
import { workloadsOf, type Workload } from './workloads';

export type InventoryFormat = 'rvtools' | 'azure-migrate' | 'csv';

export interface ImportOptions {
  format: InventoryFormat;
  /** Generic CSV: column → field choices on top of the mapping proposed from the headers. */
  mapping?: ColumnMapping;
  /** A column whose value names the application: its servers become one profile. */
  groupBy?: string | null;
  /** A column whose value names each server's portfolio group (cluster, folder, business unit): one profile a server still. */
  labelBy?: string | null;
  includePoweredOff?: boolean;
  /** The time comes from outside: the core stays pure and its tests deterministic (ids are the workloads' own). */
  now: string;
}

export interface ServerRef {
  name: string;
  sheet: string;
  row: number;
}

export interface ImportReport {
  /** "RVTools 4.4.2.0", "Azure Migrate CSV", "CSV". */
  source: string;
  servers: number;
  /** Profiles written. */
  imported: number;
  templates: ServerRef[];
  /** Listed even when --include-powered-off imported them. */
  poweredOff: ServerRef[];
  skipped: SkippedRow[];
  /** Cells read past: formulas (their cached value is used), control characters (removed). */
  notices: CellNotice[];
  /** The generic CSV's mapping as used, to show and to save for the next import. */
  mapping: ColumnMapping | null;
}

/** What each profile's answers were inferred from (its provenance), as the review lists it. */
export interface ImportedWorkload {
  profileId: string;
  name: string;
  /** The portfolio group the profile is in, or null. */
  group: string | null;
  servers: string[];
  inferred: InferredAnswer[];
  conflicts: Workload['conflicts'];
  /** The OS families of its servers: more than one means the group merges servers to check. */
  osFamilies: string[];
}

/** A failure of a generic CSV carries the mapping it was read with: a mapping can cause it, and another can cure it. */
export type ImportResult =
  | { ok: true; profiles: Profile[]; workloads: ImportedWorkload[]; report: ImportReport; machines: Machine[] }
  | { ok: false; error: string; mapping: ColumnMapping | null };

/** Tables read from an inventory → one profile per workload, or the first problem: nothing is imported half-way. */
export function importInventory(tables: readonly Table[], notices: readonly CellNotice[], options: ImportOptions): ImportResult {
  let mapping: ColumnMapping | null = null;
  try {
    mapping = options.format === 'csv' ? mappingWith(mappedTable(tables).headers, options.mapping ?? {}) : null;
    return { ok: true, ...imported(tables, notices, options, mapping) };
  } catch (error) {
    if (error instanceof InventoryError) return { ok: false, error: error.message, mapping };
    throw error;
  }
}

function imported(tables: readonly Table[], notices: readonly CellNotice[], options: ImportOptions, mapping: ColumnMapping | null) {
  const read = machinesOf(tables, options.format, mapping);
  const templates = read.machines.filter((machine) => machine.template);
  const poweredOff = read.machines.filter((machine) => !machine.template && machine.poweredOn === false);
  const kept = read.machines.filter((machine) => !machine.template && (machine.poweredOn !== false || options.includePoweredOff === true));
  // No limit on the count here: a profile file holds at most 1,000 profiles, the library far more; each caller checks its own.
  const workloads = workloadsOf(kept, { groupBy: options.groupBy ?? null, labelBy: options.labelBy ?? null });
  const profiles = workloads.map((workload) => profileOf(workload, read.source, options));
  return {
    profiles,
    /** The servers imported (templates and, unless included, powered-off ones left out). */
    machines: kept,
    workloads: workloads.map((workload, index) => ({
      profileId: profiles[index]!.id,
      name: profiles[index]!.name,
      group: profiles[index]!.group ?? null,
      servers: workload.machines.map((machine) => machine.name),
      inferred: workload.inferred,
      conflicts: workload.conflicts,
      osFamilies: workload.osFamilies,
    })),
    report: {
      source: read.source,
      servers: read.machines.length,
      imported: profiles.length,
      templates: templates.map(refOf),
      poweredOff: poweredOff.map(refOf),
      skipped: read.skipped,
      notices: [...notices],
      mapping: read.mapping,
    },
  };
}

interface MachinesRead {
  machines: Machine[];
  skipped: SkippedRow[];
  source: string;
  mapping: ColumnMapping | null;
}

function machinesOf(tables: readonly Table[], format: InventoryFormat, mapping: ColumnMapping | null): MachinesRead {
  if (format === 'rvtools') return { ...machinesFromRvtools(tables), mapping: null };
  const table = mappedTable(tables);
  if (mapping === null) return { ...machinesFromAzureMigrate(table), source: 'an Azure Migrate import CSV', mapping: null };
  return { ...machinesFromMapping(table, mapping), source: `a CSV (${table.sheet})${table.separator ? ` read as ${table.separator}-separated` : ''}`, mapping };
}

/** The table a CSV is: the file's first (a workbook read as a CSV: its first sheet). */
export function mappedTable(tables: readonly Table[]): Table {
  const table = tables[0];
  if (!table) throw new InventoryError('The file has no header row.');
  return table;
}

function profileOf(workload: Workload, source: string, options: ImportOptions): Profile {
  return {
    id: workloadId({ kind: options.format, groupBy: workload.groupedBy, machines: workload.machines }),
    name: workload.name.slice(0, profileLimits.nameLength),
    catalogVersion: catalog.version,
    answers: Object.fromEntries(workload.inferred.map((answer) => [answer.questionId, answer.answerId])),
    weightOverrides: {},
    notes: notesOf(workload, source),
    ...(workload.group === null ? {} : { group: workload.group.slice(0, profileLimits.groupLength) }),
    provenance: provenanceOf(workload),
    revisit: [],
    createdAt: options.now,
    updatedAt: options.now,
  };
}

function provenanceOf({ inferred }: Workload): Profile['provenance'] {
  if (inferred.length === 0) return undefined;
  const entry = ({ answerId, source, value }: Workload['inferred'][number]) => ({
    answer: answerId,
    source: source.slice(0, profileLimits.sourceLength),
    value: value.replace(/\s+/g, ' ').slice(0, profileLimits.sourceValueLength),
  });
  return Object.fromEntries(inferred.map((answer) => [answer.questionId, entry(answer)]));
}

function refOf(machine: Machine): ServerRef {
  return { name: machine.name, sheet: machine.sheet, row: machine.row };
}
