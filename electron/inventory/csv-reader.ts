import { CsvError, parse } from 'csv-parse/sync';
import { cellPosition, cleanCellText, clippedCellText, InventoryError, inventoryLimits, type CellNotice, type Table, type TableRow } from '../../shared/inventory';
import { csvDelimiters, detectDelimiter, type CsvDelimiter } from './csv-delimiter';

/** The first bytes of a file, enough for its header and first rows: where its separator is detected. */
const sampleBytes = 64 * 1024;

/**
 * A CSV file as a text table: the first record is the header; quotes per RFC 4180, a BOM ignored, no type guessed;
 * the separator (comma, semicolon, tab, pipe) detected from the header. Messages leave the file name to their reader.
 */
export function readCsv(bytes: Uint8Array, name: string): { tables: Table[]; notices: CellNotice[] } {
  if (bytes.length > inventoryLimits.maxFileBytes) throw new InventoryError(`The file is larger than ${inventoryLimits.maxFileBytes / 1024 / 1024} MiB.`);
  const delimiter = detectDelimiter(new TextDecoder().decode(bytes.subarray(0, sampleBytes)));
  const records = parseRecords(bytes, delimiter);
  const notices: CellNotice[] = [];
  const [header = [], ...rest] = records;
  if (rest.length > inventoryLimits.maxRows) throw new InventoryError(`The file has ${rest.length.toLocaleString('en-US')} rows; at most ${inventoryLimits.maxRows.toLocaleString('en-US')} are read.`);
  const rowOf = (record: string[], row: number) => tableRow(record, { sheet: name, row }, notices);
  return {
    tables: [
      {
        sheet: name,
        headers: rowOf(header, 1).values,
        headerRow: 1,
        rows: rest.map((record, index) => rowOf(record, index + 2)),
        ...(delimiter === ',' ? {} : { separator: csvDelimiters[delimiter] }),
      },
    ],
    notices,
  };
}

/** A record's cells: over-long ones cut (and remembered, so a mapped field refuses them), control characters removed. */
function tableRow(record: string[], at: { sheet: string; row: number }, notices: CellNotice[]): TableRow {
  const clipped: Record<number, number> = {};
  const values = record.map((text, column) => {
    const place = { ...at, column };
    const kept = clippedCellText(text, place, notices);
    if (kept !== text) clipped[column] = text.length;
    return cleanCellText(kept, place, notices);
  });
  return Object.keys(clipped).length === 0 ? { row: at.row, values } : { row: at.row, values, clipped };
}

function parseRecords(bytes: Uint8Array, delimiter: CsvDelimiter): string[][] {
  try {
    return parse(Buffer.from(bytes), {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: inventoryLimits.maxCsvRecordLength,
      to: inventoryLimits.maxRows + 2,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) throw new InventoryError(parseProblem(error, csvDelimiters[delimiter]));
    throw error;
  }
}

/** csv-parse's error as a sentence: where (records so far + 1 is the row, as a spreadsheet numbers it) and what to fix. */
function parseProblem(error: CsvError, separator: string): string {
  const context = error as CsvError & { records?: number; index?: number };
  const row = (context.records ?? 0) + 1;
  const at = context.index === undefined ? `row ${row}` : cellPosition(row, context.index);
  const quoteFix = 'quote the whole cell and double each quote inside it ("").';
  switch (error.code) {
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `The CSV cannot be read at ${at} (read as ${separator}-separated): a quoted value is followed by other text before the next ${separator}; ${quoteFix}`;
    case 'INVALID_OPENING_QUOTE':
      return `The CSV cannot be read at ${at} (read as ${separator}-separated): a quote inside an unquoted value; ${quoteFix}`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return `The CSV cannot be read from ${at}: a quote opened there is never closed.`;
    case 'CSV_MAX_RECORD_SIZE':
      return `The CSV cannot be read at row ${row}: the row holds more than ${inventoryLimits.maxCsvRecordLength.toLocaleString('en-US')} characters.`;
    default:
      return `The CSV cannot be read at ${at}: its quotes or separators are not as a CSV writes them.`;
  }
}
