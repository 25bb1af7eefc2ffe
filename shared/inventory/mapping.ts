import { headerKey } from './columns';
import { InventoryError } from './errors';

/** What a column of a generic CSV can mean. */
export const mappingFields = [
  'name',
  'power-state',
  'template',
  'cpus',
  'memory-mib',
  'memory-gib',
  'provisioned-mib',
  'in-use-mib',
  'os',
  'os-version',
  'architecture',
  'ha-restart-priority',
  'ft-state',
  'latency-sensitivity',
  'detail',
] as const;

export type MappingField = (typeof mappingFields)[number];

/** What each field is, as a person reads it. */
export const mappingFieldLabels: Record<MappingField, string> = {
  name: 'Server name',
  'power-state': 'Power state',
  template: 'Template (true/yes/1)',
  cpus: 'vCPUs',
  'memory-mib': 'Memory (MiB)',
  'memory-gib': 'Memory (GiB)',
  'provisioned-mib': 'Provisioned storage (MiB)',
  'in-use-mib': 'Storage in use (MiB)',
  os: 'Operating system',
  'os-version': 'OS version',
  architecture: 'CPU architecture',
  'ha-restart-priority': 'HA restart priority',
  'ft-state': 'Fault Tolerance state',
  'latency-sensitivity': 'Latency sensitivity',
  detail: 'Detail (kept in the notes)',
};

/** Column header (as written) → field. `detail` columns go into the notes and can be grouped by. */
export type ColumnMapping = Record<string, MappingField>;

/** Header keys that suggest a field, for the proposed mapping. */
const synonyms: Record<Exclude<MappingField, 'detail'>, string[]> = {
  name: ['name', 'vm', 'vm name', 'server', 'server name', 'hostname', 'host name', 'machine'],
  'power-state': ['power state', 'powerstate', 'state', 'status'],
  template: ['template', 'is template'],
  cpus: ['cpus', 'cpu', 'vcpus', 'vcpu', 'cores', 'cpu count'],
  'memory-mib': ['memory', 'memory mib', 'memory mb', 'memory (mib)', 'memory (mb)', 'memory (in mb)', 'ram', 'ram mb'],
  'memory-gib': ['memory gib', 'memory gb', 'memory (gib)', 'memory (gb)', 'ram gb'],
  'provisioned-mib': ['provisioned mib', 'provisioned mb', 'storage mib', 'disk mib', 'disk mb'],
  'in-use-mib': ['in use mib', 'in use mb', 'used mib', 'used mb'],
  os: ['os', 'os name', 'operating system', 'guest os'],
  'os-version': ['os version'],
  architecture: ['architecture', 'os architecture', 'arch', 'cpu architecture'],
  'ha-restart-priority': ['ha restart priority'],
  'ft-state': ['ft state'],
  'latency-sensitivity': ['latency sensitivity'],
};

/** The mapping proposed from the headers: each recognised header gets its field, every other header is a detail. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<MappingField>();
  const entries = headers
    .filter((header) => headerKey(header) !== '')
    .map((header) => {
      const field = (Object.keys(synonyms) as Exclude<MappingField, 'detail'>[]).find(
        (candidate) => !taken.has(candidate) && synonyms[candidate].includes(headerKey(header)),
      );
      if (field) taken.add(field);
      return [header, field ?? 'detail'] as const;
    });
  return Object.fromEntries(entries);
}

/** The proposal with the given choices on top; a column absent from the headers is refused. */
export function mappingWith(headers: readonly string[], choices: ColumnMapping): ColumnMapping {
  const byKey = new Map(headers.map((header) => [headerKey(header), header]));
  const mapping = proposeMapping(headers);
  for (const [column, field] of Object.entries(choices)) {
    const header = byKey.get(headerKey(column));
    if (header === undefined) throw new InventoryError(`The mapping names a column "${column}" that the file's header does not have.`);
    for (const [other, chosen] of Object.entries(mapping)) if (chosen === field && field !== 'detail') mapping[other] = 'detail';
    Object.defineProperty(mapping, header, { value: field, enumerable: true, writable: true, configurable: true });
  }
  return mapping;
}

/** The column a field is read from, or null when no column is mapped to it. */
export function columnOf(mapping: ColumnMapping, field: MappingField): string | null {
  return Object.keys(mapping).find((column) => mapping[column] === field) ?? null;
}

/**
 * The mapping with `field` read from `column` (null: from no column). The column's former field is then read from
 * none, and the field's former column becomes a detail: every field stays fed by one column at most.
 */
export function withColumnFor(mapping: ColumnMapping, field: Exclude<MappingField, 'detail'>, column: string | null): ColumnMapping {
  const entries = Object.entries(mapping).map(([header, chosen]) => [header, chosen === field ? 'detail' : chosen] as const);
  return Object.fromEntries(entries.map(([header, chosen]) => [header, header === column ? field : chosen]));
}

/** Whether two mappings read every column alike. */
export function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  const columns = Object.keys(a);
  return columns.length === Object.keys(b).length && columns.every((column) => Object.hasOwn(b, column) && b[column] === a[column]);
}

export function isMappingField(text: string): text is MappingField {
  return (mappingFields as readonly string[]).includes(text);
}

/** A saved mapping (a JSON object of column → field), checked: unknown fields are refused with their column. */
export function parseMapping(value: unknown): ColumnMapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InventoryError('A mapping is a JSON object of column → field.');
  const entries = Object.entries(value).map(([column, field]: [string, unknown]) => {
    if (typeof field !== 'string' || !isMappingField(field)) {
      throw new InventoryError(`The mapping gives column "${column}" the field ${JSON.stringify(field)}; the fields are ${mappingFields.join(', ')}.`);
    }
    return [column, field] as const;
  });
  return Object.fromEntries(entries);
}
