import { describe, expect, it } from 'vitest';
import { readInventory } from '../../../electron/inventory/read-inventory';
import { guardedWorkbook } from '../../../electron/inventory/zip-guard';
import { InventoryError, inventoryLimits } from '../../../shared/inventory';
import { vInfoHeaders, vm, workbook, zipOf } from './workbooks';

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(InventoryError);
  return (error as Error).message;
};

describe('the workbook reader', () => {
  it('reads every sheet as text by header, formulas by their cached value and never evaluated', async () => {
    const bytes = await workbook({
      name: 'vInfo',
      headers: vInfoHeaders,
      rows: [vm('web-01', { CPUs: { formula: 'A1*1000', result: 4 }, Annotation: { formula: "cmd|' /C calc'!A0", result: 'owned by ops' }, Owner: { richText: [{ text: 'Jane ' }, { text: 'Doe' }] } })],
    });
    const read = await readInventory(bytes, 'export.xlsx');
    expect(read.format).toBe('rvtools');
    const [vInfo] = read.tables;
    expect(vInfo!.headers).toEqual(vInfoHeaders);
    const values = vInfo!.rows[0]!.values;
    expect(values[vInfoHeaders.indexOf('CPUs')]).toBe('4');
    expect(values[vInfoHeaders.indexOf('Annotation')]).toBe('owned by ops');
    expect(values[vInfoHeaders.indexOf('Owner')]).toBe('Jane Doe');
    expect(read.notices).toEqual([
      { sheet: 'vInfo', row: 2, column: 'D', message: 'a formula: its cached value is used, it is never evaluated' },
      { sheet: 'vInfo', row: 2, column: 'J', message: 'a formula: its cached value is used, it is never evaluated' },
    ]);
  });

  it('removes control characters and says where, and refuses a cell longer than Excel allows', async () => {
    const noisy = await workbook({ name: 'vInfo', headers: vInfoHeaders, rows: [vm('db\u0007-01\u001b[31m', { Annotation: 'line one\nline two\u202e' })] });
    const read = await readInventory(noisy, 'export.xlsx');
    expect(read.tables[0]!.rows[0]!.values.slice(0, 1)).toEqual(['db-01[31m']);
    expect(read.tables[0]!.rows[0]!.values[vInfoHeaders.indexOf('Annotation')]).toBe('line one\nline two');
    // ExcelJS drops C0 controls XML cannot hold; what passes (a bidi override here) is removed and noticed.
    expect(read.notices.map((notice) => `${notice.row}${notice.column}: ${notice.message}`)).toEqual(['2J: control characters removed']);
    const csv = await readInventory(new TextEncoder().encode('name,os\nweb\u0007\u001b[2J,Linux\n'), 'servers.csv');
    expect(csv.tables[0]!.rows[0]!.values).toEqual(['web[2J', 'Linux']);
    expect(csv.notices).toEqual([{ sheet: 'servers.csv', row: 2, column: 'A', message: 'control characters removed' }]);
    const huge = await workbook({ name: 'vInfo', headers: vInfoHeaders, rows: [vm('x', { Annotation: 'a'.repeat(inventoryLimits.maxCellLength + 1) })] });
    expect(await refusal(readInventory(huge, 'export.xlsx'))).toBe('vInfo row 2, column J: the cell holds 32,768 characters; at most 32,767 are read.');
  });

  it('refuses a zip bomb from its declared sizes, before inflating anything', () => {
    const bomb = zipOf({ 'xl/worksheets/sheet1.xml': new Uint8Array(50 * 1024 * 1024) });
    expect(() => guardedWorkbook(bomb)).toThrow(/part "xl\/worksheets\/sheet1\.xml" is compressed \d+ to 1: a zip bomb\?/);
  });

  it('counts the real size while inflating, whatever the central directory declares', () => {
    const bomb = zipOf({ 'xl/worksheets/sheet1.xml': new Uint8Array(50 * 1024 * 1024) });
    const lying = declareSizes(bomb, 1000);
    expect(() => guardedWorkbook(lying)).toThrow(/unzips to more than \d+ MiB \([\d,]+ bytes compressed\): a zip bomb\?/);
  });

  it('refuses a file over the size limit before unzipping or parsing it', async () => {
    const huge = new Uint8Array(inventoryLimits.maxFileBytes + 1);
    expect(() => guardedWorkbook(huge)).toThrow('The workbook is 50 MiB; at most 50 MiB is read.');
    expect(await refusal(readInventory(huge, 'servers.csv'))).toBe('The file is larger than 50 MiB.');
  });

  it('refuses too many parts and a file that is no zip', () => {
    const many = zipOf(Object.fromEntries(Array.from({ length: inventoryLimits.maxZipEntries + 1 }, (_, index) => [`p${index}.xml`, ''])), 0);
    expect(() => guardedWorkbook(many)).toThrow(`more than ${inventoryLimits.maxZipEntries.toLocaleString('en-US')} parts`);
    expect(() => guardedWorkbook(new TextEncoder().encode('PK\u0003\u0004 not really'))).toThrow(/^The file is not a workbook/);
  });

  it('refuses a part with a DTD: billion laughs and external entities never reach the parser', async () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet>&lol2;</worksheet>';
    const external = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst><si><t>&xxe;</t></si></sst>';
    const utf16 = (text: string) => new Uint8Array(Uint16Array.from([0xfeff, ...[...text].map((char) => char.charCodeAt(0))]).buffer);
    for (const [part, xml] of [['xl/worksheets/sheet1.xml', laughs], ['xl/sharedStrings.xml', external], ['xl/styles.xml', utf16(laughs)]] as const) {
      const bytes = await replacedPart(await workbook({ name: 'vInfo', headers: ['VM', 'Powerstate'], rows: [['a', 'poweredOn']] }), part, xml);
      expect(await refusal(readInventory(bytes, 'export.xlsx'))).toBe(`The workbook's part "${part}" declares a DTD (<!DOCTYPE or <!ENTITY): entities are never expanded, so it is refused.`);
    }
  });

  it('reads a CSV: quotes, a BOM, and an unterminated quote named with its line', async () => {
    const read = await readInventory(new TextEncoder().encode('\uFEFFname,os\r\n"a, b","Linux ""x"""\r\n'), 'servers.csv');
    expect(read).toMatchObject({ format: 'csv', tables: [{ sheet: 'servers.csv', headers: ['name', 'os'], rows: [{ row: 2, values: ['a, b', 'Linux "x"'] }] }] });
    expect(await refusal(readInventory(new TextEncoder().encode('name,os\n"a,b\n'), 'servers.csv'))).toBe('The CSV cannot be read from row 2, column A: a quote opened there is never closed.');
  });
});

/** The zip with every central-directory entry claiming `size` bytes unzipped. */
function declareSizes(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 46 <= copy.length; offset += 1) {
    if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, size, true);
  }
  return copy;
}

async function replacedPart(bytes: Uint8Array, part: string, xml: string | Uint8Array): Promise<Uint8Array> {
  const { unzipSync } = await import('fflate');
  const parts = unzipSync(bytes);
  parts[part] = typeof xml === 'string' ? new TextEncoder().encode(xml) : Uint8Array.from(xml);
  return zipOf(parts);
}
