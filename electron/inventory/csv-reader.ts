import { parse } from 'csv-parse/sync';
import { cleanCellText, InventoryError, inventoryLimits, type CellNotice, type Table } from '../../shared/inventory';

/** A CSV file as a text table: the first record is the header; quotes per RFC 4180, a BOM ignored, no type guessed. */
export function readCsv(bytes: Uint8Array, name: string): { tables: Table[]; notices: CellNotice[] } {
  if (bytes.length > inventoryLimits.maxFileBytes) throw new InventoryError(`${name} is larger than ${inventoryLimits.maxFileBytes / 1024 / 1024} MiB.`);
  const records = parseRecords(bytes, name);
  const notices: CellNotice[] = [];
  const clean = (record: string[], row: number) => record.map((text, column) => cleanCellText(text, { sheet: name, row, column }, notices));
  const [header = [], ...rest] = records;
  if (rest.length > inventoryLimits.maxRows) throw new InventoryError(`${name}: ${rest.length.toLocaleString('en-US')} rows; at most ${inventoryLimits.maxRows.toLocaleString('en-US')} are read.`);
  const table: Table = {
    sheet: name,
    headers: clean(header, 1),
    headerRow: 1,
    rows: rest.map((record, index) => ({ row: index + 2, values: clean(record, index + 2) })),
  };
  return { tables: [table], notices };
}

function parseRecords(bytes: Uint8Array, name: string): string[][] {
  try {
    return parse(Buffer.from(bytes), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: inventoryLimits.maxCellLength * 4,
      to: inventoryLimits.maxRows + 2,
    }) as string[][];
  } catch (error) {
    throw new InventoryError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
