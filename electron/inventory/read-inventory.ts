import { basename, extname } from 'node:path';
import { looksLikeAzureMigrate, type CellNotice, type InventoryFormat, type Table } from '../../shared/inventory';
import { readCsv } from './csv-reader';
import { readWorkbook } from './xlsx-reader';

export interface InventoryRead {
  format: InventoryFormat;
  tables: Table[];
  notices: CellNotice[];
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

/**
 * An inventory file's tables, in the format given or the one its extension and content show: a zip (.xlsx) is
 * an RVTools workbook, a CSV with Azure Migrate's "*Server name" header is Azure Migrate's, any other CSV generic.
 * Throws InventoryError.
 */
export async function readInventory(bytes: Uint8Array, path: string, format?: InventoryFormat): Promise<InventoryRead> {
  const isWorkbook = format === 'rvtools' || (format === undefined && (extname(path).toLowerCase() === '.xlsx' || zipMagic.every((byte, index) => bytes[index] === byte)));
  if (isWorkbook) return { format: 'rvtools', ...(await readWorkbook(bytes)) };
  const read = readCsv(bytes, basename(path));
  const detected = looksLikeAzureMigrate(read.tables[0]?.headers ?? []) ? 'azure-migrate' : 'csv';
  return { format: format ?? detected, ...read };
}
