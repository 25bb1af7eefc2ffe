import { basename } from 'node:path';
import { CodedError, type CodedErrorData, type ImportSummary, type InventoryOptions, type InventoryPreview, type ParsedArgOf } from '../../shared/api';
import { importInventory, InventoryError, inventoryLimits, type Table } from '../../shared/inventory';
import type { Profile } from '../../shared/profile';
import type { ProfileStore } from '../store';
import type { InventoryRead } from '../inventory/read-inventory';
import { applyImport, type SharingPorts } from './sharing';

const inventoryFilters = [
  { name: 'Inventories (RVTools, Azure Migrate, CSV)', extensions: ['xlsx', 'csv'] },
];

interface ReadInventory {
  name: string;
  read: InventoryRead;
}

type Request = ParsedArgOf<'inventory.preview'>;

/**
 * Inventory imports in main: a file read once into tables, imported again whenever the user changes the
 * options, and saved by token when the user confirms. One inventory is under review at a time.
 */
export class InventoryDesk {
  private pending: { token: string; file: ReadInventory; profiles: Profile[] } | null = null;

  async preview(ports: SharingPorts, request: Request): Promise<InventoryPreview> {
    const file = await this.fileOf(ports, request.from);
    if (file === null) return { status: 'cancelled' };
    if ('error' in file) return { status: 'refused', name: file.name, error: file.error };
    return this.previewed(ports, file, request);
  }

  /** Saves the previewed workloads through the profile import: summaries evaluated, all checked before the first save. */
  async apply(ports: SharingPorts, token: string): Promise<ImportSummary> {
    const pending = this.pendingWith(token);
    this.pending = null;
    return applyImport(ports, pending.profiles.map((profile) => ({ profile, decision: 'add' as const })));
  }

  private pendingWith(token: string) {
    if (this.pending?.token !== token) throw new CodedError({ code: 'invalid-argument', message: 'This inventory is no longer under review: open it again.' });
    return this.pending;
  }

  private previewed(ports: SharingPorts, file: ReadInventory, options: InventoryOptions): InventoryPreview {
    const result = importInventory(file.read.tables, file.read.notices, {
      format: options.format === 'auto' ? file.read.format : options.format,
      groupBy: options.groupBy,
      includePoweredOff: options.includePoweredOff,
      newId: ports.newId,
      now: new Date().toISOString(),
    });
    if (!result.ok) return { status: 'refused', name: file.name, error: invalidInventory(result.error) };
    const token = ports.newId();
    this.pending = { token, file, profiles: result.profiles };
    return { status: 'previewed', token, name: file.name, report: result.report, workloads: result.workloads, groupColumns: groupColumns(file.read.tables) };
  }

  private async fileOf(ports: SharingPorts, from: Request['from']): Promise<ReadInventory | { name: string; error: CodedErrorData } | null> {
    if (from.source === 'previewed') return this.pendingWith(from.token).file;
    const chosen = from.source === 'file' ? { name: from.name, bytes: async () => new Uint8Array(Buffer.from(from.base64, 'base64')) } : await chosenFile(ports);
    if (chosen === null) return null;
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

}

async function chosenFile(ports: SharingPorts): Promise<{ name: string; bytes: () => Promise<Uint8Array> } | null> {
  const [path] = await ports.dialogs.openFiles({ title: 'Import inventory', filters: inventoryFilters });
  if (path === undefined) return null;
  return { name: basename(path), bytes: () => ports.files.readFile(path, inventoryLimits.maxFileBytes) };
}

const desks = new WeakMap<ProfileStore, InventoryDesk>();

/** The inventory under review in a library: it outlives one set of handlers (the browser mode builds them per request). */
export function inventoryDeskOf(store: ProfileStore): InventoryDesk {
  const desk = desks.get(store) ?? new InventoryDesk();
  desks.set(store, desk);
  return desk;
}

const invalidInventory = (message: string): CodedErrorData => ({ code: 'invalid-inventory', message });

/** The columns of the servers' table (RVTools: vInfo), each once: what a user can group by. */
function groupColumns(tables: readonly Table[]): string[] {
  const servers = tables.find((table) => table.sheet.toLowerCase() === 'vinfo') ?? tables[0];
  return [...new Set(servers?.headers.filter((header) => header.trim() !== '') ?? [])];
}
