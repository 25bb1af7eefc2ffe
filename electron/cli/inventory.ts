import { writeFile } from 'node:fs/promises';
import { importInventory, InventoryError, inventoryLimits, isMappingField, mappingFields, parseMapping, type ColumnMapping, type InventoryFormat } from '../../shared/inventory';
import { fileLimits, serializeProfileFile } from '../../shared/profile-file';
import { flag, parseCommandArgs, text, type ParsedArgs } from './args';
import type { Command } from './command';
import { exitCodes, UsageError, type CliIo } from './io';
import { renderImport } from './inventory-report';
import { readCapped } from './node-io';
import { describeFailure, readBytes } from './read-file';

const formats: readonly InventoryFormat[] = ['rvtools', 'azure-migrate', 'csv'];

export const inventoryCommand: Command = {
  name: 'inventory',
  summary: 'Import servers from RVTools, Azure Migrate or a CSV as workload profiles',
  help: `Usage: hostwise inventory import FILE --out FILE.hostwise [--format rvtools|azure-migrate|csv]
         [--map COLUMN=FIELD]… [--mapping MAPPING.json] [--save-mapping MAPPING.json]
         [--group-by COLUMN | --label-by COLUMN] [--include-powered-off] [--json]

Reads an RVTools export (.xlsx: vInfo, and vCPU, vMemory, vDisk where vInfo lacks a size), an
Azure Migrate import CSV or any CSV of servers, and writes one profile per workload. Answers the
inventory supports are inferred (guest OS, CPU architecture, Fault Tolerance, latency sensitivity,
a hypervisor estate for RVTools); each profile's notes say from which column. Templates and
powered-off VMs are listed, not imported. Nothing is written when the file has a problem.

Options:
  --out FILE          The profile file to write (required)
  --format F          rvtools, azure-migrate or csv (default: from the extension and header)
  --map COLUMN=FIELD  (csv) Map a column to a field, over the mapping proposed from the header;
                      fields: ${mappingFields.join(', ')}
  --mapping FILE      (csv) A saved mapping: a JSON object of column → field
  --save-mapping FILE (csv) Save the mapping used, to reuse with --mapping
  --group-by COLUMN   One profile per value of the column (a folder, the annotation, a custom
                      attribute): one application's VMs become one profile
  --label-by COLUMN   One profile per server still, each in the portfolio group the column names
                      (a cluster, folder, datacenter or custom attribute): the profiles' "group"
  --include-powered-off  Import powered-off VMs too (templates never)
  --json              Print the report and each profile's inferred answers as JSON
  -h, --help          Show this help

Exit codes: 0 imported, 1 the file cannot be imported, 2 usage error.
`,
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action !== 'import') throw new UsageError(action === undefined ? 'inventory needs import.' : `Unknown inventory command "${action}"; use import.`, 'inventory');
    const args = parseCommandArgs('inventory', rest, {
      out: { type: 'string' },
      format: { type: 'string' },
      map: { type: 'string', multiple: true },
      mapping: { type: 'string' },
      'save-mapping': { type: 'string' },
      'group-by': { type: 'string' },
      'label-by': { type: 'string' },
      'include-powered-off': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const [path, ...extra] = args.positionals;
    const out = text(args, 'out');
    if (path === undefined || extra.length > 0 || out === undefined) throw new UsageError('inventory import needs one FILE and --out FILE.hostwise.', 'inventory');
    try {
      return await importFile(path, out, args, io);
    } catch (error) {
      if (!(error instanceof InventoryError)) throw error;
      io.stderr(describeFailure(path, { code: 'invalid-inventory', message: error.message }));
      return exitCodes.invalid;
    }
  },
};

async function importFile(path: string, out: string, args: ParsedArgs, io: CliIo): Promise<number> {
  const format = formatOption(text(args, 'format'));
  const mapping = { ...(await savedMapping(text(args, 'mapping'), io)), ...mapOptions(args) };
  const bytes = await readBytes(path, { ...io, readFile: (file) => readCapped(file, inventoryLimits.maxFileBytes + 1) });
  if (!bytes.ok) return failed(path, bytes.error.message, io);
  // Loaded on use: ExcelJS and the CSV parser stay out of the app's start-up and the other commands.
  const { readInventory } = await import('../inventory/read-inventory');
  const read = await readInventory(bytes.bytes, path, format);
  const result = importInventory(read.tables, read.notices, {
    format: read.format,
    mapping,
    groupBy: text(args, 'group-by') ?? null,
    labelBy: text(args, 'label-by') ?? null,
    includePoweredOff: flag(args, 'include-powered-off'),
    now: new Date().toISOString(),
  });
  if (!result.ok) return failed(path, result.error, io);
  if (result.profiles.length > fileLimits.maxProfiles) return failed(path, tooManyForAFile(result.profiles.length), io);
  await writeFile(out, serializeProfileFile(result.profiles));
  const saveTo = text(args, 'save-mapping');
  if (saveTo !== undefined && result.report.mapping) await writeFile(saveTo, `${JSON.stringify(result.report.mapping, null, 2)}\n`);
  io.stdout(flag(args, 'json') ? `${JSON.stringify({ report: result.report, workloads: result.workloads }, null, 2)}\n` : renderImport(result.report, result.workloads, out));
  return exitCodes.ok;
}

/** The library takes up to 10,000 in one import (the app's Import inventory…); a profile file holds fewer. */
function tooManyForAFile(count: number): string {
  return `${count.toLocaleString('en-US')} workloads; a profile file holds at most ${fileLimits.maxProfiles.toLocaleString('en-US')}: group them with --group-by, or import the inventory in the app.`;
}

function failed(path: string, message: string, io: CliIo): number {
  io.stderr(describeFailure(path, { code: 'invalid-inventory', message }));
  return exitCodes.invalid;
}

function formatOption(value: string | undefined): InventoryFormat | undefined {
  if (value === undefined) return undefined;
  const format = formats.find((candidate) => candidate === value);
  if (!format) throw new UsageError(`--format takes ${formats.join(', ')}, not "${value}".`, 'inventory');
  return format;
}

/** --map COLUMN=FIELD, split at the last "=" (a column name may hold one). */
function mapOptions(args: ParsedArgs): ColumnMapping {
  const values = args.values.map;
  const entries = (Array.isArray(values) ? values : []).map((value) => {
    const text = String(value);
    const at = text.lastIndexOf('=');
    const field = text.slice(at + 1);
    if (at <= 0 || !isMappingField(field)) throw new UsageError(`--map takes COLUMN=FIELD with a field among ${mappingFields.join(', ')}, not "${text}".`, 'inventory');
    return [text.slice(0, at), field] as const;
  });
  return Object.fromEntries(entries);
}

async function savedMapping(path: string | undefined, io: CliIo): Promise<ColumnMapping> {
  if (path === undefined) return {};
  const read = await readBytes(path, { ...io, readFile: (file) => readCapped(file, 1024 * 1024) });
  if (!read.ok) throw new InventoryError(`The mapping ${path}: ${read.error.message}`);
  try {
    return parseMapping(JSON.parse(new TextDecoder().decode(read.bytes)));
  } catch (error) {
    if (error instanceof InventoryError) throw error;
    throw new InventoryError(`The mapping ${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
