import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { portfolioRows, portfolioTable, tableCsv } from '../../electron/export/portfolio-table';
import { tableXlsx } from '../../electron/export/table-xlsx';
import { readInventory } from '../../electron/inventory/read-inventory';
import { openStore } from '../../electron/store';
import { defaultInventoryOptions, type ImportSummary, type InventoryPreview, type Outcome } from '../../shared/api';
import { catalog } from '../../shared/catalog';
import { evaluateUnder, rulesetOf } from '../../shared/house-rules';
import { importInventory } from '../../shared/inventory';
import type { Profile } from '../../shared/profile';
import { serializeProfileFile } from '../../shared/profile-file';
import { benchHandlers, benchPool } from './bench-app';
import { quantile } from './stats';

const vmCount = 5_000;
/** Five VMs an application: 1,000 applications, so the grouped import fits one profile file (1,000 profiles). */
const applications = 1_000;
const runs = 3;
const ruleset = rulesetOf(catalog, null);

/** vInfo as RVTools 4.x writes it: the usual columns, with three custom attributes between Annotation and Datacenter. */
const vInfoHeaders = [
  'VM', 'Powerstate', 'Template', 'SRM Placeholder', 'Config status', 'DNS Name', 'Connection state', 'Guest state', 'Heartbeat',
  'Consolidation Needed', 'PowerOn', 'Suspended To Memory', 'Creation date', 'Change Version', 'CPUs', 'Memory', 'Active Memory',
  'NICs', 'Disks', 'Total disk capacity MiB', 'Fixed Passthru HotPlug', 'min Required EVC Mode Key', 'Latency Sensitivity', 'Op Notification Timeout',
  'EnableUUID', 'CBT', 'Primary IP Address', 'Network #1', 'Network #2', 'Num Monitors', 'Video Ram KiB', 'Resource pool', 'Folder ID', 'Folder', 'vApp',
  'DAS protection', 'FT State', 'FT Latency', 'FT Bandwidth', 'FT Secondary Latency', 'Provisioned MiB', 'In Use MiB', 'Unshared MiB',
  'HA Restart Priority', 'HA Isolation Response', 'HA VM Monitoring', 'Cluster rule(s)', 'Cluster rule name(s)', 'Boot Required', 'Boot delay',
  'Boot retry delay', 'Boot retry enabled', 'Boot BIOS setup', 'Firmware', 'HW version', 'HW upgrade status', 'HW upgrade policy', 'HW target',
  'Path', 'Log directory', 'Snapshot directory', 'Suspend directory', 'Annotation', 'Application', 'Owner', 'Cost Center', 'Datacenter', 'Cluster', 'Host',
  'OS according to the configuration file', 'OS according to the VMware Tools', 'VM ID', 'VM UUID', 'VI SDK Server type', 'VI SDK API Version', 'VI SDK Server', 'VI SDK UUID',
];

const systems = [
  ['Ubuntu Linux (64-bit)', 'Ubuntu 22.04.3 LTS'],
  ['Red Hat Enterprise Linux 8 (64-bit)', 'Red Hat Enterprise Linux 8.9 (Ootpa)'],
  ['Microsoft Windows Server 2019 (64-bit)', 'Microsoft Windows Server 2019 Datacenter'],
  ['Microsoft Windows Server 2022 (64-bit)', 'Microsoft Windows Server 2022 Standard'],
] as const;

function vInfoRow(index: number): ExcelJS.CellValue[] {
  const name = `vm-${String(index).padStart(5, '0')}`;
  const [configOs, toolsOs] = systems[index % systems.length]!;
  const template = index % 100 === 99;
  const fields: Record<string, ExcelJS.CellValue> = {
    VM: name, Powerstate: index % 17 === 3 ? 'poweredOff' : 'poweredOn', Template: template, 'DNS Name': `${name}.corp.example`,
    'Connection state': 'connected', 'Guest state': 'running', Heartbeat: 'green', 'Creation date': new Date(Date.UTC(2022, index % 12, 1 + (index % 28))),
    CPUs: [2, 4, 8, 16][index % 4]!, Memory: [4096, 8192, 16_384, 32_768][index % 4]!, NICs: 1, Disks: 1 + (index % 3),
    'Total disk capacity MiB': 81_920, 'Latency Sensitivity': 'normal', 'Primary IP Address': `10.${index % 250}.${index % 200}.${index % 240}`,
    'Network #1': `VLAN${100 + (index % 40)}`, 'Resource pool': 'Resources', Folder: `Apps/Team ${index % 30}`, 'DAS protection': 'true',
    'FT State': 'notConfigured', 'Provisioned MiB': 81_920 + index, 'In Use MiB': 40_960 + index, 'HA Restart Priority': index % 5 === 0 ? 'high' : 'medium',
    Firmware: 'efi', 'HW version': 'vmx-19', Path: `[ds-${index % 20}] ${name}/${name}.vmx`, Annotation: index % 7 === 0 ? `Owned by team ${index % 30}; patch window Sunday 02:00` : '',
    Application: `app-${String(index % applications).padStart(4, '0')}`, Owner: `team-${index % 30}@corp.example`, 'Cost Center': `CC-${1000 + (index % 90)}`,
    Datacenter: `DC${1 + (index % 2)}`, Cluster: `Prod-${index % 8}`, Host: `esx${String(index % 120).padStart(3, '0')}.corp.example`,
    'OS according to the configuration file': configOs, 'OS according to the VMware Tools': template ? '' : toolsOs,
    'VM ID': `vm-${10_000 + index}`, 'VM UUID': `4201${String(index).padStart(28, '0')}`, 'VI SDK Server': 'vcenter01.corp.example',
  };
  return vInfoHeaders.map((header) => fields[header] ?? '');
}

function addSheet(book: ExcelJS.Workbook, name: string, headers: string[], rows: ExcelJS.CellValue[][]): void {
  const sheet = book.addWorksheet(name);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
}

/** A 5,000-VM RVTools export: vInfo, vCPU, vMemory, vDisk (one to three disks a VM) and vMetaData. */
async function rvtoolsWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const indexes = Array.from({ length: vmCount }, (_, index) => index);
  const name = (index: number) => `vm-${String(index).padStart(5, '0')}`;
  addSheet(book, 'vInfo', vInfoHeaders, indexes.map(vInfoRow));
  addSheet(book, 'vCPU', ['VM', 'Powerstate', 'Template', 'CPUs', 'Sockets', 'Cores p/s', 'Max', 'Overall', 'Level', 'Shares', 'Reservation', 'Entitlement', 'Hot Add', 'Hot Remove'],
    indexes.map((index) => [name(index), 'poweredOn', false, [2, 4, 8, 16][index % 4]!, 1, [2, 4, 8, 16][index % 4]!, 0, 120, 'normal', 2000, 0, 0, false, false]));
  addSheet(book, 'vMemory', ['VM', 'Powerstate', 'Template', 'Size MiB', 'Overhead', 'Max', 'Consumed', 'Ballooned', 'Swapped', 'Reservation', 'Hot Add'],
    indexes.map((index) => [name(index), 'poweredOn', false, [4096, 8192, 16_384, 32_768][index % 4]!, 60, 0, 2048, 0, 0, 0, false]));
  addSheet(book, 'vDisk', ['VM', 'Powerstate', 'Template', 'Disk', 'Disk Key', 'Capacity MiB', 'Raw', 'Disk Mode', 'Thin', 'Controller', 'Path'],
    indexes.flatMap((index) => Array.from({ length: 1 + (index % 3) }, (_, disk) => [name(index), 'poweredOn', false, `Hard disk ${disk + 1}`, 2000 + disk, 40_960, false, 'persistent', true, 'SCSI controller 0', `[ds-${index % 20}] ${name(index)}/${name(index)}_${disk}.vmdk`])));
  addSheet(book, 'vMetaData', ['RVTools major version', 'RVTools version', 'xlsx creation datetime', 'Server'], [['4', '4.6.1.0', '2026-12-01 10:00', 'vcenter01.corp.example']]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Runs `step` once per run, returns the median time and the last result. */
async function timed<T>(step: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const durations: number[] = [];
  let value: T | undefined;
  for (let n = 0; n < runs; n += 1) {
    const start = performance.now();
    value = await step();
    durations.push(performance.now() - start);
  }
  return { ms: quantile(durations.sort((a, b) => a - b), 0.5), value: value! };
}

function imported(read: Awaited<ReturnType<typeof readInventory>>): Profile[] {
  const result = importInventory(read.tables, read.notices, { format: read.format, groupBy: 'Application', now: new Date().toISOString() });
  if (!result.ok) throw new Error(result.error);
  return result.profiles;
}

/** A fresh store in a temp folder for `use`, closed and removed after. */
async function inFreshStore<T>(use: (store: Awaited<ReturnType<typeof openStore>>['store'], dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'hostwise-bench-inventory-'));
  try {
    const { store } = await openStore({ dir });
    try {
      return await use(store, dir);
    } finally {
      await store.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}


function valueOf<T>(outcome: unknown): T {
  const checked = outcome as Outcome<T>;
  if (!checked.ok) throw new Error(checked.error.message);
  return checked.value;
}

interface AppRun {
  /** `inventory.preview` of the dropped file: read and imported. */
  previewMs: number;
  /** `inventory.apply`: every profile checked, evaluated (on the evaluation pool) and stored. */
  applyMs: number;
  stored: number;
}

/**
 * The app's import of the workbook, one workload per VM or per application: `inventory.preview` of the dropped file,
 * then `inventory.apply`, through the real handlers into a fresh store, as a user who drops it and confirms.
 */
function appliedInApp(base64: string, groupBy: string | null): Promise<AppRun> {
  return inFreshStore(async (store, dir) => {
    const { rules, handlers } = benchHandlers(store, dir);
    try {
      const start = performance.now();
      const request = { ...defaultInventoryOptions, groupBy, includePoweredOff: true, from: { source: 'file', name: 'rvtools.xlsx', base64 } };
      const preview = valueOf<InventoryPreview>(await handlers['inventory.preview'](request));
      if (preview.status !== 'previewed') throw new Error(`The workbook was not previewed: ${JSON.stringify(preview)}`);
      const previewed = performance.now();
      const summary = valueOf<ImportSummary>(await handlers['inventory.apply']({ token: preview.token }));
      return { previewMs: previewed - start, applyMs: performance.now() - previewed, stored: summary.added.length };
    } finally {
      await rules.close();
    }
  });
}

const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

/** 5,000 VMs from the dropped file to profiles stored in the app: the median of `runs`, and of each step. */
async function benchInApp(bytes: Uint8Array, groupBy: string | null, label: string): Promise<void> {
  const base64 = Buffer.from(bytes).toString('base64');
  const measured: AppRun[] = [];
  for (let n = 0; n < runs; n += 1) measured.push(await appliedInApp(base64, groupBy));
  const total = median(measured.map((run) => run.previewMs + run.applyMs));
  const steps = `preview (read, import) ${seconds(median(measured.map((run) => run.previewMs)))}, apply (check, evaluate, store) ${seconds(median(measured.map((run) => run.applyMs)))}`;
  console.log(`5,000 VMs ${label} → profiles stored in the app: median ${seconds(total)} (target ≤ 10; ${measured[0]!.stored.toLocaleString('en-US')} profiles; ${steps})`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Import of 5,000 VMs: as a profile file (the CLI), then to stored profiles in the app, grouped and not (median of 3); then the exports of 1,000 workloads. */
export async function benchInventory(): Promise<void> {
  const bytes = await rvtoolsWorkbook();
  console.log(`RVTools workbook: ${vmCount.toLocaleString('en-US')} VMs (${(bytes.length / 1e6).toFixed(1)} MB), ${applications.toLocaleString('en-US')} applications; evaluation worker: ${benchPool().worker}`);
  const read = await timed(() => readInventory(bytes, 'rvtools.xlsx'));
  const profiles = await timed(() => imported(read.value));
  const serialized = await timed(() => serializeProfileFile(profiles.value));
  console.log(`as a profile file (--group-by Application): read ${seconds(read.ms)}, import ${seconds(profiles.ms)} (${profiles.value.length} profiles), serialize ${seconds(serialized.ms)}`);
  await benchInApp(bytes, 'Application', 'grouped by application');
  await benchInApp(bytes, null, 'one workload each');
  await benchExports(profiles.value);
}

async function benchExports(profiles: readonly Profile[]): Promise<void> {
  const portfolio = Array.from({ length: 1_000 }, (_, index) => {
    const profile = profiles[index % profiles.length]!;
    return { group: 'inventory.hostwise', profile, evaluation: evaluateUnder(profile, ruleset, { samples: 0 }) };
  });
  const rows = portfolioRows(portfolio, ruleset.effective);
  const csv = await timed(() => tableCsv(portfolioTable(rows)));
  const xlsx = await timed(() => tableXlsx(portfolioTable(rows), 'Portfolio'));
  console.log(`export of 1,000 workloads: CSV ${csv.ms.toFixed(0)} ms (${(csv.value.length / 1e3).toFixed(0)} kB), XLSX ${xlsx.ms.toFixed(0)} ms (${(xlsx.value.length / 1e3).toFixed(0)} kB)`);
}
