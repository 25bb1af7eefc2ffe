import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { headerKey } from './columns';
import type { Machine } from './machine';

/** Hostwise's namespace for imported workloads (a random UUID, fixed forever: changing it renames every workload). */
const workloadNamespace = hexToBytes('6f1c0e52b7a94d3e9a0c5d2f41e8b7a3');

/** What names one workload across imports of the same estate. */
export interface WorkloadKey {
  /** The inventory kind: 'rvtools', 'azure-migrate', 'csv'. */
  kind: string;
  /** The grouping column and its value, or null for a workload of one server. */
  groupBy: { column: string; value: string } | null;
  machines: readonly Machine[];
}

const vcenterColumn = headerKey('VI SDK Server');

/**
 * The profile id of an imported workload, a UUID v5 (RFC 9562) of its kind, its vCenters and its key: the same estate
 * imported again gives the same ids, so a refresh updates the saved workloads. The key is the grouping column (by its
 * header key) and value, else the server's name (lower-cased: the import refuses two names differing in case only).
 * A group spread over several vCenters is named by all of them, sorted.
 */
export function workloadId({ kind, groupBy, machines }: WorkloadKey): string {
  const vcenters = [...new Set(machines.map((machine) => machine.cells.get(vcenterColumn)?.toLowerCase() ?? '').filter((name) => name !== ''))].sort();
  const key = groupBy === null ? ['server', machines[0]?.name.toLowerCase() ?? ''] : ['group', headerKey(groupBy.column), groupBy.value];
  return uuidV5(JSON.stringify([kind, vcenters, ...key]));
}

function uuidV5(name: string): string {
  const bytes = sha1(new Uint8Array([...workloadNamespace, ...utf8ToBytes(name)])).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
