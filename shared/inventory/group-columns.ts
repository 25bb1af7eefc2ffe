import { headerKey } from './columns';
import type { ColumnMapping, MappingField } from './mapping';
import type { Table } from './table';

/** RVTools' and Azure Migrate's own server-name, power-state and template columns: each server's, not a group's. */
const serverColumns = new Set(['vm', 'server name', 'powerstate', 'power state', 'template']);

/** A generic CSV's columns read as these fields say the same of each server. */
const serverFields: ReadonlySet<MappingField> = new Set(['name', 'power-state', 'template']);

/** Columns that name what servers share, offered first where the file has them (header keys, in this order). */
const likelyGroups = ['application', 'application name', 'app', 'service', 'business service', 'business unit', 'environment', 'folder', 'resource pool', 'cluster', 'datacenter', 'annotation', 'annotations', 'notes'];

/** Values read per column to judge it: a column's first rows show what it holds, and a preview stays quick on 200,000 rows. */
const sampledRows = 1_000;

const number = /^[-+]?[\d\s.,]*\d\s*%?$/;
const boolean = /^(true|false|yes|no)$/i;
const date = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?$/;

/**
 * The columns servers can be grouped (or labelled) by: text a few servers share, an application or a folder. Not
 * the server's name, power state or template flag, nor a column whose values are all numbers, booleans or dates
 * (grouping by memory merges unrelated servers), nor an empty one. Likely group columns first, then the file's order.
 */
export function groupColumns(table: Table, mapping: ColumnMapping | null): string[] {
  const rows = table.rows.slice(0, sampledRows);
  const seen = new Set<string>();
  const offered = table.headers.filter((header, index) => {
    if (headerKey(header) === '' || seen.has(header)) return false;
    seen.add(header);
    const values = rows.map((row) => (row.values[index] ?? '').trim()).filter((value) => value !== '');
    return !isServerColumn(header, mapping) && values.some((value) => !number.test(value) && !boolean.test(value) && !date.test(value));
  });
  const rank = (header: string) => {
    const at = likelyGroups.indexOf(headerKey(header));
    return at === -1 ? likelyGroups.length : at;
  };
  // A stable sort: within a rank, the file's order.
  return offered.sort((a, b) => rank(a) - rank(b));
}

function isServerColumn(header: string, mapping: ColumnMapping | null): boolean {
  const field = mapping !== null && Object.hasOwn(mapping, header) ? mapping[header] : undefined;
  return field === undefined ? serverColumns.has(headerKey(header)) : serverFields.has(field);
}
