import { describe, expect, it } from 'vitest';
import { groupColumns, proposeMapping, type Table } from '../../../shared/inventory';

const table = (headers: string[], ...rows: string[][]): Table => ({ sheet: 'vInfo', headers, headerRow: 1, rows: rows.map((values, index) => ({ row: index + 2, values })) });

describe('the columns offered to group by', () => {
  it('leaves out an RVTools export’s name, power state, template and every numeric, boolean, date or empty column', () => {
    const vInfo = table(
      ['VM', 'Powerstate', 'Template', 'CPUs', 'Memory', 'Provisioned MiB', 'Creation date', 'HA enabled', 'DNS Name', 'Cluster', 'Folder', 'Annotation', 'Owner', 'Empty'],
      ['web-01', 'poweredOn', 'False', '4', '8,192', '40960.5', '2024-03-01T10:00:00.000Z', 'true', 'web-01.corp', 'prod', 'Shop', 'owned by ops', 'Jane', ''],
      ['db-01', 'poweredOff', 'False', '8', '16384', '81920', '2024-03-02', 'false', 'db-01.corp', 'prod', 'Shop', '', 'Joe', ''],
    );
    // Likely group columns first (a folder before a cluster, then annotations), then the file's order.
    expect(groupColumns(vInfo, null)).toEqual(['Folder', 'Cluster', 'Annotation', 'DNS Name', 'Owner']);
  });

  it('puts an Application column first, and keeps a text column that holds a number in some rows', () => {
    const csv = table(['Hostname', 'Rack', 'Application'], ['a', '12', 'Shop'], ['b', 'R-7', 'Shop']);
    expect(groupColumns(csv, proposeMapping(csv.headers))).toEqual(['Application', 'Rack']);
  });

  it('leaves out a generic CSV’s columns mapped to the name, power state or template, whatever their header', () => {
    const csv = table(['Rechnername', 'Zustand', 'Vorlage', 'Abteilung'], ['a', 'an', 'nein', 'IT'], ['b', 'aus', 'nein', 'HR']);
    expect(groupColumns(csv, { Rechnername: 'name', Zustand: 'power-state', Vorlage: 'template', Abteilung: 'detail' })).toEqual(['Abteilung']);
    // Until the user maps them, they are details like any other.
    expect(groupColumns(csv, proposeMapping(csv.headers))).toEqual(['Rechnername', 'Zustand', 'Vorlage', 'Abteilung']);
  });
});
