import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';

export type Cell = ExcelJS.CellValue;

/** A sheet to build: its name, header row and data rows. */
export interface SheetSpec {
  name: string;
  headers: string[];
  rows: Cell[][];
}

/** An .xlsx workbook's bytes, built with ExcelJS as RVTools would write it. */
export async function workbook(...sheets: SheetSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name);
    sheet.addRow(spec.headers);
    spec.rows.forEach((row) => sheet.addRow(row));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** vInfo headers of a recent RVTools (4.x), with two custom attributes between Annotation and Datacenter. */
export const vInfoHeaders = [
  'VM', 'Powerstate', 'Template', 'CPUs', 'Memory', 'Provisioned MiB', 'In Use MiB',
  'OS according to the configuration file', 'OS according to the VMware Tools',
  'Annotation', 'Application', 'Owner', 'Datacenter', 'Cluster', 'Host', 'Folder',
  'HA Restart Priority', 'DAS protection', 'FT State', 'Latency Sensitivity',
];

/** One vInfo row in the order of vInfoHeaders, from the fields a test cares about. */
export function vm(name: string, fields: Partial<Record<(typeof vInfoHeaders)[number], Cell>> = {}): Cell[] {
  const defaults: Record<string, Cell> = {
    VM: name, Powerstate: 'poweredOn', Template: false, CPUs: 2, Memory: 4096, 'Provisioned MiB': 40_960, 'In Use MiB': 20_480,
    'OS according to the configuration file': 'Ubuntu Linux (64-bit)', 'OS according to the VMware Tools': 'Ubuntu 22.04.3 LTS',
    Annotation: '', Application: '', Owner: '', Datacenter: 'DC1', Cluster: 'Prod', Host: 'esx01', Folder: 'Apps',
    'HA Restart Priority': 'medium', 'DAS protection': 'true', 'FT State': 'notConfigured', 'Latency Sensitivity': 'normal',
  };
  return vInfoHeaders.map((header) => (header in fields ? fields[header]! : defaults[header]!));
}

export const vMetaData = (version: string): SheetSpec => ({ name: 'vMetaData', headers: ['RVTools major version', 'RVTools version', 'xlsx creation datetime'], rows: [['4', version, '2026-12-01 10:00']] });

/** A zip of the given parts, as raw bytes (for hostile workbooks ExcelJS would not write). */
export function zipOf(parts: Record<string, string | Uint8Array>, level: 0 | 9 = 9): Uint8Array {
  const entries = Object.fromEntries(Object.entries(parts).map(([name, content]) => [name, typeof content === 'string' ? new TextEncoder().encode(content) : content]));
  return zipSync(entries, { level });
}
