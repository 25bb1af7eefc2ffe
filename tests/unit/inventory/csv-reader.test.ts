import { describe, expect, it } from 'vitest';
import { readInventory } from '../../../electron/inventory/read-inventory';
import { importInventory, InventoryError, inventoryLimits, type ImportOptions } from '../../../shared/inventory';

const bytes = (text: string) => new TextEncoder().encode(text);

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(InventoryError);
  return (error as Error).message;
};

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({ format: 'csv', now: '2026-12-06T21:00:00.000Z', ...extra });

describe('the CSV reader', () => {
  it('reads a semicolon-separated file (Excel in a comma-decimal locale) and the import says it read it so', async () => {
    const read = await readInventory(bytes('\uFEFFName;CPUs;Notes\r\n"web;01";4;"owner; ops"\r\ndb-01;8;x,y\r\n'), 'cmdb;export.csv');
    expect(read.tables[0]!.headers).toEqual(['Name', 'CPUs', 'Notes']);
    expect(read.tables[0]!.rows.map((row) => row.values)).toEqual([
      ['web;01', '4', 'owner; ops'],
      ['db-01', '8', 'x,y'],
    ]);
    const result = importInventory(read.tables, read.notices, options());
    expect(result.ok && result.report.source).toBe('a CSV (cmdb;export.csv) read as semicolon-separated');
    expect(result.ok && result.report.servers).toBe(2);
  });

  it('reads a tab-separated file, and a comma-separated one as before', async () => {
    const tab = await readInventory(bytes('name\tos\nweb-01\tLinux, 64-bit\n'), 'servers.tsv.csv');
    expect(tab.tables[0]!.rows[0]!.values).toEqual(['web-01', 'Linux, 64-bit']);
    const comma = await readInventory(bytes('name,os\nweb-01,Linux\n'), 'servers.csv');
    expect(comma.tables[0]!.separator).toBeUndefined();
    const result = importInventory(comma.tables, comma.notices, options());
    expect(result.ok && result.report.source).toBe('a CSV (servers.csv)');
  });

  it('says in a sentence where the quotes go wrong, without the file name (its reader shows it) or parser jargon', async () => {
    expect(await refusal(readInventory(bytes('name,os\nweb-01,"Linux" 64-bit\n'), 'servers.csv'))).toBe(
      'The CSV cannot be read at row 2, column B (read as comma-separated): a quoted value is followed by other text before the next comma; quote the whole cell and double each quote inside it ("").',
    );
    expect(await refusal(readInventory(bytes('name,os\nweb-01,Lin"ux\n'), 'servers.csv'))).toBe(
      'The CSV cannot be read at row 2, column B (read as comma-separated): a quote inside an unquoted value; quote the whole cell and double each quote inside it ("").',
    );
    expect(await refusal(readInventory(bytes('name,os\nweb-01,Linux\ndb-01,"Windows\n'), 'servers.csv'))).toBe(
      'The CSV cannot be read from row 3, column B: a quote opened there is never closed.',
    );
  });

  it('refuses a row longer than the record limit and a file over the size limit, the name left to the message’s reader', async () => {
    const long = `name,notes\nweb-01,${'a'.repeat(inventoryLimits.maxCsvRecordLength + 1)}\n`;
    expect(await refusal(readInventory(bytes(long), 'servers.csv'))).toBe('The CSV cannot be read at row 2: the row holds more than 1,048,576 characters.');
    const message = await refusal(readInventory(new Uint8Array(inventoryLimits.maxFileBytes + 1), 'servers.csv'));
    expect(message).toBe('The file is larger than 50 MiB.');
  });

  it('cuts an over-long cell of a details column, and says so in the cells read past', async () => {
    const annotation = 'a'.repeat(40_000);
    const read = await readInventory(bytes(`name,os,annotation\nweb-01,Linux,x\ndb-01,Linux,${annotation}\n`), 'cmdb2.csv');
    expect(read.tables[0]!.rows[1]!.values[2]).toHaveLength(inventoryLimits.maxCellLength);
    const result = importInventory(read.tables, read.notices, options());
    expect(result.ok && result.report.imported).toBe(2);
    expect(result.ok && result.report.notices).toEqual([{ sheet: 'cmdb2.csv', row: 3, column: 'C', message: '40,000 characters, kept the first 32,767' }]);
  });

  it('refuses an over-long cell in a mapped field, with where and what to do', async () => {
    const read = await readInventory(bytes(`name,os,annotation\nweb-01,${'L'.repeat(40_000)},x\n`), 'cmdb2.csv');
    const result = importInventory(read.tables, read.notices, options());
    expect(result.ok ? '' : result.error).toBe(
      "The cell at row 2, column B ('os') holds 40,000 characters; a mapped field reads at most 32,767. Map the column as a detail, or shorten the cell.",
    );
    const asDetail = importInventory(read.tables, read.notices, options({ mapping: { os: 'detail' } }));
    expect(asDetail.ok && asDetail.report.imported).toBe(1);
  });
});
