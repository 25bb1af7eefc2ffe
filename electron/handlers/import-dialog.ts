import { basename } from 'node:path';
import type { ImportPreview } from '../../shared/api';
import { inventoryExtensions, isInventoryFile } from '../../shared/inventory/file-names';
import { inventoryFilters, type InventoryDesk } from './inventory';
import { previewImport, profileFilters, type SharingPorts } from './sharing';

/** One filter first for everything Import… takes: the open dialog shows the first filter's files. */
const importFilters = [
  { name: 'Profiles, reports and inventories', extensions: ['hostwise', 'json', 'pdf', ...inventoryExtensions] },
  ...profileFilters,
  { name: 'Hostwise PDF reports', extensions: ['pdf'] },
  ...inventoryFilters,
];

/**
 * The Import… dialog: profile files and reports go to the profile import; an inventory to its review, as when it is
 * dropped: one at a time, the others named as not read.
 */
export async function previewChosenImport(ports: SharingPorts, desk: InventoryDesk): Promise<ImportPreview> {
  const paths = await ports.dialogs.openFiles({ title: 'Import profiles', filters: importFilters });
  const [inventory, ...others] = paths.filter(isInventoryFile);
  const preview = await previewImport(ports, { source: 'paths', paths: paths.filter((path) => !isInventoryFile(path)) });
  if (inventory === undefined) return preview;
  return { ...preview, inventory: { preview: await desk.previewPath(ports, inventory), notRead: others.map((path) => basename(path)) } };
}
