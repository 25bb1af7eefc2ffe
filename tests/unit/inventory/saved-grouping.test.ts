import { describe, expect, it } from 'vitest';
import { importInventory, savedGrouping, type ImportOptions, type Table } from '../../../shared/inventory';

const headers = ['VM', 'Powerstate', 'CPUs', 'Memory', 'OS according to the VMware Tools', 'Application', 'Cluster', 'VI SDK Server'];

/** An RVTools vInfo of rows [name, application, cluster]. */
const vInfo = (...rows: [string, string, string][]): Table => ({
  sheet: 'vInfo',
  headers,
  headerRow: 1,
  rows: rows.map(([name, application, cluster], index) => ({ row: index + 2, values: [name, 'poweredOn', '2', '4096', 'Ubuntu Linux (64-bit)', application, cluster, 'vc1'] })),
});

const estate = vInfo(['web-01', 'Shop', 'Prod'], ['web-02', 'Shop', 'Prod'], ['gl-01', 'Ledger', 'Prod'], ['tool-01', '', 'Ops']);
const columns = ['Application', 'Cluster'];

function imported(groupBy: string | null) {
  const result = importInventory([estate], [], { format: 'rvtools', groupBy, now: '2026-12-07T01:00:00.000Z' } satisfies ImportOptions);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** What a review of the estate under `groupBy` finds, with the workloads of `saved` in the library. */
function found(groupBy: string | null, saved: readonly string[]) {
  return savedGrouping(imported(groupBy).machines, 'rvtools', { groupBy }, columns, (id) => saved.includes(id));
}

const idsOf = (groupBy: string | null) => imported(groupBy).profiles.map(({ id }) => id);

describe('the grouping an estate is saved under', () => {
  it('is found when the estate is reviewed ungrouped after it was saved grouped by application', () => {
    expect(found(null, idsOf('Application'))).toEqual({ groupBy: 'Application', workloads: 2, servers: 3 });
  });

  it('is found when the estate is reviewed grouped after it was saved one workload per server; a server with no application does not count', () => {
    // tool-01 has no application: grouped or not, it is the same workload, which the review imports too.
    expect(found('application', idsOf(null))).toEqual({ groupBy: null, workloads: 3, servers: 3 });
  });

  it('is none when the library holds nothing of the estate, or only what the review imports itself', () => {
    expect(found(null, [])).toBeNull();
    expect(found('Application', idsOf('Application'))).toBeNull();
    expect(found(null, idsOf(null))).toBeNull();
  });

  it('is the grouping whose saved workloads hold the most servers, and none when the one under review holds more', () => {
    // The clusters (4 servers) outweigh the one application saved (Ledger, 1 server).
    expect(found(null, [...idsOf('Cluster'), idsOf('Application')[1]!])).toEqual({ groupBy: 'Cluster', workloads: 2, servers: 4 });
    // Saved grouped by application, and one of its servers also alone: grouped by application, nothing to follow.
    expect(found('Application', [...idsOf('Application'), idsOf(null)[0]!])).toBeNull();
  });
});
