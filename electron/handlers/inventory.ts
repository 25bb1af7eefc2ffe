import { basename } from 'node:path';
import {
  CodedError,
  defaultInventoryOptions,
  importLimits,
  type CodedErrorData,
  type ImportSummary,
  type InventoryColumn,
  type InventoryOptions,
  type InventoryPreview,
  type InventoryPreviewed,
  type ParsedArgOf,
  type SavedMapping,
} from '../../shared/api';
import { groupColumns, importInventory, InventoryError, inventoryLimits, refreshOf, savedGrouping, type ColumnMapping, type ImportResult, type Table } from '../../shared/inventory';
import { inventoryExtensions } from '../../shared/inventory/file-names';
import type { Profile } from '../../shared/profile';
import type { ProfileStore } from '../store';
import type { InventoryRead } from '../inventory/read-inventory';
import { saveMapping, savedMappingFor } from '../inventory/saved-mapping';
import { applyImport, type SharingPorts } from './sharing';

export const inventoryFilters = [{ name: 'Inventories (RVTools, Azure Migrate, CSV)', extensions: [...inventoryExtensions] }];

interface ReadInventory {
  name: string;
  read: InventoryRead;
}

interface Pending {
  token: string;
  file: ReadInventory;
  profiles: Profile[];
  /** The generic CSV's mapping as used; null for the other formats. */
  mapping: ColumnMapping | null;
}

type Request = ParsedArgOf<'inventory.preview'>;
type Chosen = { name: string; bytes: () => Promise<Uint8Array> };

/**
 * Inventory imports in main: a file read once into tables, imported again whenever the user changes the
 * options, and saved by token when the user confirms. One inventory is under review at a time.
 */
export class InventoryDesk {
  private pending: Pending | null = null;

  async preview(ports: SharingPorts, request: Request): Promise<InventoryPreview> {
    const file = await this.fileOf(ports, request.from);
    if (file === null) return { status: 'cancelled' };
    if ('error' in file) return { status: 'refused', name: file.name, error: file.error };
    return this.previewed(ports, file, request);
  }

  /** An inventory chosen in the Import… dialog, previewed with the first preview's options. */
  async previewPath(ports: SharingPorts, path: string): Promise<InventoryPreview> {
    const file = await readFile(fileAt(ports, path));
    if ('error' in file) return { status: 'refused', name: file.name, error: file.error };
    return this.previewed(ports, file, defaultInventoryOptions);
  }

  /**
   * Saves the previewed workloads through the profile import: summaries evaluated, all checked before the first save.
   * A workload already in the library (the same estate imported again) is refreshed there, never added twice.
   */
  async apply(ports: SharingPorts, token: string): Promise<ImportSummary> {
    const pending = this.pendingWith(token);
    this.pending = null;
    return applyImport(ports, pending.profiles.map((profile) => ({ profile, decision: 'refresh' as const })));
  }

  /** Saves the mapping of the generic CSV under review, for the next file with its header. */
  async saveMapping(ports: SharingPorts, token: string): Promise<SavedMapping> {
    const { file, mapping } = this.pendingWith(token);
    if (mapping === null) throw new CodedError({ code: 'invalid-argument', message: 'Only a generic CSV has a mapping to save.' });
    return saveMapping(ports.store, headersOf(file), mapping);
  }

  private async fileOf(ports: SharingPorts, from: Request['from']): Promise<ReadInventory | { name: string; error: CodedErrorData } | null> {
    if (from.source === 'previewed') return this.pendingWith(from.token).file;
    const chosen = from.source === 'file' ? droppedFile(from) : await chosenFile(ports);
    return chosen === null ? null : readFile(chosen);
  }

  private pendingWith(token: string): Pending {
    if (this.pending?.token !== token) throw new CodedError({ code: 'invalid-argument', message: 'This inventory is no longer under review: open it again.' });
    return this.pending;
  }

  private previewed(ports: SharingPorts, file: ReadInventory, options: InventoryOptions): InventoryPreview {
    const format = options.format === 'auto' ? file.read.format : options.format;
    const savedMapping = format === 'csv' ? savedMappingFor(ports.store, headersOf(file)) : null;
    const result = importInventory(file.read.tables, file.read.notices, {
      format,
      mapping: options.mapping ?? savedMapping?.mapping,
      groupBy: options.groupBy,
      labelBy: options.labelBy ?? null,
      includePoweredOff: options.includePoweredOff,
      now: new Date().toISOString(),
    });
    const review = reviewOf(result, file.name);
    if ('code' in review) return { status: 'refused', name: file.name, error: review };
    const { profiles, workloads, report, problem, machines } = review;
    const token = ports.newId();
    this.pending = { token, file, profiles, mapping: report.mapping };
    const reviewed = workloads.map((workload, index) => {
      const { status, changes } = refreshOf(ports.store.find(workload.profileId), profiles[index]!);
      return { ...workload, status, changes };
    });
    const servers = serversOf(file.read.tables);
    const columns = groupColumns(servers, report.mapping);
    const saved = new Set(ports.store.list().map(({ id }) => id));
    return {
      status: 'previewed',
      token,
      name: file.name,
      report,
      workloads: reviewed,
      columns: columnsOf(servers),
      groupColumns: columns,
      savedMapping,
      problem,
      savedGrouping: savedGrouping(machines, format, { groupBy: options.groupBy }, columns, (id) => saved.has(id)),
    };
  }
}

async function chosenFile(ports: SharingPorts): Promise<Chosen | null> {
  const [path] = await ports.dialogs.openFiles({ title: 'Import inventory', filters: inventoryFilters });
  return path === undefined ? null : fileAt(ports, path);
}

function fileAt(ports: SharingPorts, path: string): Chosen {
  return { name: basename(path), bytes: () => ports.files.readFile(path, inventoryLimits.maxFileBytes) };
}

function droppedFile(from: { name: string; base64: string }): Chosen {
  return { name: from.name, bytes: async () => new Uint8Array(Buffer.from(from.base64, 'base64')) };
}

async function readFile(chosen: Chosen): Promise<ReadInventory | { name: string; error: CodedErrorData }> {
  try {
    // Loaded on use: ExcelJS and the CSV parser stay out of the app's start-up.
    const { readInventory } = await import('../inventory/read-inventory');
    return { name: chosen.name, read: await readInventory(await chosen.bytes(), chosen.name) };
  } catch (error) {
    if (error instanceof InventoryError) return { name: chosen.name, error: invalidInventory(error.message) };
    if (error instanceof CodedError) return { name: chosen.name, error: error.toData() };
    throw error;
  }
}

const desks = new WeakMap<ProfileStore, InventoryDesk>();

/** The inventory under review in a library: it outlives one set of handlers (the browser mode builds them per request). */
export function inventoryDeskOf(store: ProfileStore): InventoryDesk {
  const desk = desks.get(store) ?? new InventoryDesk();
  desks.set(store, desk);
  return desk;
}

const invalidInventory = (message: string): CodedErrorData => ({ code: 'invalid-inventory', message });

/** The library takes any number of profiles in one import up to the contract's limit (a profile file holds fewer: the CLI's concern). */
function tooMany(count: number): string {
  return `${count.toLocaleString('en-US')} workloads; one import takes at most ${importLimits.maxProfiles.toLocaleString('en-US')}: group the servers by a column.`;
}

/** The header a generic CSV mapping reads (the file's first table), and its saved mapping is found by. */
function headersOf(file: ReadInventory): string[] {
  return file.read.tables[0]?.headers ?? [];
}

type Review = Pick<Extract<ImportResult, { ok: true }>, 'profiles' | 'workloads' | 'report' | 'machines'> & Pick<InventoryPreviewed, 'problem'>;

/**
 * What the review shows of an import, or why the file is refused: more workloads than one import takes, or a
 * problem no option cures. A generic CSV its mapping cannot read stays under review, so the user can map it otherwise.
 */
function reviewOf(result: ImportResult, name: string): Review | CodedErrorData {
  if (result.ok) return result.profiles.length > importLimits.maxProfiles ? invalidInventory(tooMany(result.profiles.length)) : { ...result, problem: null };
  if (result.mapping === null) return invalidInventory(result.error);
  const report = { source: `a CSV (${name})`, servers: 0, imported: 0, templates: [], poweredOff: [], skipped: [], notices: [], mapping: result.mapping };
  return { profiles: [], workloads: [], report, problem: result.error, machines: [] };
}

const sampleLength = 60;

/** The servers' table: RVTools' vInfo, a CSV's only one; an empty one when the file has none. */
function serversOf(tables: readonly Table[]): Table {
  return tables.find((table) => table.sheet.toLowerCase() === 'vinfo') ?? tables[0] ?? { sheet: '', headers: [], headerRow: 1, rows: [] };
}

/** The columns of the servers' table, each once, with the first value in it: what a user can map by. */
function columnsOf(servers: Table): InventoryColumn[] {
  const seen = new Set<string>();
  return servers.headers.flatMap((name, index) => {
    if (name.trim() === '' || seen.has(name)) return [];
    seen.add(name);
    const sample = servers.rows.find((row) => (row.values[index] ?? '').trim() !== '')?.values[index]?.trim() ?? '';
    return [{ name, sample: sample.slice(0, sampleLength) }];
  });
}
