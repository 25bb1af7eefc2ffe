import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { columnOf, importInventory, proposeMapping, sameMapping, withColumnFor, type ImportOptions, type Table } from '../../../shared/inventory';
import { parseProfileFile, serializeProfileFile } from '../../../shared/profile-file';

const table = (sheet: string, headers: string[], ...rows: string[][]): Table => ({
  sheet,
  headers,
  headerRow: 1,
  rows: rows.map((values, index) => ({ row: index + 2, values })),
});

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({ format: 'rvtools', now: '2026-12-06T21:00:00.000Z', ...extra });

const imported = (tables: Table[], extra: Partial<ImportOptions> = {}) => {
  const result = importInventory(tables, [], options(extra));
  if (!result.ok) throw new Error(result.error);
  return result;
};

const failure = (tables: Table[], extra: Partial<ImportOptions> = {}) => {
  const result = importInventory(tables, [], options(extra));
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
};

describe('RVTools import', () => {
  it('reads vInfo by header name whatever the order, case and MB/MiB spelling of an older RVTools', () => {
    const old = table(
      'VINFO',
      ['memory', 'In Use MB', 'vm', 'POWERSTATE', 'Provisioned MB', 'cpus', 'OS according to the configuration file'],
      ['8192', '1,000', 'app-01', 'poweredOn', '2048', '4', 'Microsoft Windows Server 2008 R2 (64-bit)'],
    );
    const result = imported([old]);
    expect(result.report).toMatchObject({ source: 'RVTools', servers: 1, imported: 1 });
    const [profile] = result.profiles;
    expect(profile).toMatchObject({ name: 'app-01', catalogVersion: catalog.version, answers: { 'os-needs': 'windows-legacy', 'cpu-architecture': 'x86-64' } });
    expect(profile!.notes).toContain('CPUs: 4; memory MiB: 8,192; provisioned MiB: 2,048; in use MiB: 1,000');
    expect(profile!.provenance?.['os-needs']).toEqual({
      answer: 'windows-legacy',
      source: "VINFO 'OS according to the configuration file'",
      value: 'Microsoft Windows Server 2008 R2 (64-bit)',
    });
    expect(profile!.notes).not.toContain('Inferred:');
  });

  it('names the RVTools version from vMetaData, keeps custom attributes, and fills sizes from vCPU, vMemory and vDisk', () => {
    const vInfo = table('vInfo', ['VM', 'Powerstate', 'Annotation', 'Cost centre', 'App', 'Datacenter', 'Cluster'], ['db-01', 'poweredOn', 'primary DB', 'CC-42', 'billing', 'DC1', 'Gold']);
    const vCpu = table('vCPU', ['VM', 'CPUs'], ['db-01', '8']);
    const vMemory = table('vMemory', ['VM', 'Size MiB'], ['db-01', '65536']);
    const vDisk = table('vDisk', ['VM', 'Disk', 'Capacity MiB'], ['db-01', 'Hard disk 1', '102400'], ['db-01', 'Hard disk 2', '204800']);
    const meta = table('vMetaData', ['RVTools major version', 'RVTools version'], ['4', '4.6.1.0']);
    const { profiles, report } = imported([vInfo, vCpu, vMemory, vDisk, meta]);
    expect(report.source).toBe('RVTools 4.6.1.0');
    expect(profiles[0]!.notes).toContain('CPUs: 8; memory MiB: 65,536; provisioned MiB: 307,200; in use MiB: unknown');
    expect(profiles[0]!.notes.split('\n')).toEqual(expect.arrayContaining(['Annotation: primary DB', 'Cost centre: CC-42', 'App: billing', 'Datacenter: DC1', 'Cluster: Gold']));
  });

  it('infers only what the data supports, and Fault Tolerance and high latency sensitivity', () => {
    const headers = ['VM', 'Powerstate', 'OS according to the VMware Tools', 'OS according to the configuration file', 'FT State', 'HA Restart Priority', 'Latency Sensitivity'];
    const vInfo = table(
      'vInfo',
      headers,
      ['ft', 'poweredOn', 'Red Hat Enterprise Linux 8 (64-bit)', '', 'running', 'high', 'high'],
      ['new-win', 'poweredOn', 'Microsoft Windows Server 2022 (64-bit)', '', 'notConfigured', 'high', 'normal'],
      ['later', 'poweredOn', '', 'Microsoft Windows Server 2016 or later (64-bit)', '', '', ''],
      ['bsd', 'poweredOn', 'FreeBSD 13 (64-bit)', '', '', '', ''],
    );
    const { profiles } = imported([vInfo]);
    const answers = Object.fromEntries(profiles.map((profile) => [profile.name, profile.answers]));
    // What was read but not inferred from stays in the notes, for a person to judge.
    expect(profiles[1]!.notes.split('\n')).toEqual(expect.arrayContaining(['OS according to the VMware Tools: Microsoft Windows Server 2022 (64-bit)', 'HA Restart Priority: high']));
    expect(answers).toEqual({
      ft: { 'os-needs': 'linux', 'cpu-architecture': 'x86-64', availability: 'singleton-platform-ha', latency: 'low-latency' },
      'new-win': { 'cpu-architecture': 'x86-64' },
      later: { 'cpu-architecture': 'x86-64' },
      bsd: { 'os-needs': 'other-os', 'cpu-architecture': 'x86-64' },
    });
  });

  it('lists templates and powered-off VMs apart, imports powered-off ones on request, and skips rows without a name', () => {
    const vInfo = table(
      'vInfo',
      ['VM', 'Powerstate', 'Template'],
      ['on', 'poweredOn', 'False'],
      ['tpl', 'poweredOff', 'True'],
      ['off', 'poweredOff', 'False'],
      ['', '', ''],
      ['', 'poweredOn', 'False'],
    );
    const { report } = imported([vInfo]);
    expect(report).toMatchObject({
      servers: 3,
      imported: 1,
      templates: [{ name: 'tpl', sheet: 'vInfo', row: 3 }],
      poweredOff: [{ name: 'off', sheet: 'vInfo', row: 4 }],
      skipped: [{ sheet: 'vInfo', row: 6, reason: 'no VM name' }],
    });
    expect(imported([vInfo], { includePoweredOff: true }).profiles.map((profile) => profile.name)).toEqual(['on', 'off']);
  });

  it('groups VMs into applications by a column: sums, the servers listed, conflicting inferences left open', () => {
    const vInfo = table(
      'vInfo',
      ['VM', 'Powerstate', 'CPUs', 'Memory', 'OS according to the VMware Tools', 'Annotation', 'Application', 'Datacenter'],
      ['shop-web', 'poweredOn', '2', '4096', 'Ubuntu 22.04', '', 'Shop', 'DC1'],
      ['shop-db', 'poweredOn', '8', '32768', 'Microsoft Windows Server 2012 R2 (64-bit)', '', 'shop', 'DC1'],
      ['erp-01', 'poweredOn', '4', '8192', 'Microsoft Windows Server 2008 (64-bit)', '', 'ERP', 'DC1'],
      ['loner', 'poweredOn', '1', '1024', 'Ubuntu 22.04', '', '', 'DC1'],
    );
    const { profiles, workloads } = imported([vInfo], { groupBy: 'application' });
    expect(profiles.map((profile) => profile.name)).toEqual(['Shop', 'shop', 'ERP', 'loner']);
    const byCase = imported([table('vInfo', vInfo.headers, ...vInfo.rows.map((row) => row.values.map((value) => (value === 'shop' ? 'Shop' : value))))], { groupBy: 'Application' });
    const shop = byCase.profiles[0]!;
    expect(shop.name).toBe('Shop');
    // "Ubuntu 22.04" names no architecture: not every server supports x86-64, so the group's stays open too.
    expect(shop.answers).toEqual({});
    expect(shop.notes).toContain('Not inferred: os-needs (the servers disagree: linux, windows-legacy)');
    expect(shop.notes).toContain('Not inferred: cpu-architecture (the servers disagree: x86-64, no answer from 1)');
    expect(shop.notes).toContain('CPUs: 10; memory MiB: 36,864');
    expect(shop.notes).toContain('Servers (2): shop-web, shop-db');
    expect(byCase.workloads[0]!.conflicts).toEqual([
      { questionId: 'os-needs', answers: ['linux', 'windows-legacy'], unanswered: 0 },
      { questionId: 'cpu-architecture', answers: ['x86-64'], unanswered: 1 },
    ]);
    expect(workloads).toHaveLength(4);
    expect(failure([vInfo], { groupBy: 'Business unit' })).toBe('--group-by "Business unit": the inventory has no such column.');
  });

  it('infers what an application needs from every server: one Linux VM among Windows Server 2022 ones leaves the OS open; one Fault Tolerant VM gives it platform HA', () => {
    const vInfo = table(
      'vInfo',
      ['VM', 'Powerstate', 'CPUs', 'Memory', 'OS according to the VMware Tools', 'FT State', 'Application'],
      ...Array.from({ length: 13 }, (_, n) => [`crm-${n}`, 'poweredOn', '4', '8192', 'Microsoft Windows Server 2022 (64-bit)', 'notConfigured', 'CRM']),
      ['crm-tools', 'poweredOn', '2', '4096', 'Ubuntu Linux (64-bit)', 'running', 'CRM'],
      ['hr-1', 'poweredOn', '2', '4096', 'Red Hat Enterprise Linux 9 (64-bit)', 'notConfigured', 'HR'],
      ['hr-2', 'poweredOn', '2', '4096', 'Ubuntu Linux (64-bit)', 'notConfigured', 'HR'],
    );
    const { profiles, workloads } = imported([vInfo], { groupBy: 'Application' });
    const [crm, hr] = profiles;
    expect(crm!.answers).toEqual({ 'cpu-architecture': 'x86-64', availability: 'singleton-platform-ha' });
    expect(workloads[0]!.conflicts).toEqual([{ questionId: 'os-needs', answers: ['linux'], unanswered: 13 }]);
    expect(crm!.notes).toContain('Not inferred: os-needs (the servers disagree: linux, no answer from 13)');
    expect(hr!.answers).toEqual({ 'os-needs': 'linux', 'cpu-architecture': 'x86-64' });
  });

  it('refuses a workbook without vInfo, a header without VM, duplicate names and unreadable numbers, naming sheet, row and column', () => {
    expect(failure([table('Sheet1', ['a'])])).toBe('The workbook has no vInfo sheet (it has: Sheet1); is it an RVTools export?');
    expect(failure([table('vInfo', ['Name', 'Powerstate'])])).toBe("vInfo row 1: the header lacks 'VM'.");
    expect(failure([table('vInfo', ['VM', 'Powerstate'], ['a', 'poweredOn'], ['b', 'poweredOn'], ['A', 'poweredOff'])])).toBe('vInfo rows 2 and 4: two servers are named "A".');
    expect(failure([table('vInfo', ['VM', 'Powerstate', 'CPUs'], ['a', 'poweredOn', '=2+2'])])).toBe(`vInfo row 2, column C ('CPUs'): "=2+2" is not a number.`);
  });

  it('writes profiles the profile file accepts against the catalogue', () => {
    const vInfo = table('vInfo', ['VM', 'Powerstate', 'OS according to the VMware Tools', 'FT State', 'Latency Sensitivity', 'Annotation'], ['a'.repeat(300), 'poweredOn', 'SUSE Linux Enterprise 15 (64-bit)', 'running', 'high', 'x'.repeat(20_000)]);
    const { profiles } = imported([vInfo]);
    const parsed = parseProfileFile(new TextEncoder().encode(serializeProfileFile(profiles)), { catalog });
    expect(parsed.ok).toBe(true);
    expect(profiles[0]!.name).toHaveLength(200);
    expect(profiles[0]!.notes.length).toBeLessThanOrEqual(10_000);
    expect(profiles[0]!.notes.endsWith('…')).toBe(true);
  });
});

describe('Azure Migrate and generic CSV import', () => {
  const azureHeaders = ['*Server name', 'IP addresses', '*Cores', '*Memory (In MB)', '*OS name', 'OS version', 'OS architecture', 'Number of disks', 'Disk 1 size (In GB)', 'Disk 2 size (In GB)'];

  it("reads Azure Migrate's template: mandatory columns, OS name and version, architecture, disks summed", () => {
    const csv = table('servers.csv', azureHeaders, ['erp', '10.0.0.5', '4', '16384', 'Windows Server 2012 R2', '6.3', 'x64', '2', '100', '50'], ['arm-box', '', '2', '2048', 'Ubuntu', '22.04', 'ARM64', '', '', '']);
    const { profiles, report } = imported([csv], { format: 'azure-migrate' });
    expect(report.source).toBe('an Azure Migrate import CSV');
    expect(profiles.map((profile) => profile.answers)).toEqual([
      { 'os-needs': 'windows-legacy', 'cpu-architecture': 'x86-64' },
      { 'os-needs': 'linux', 'cpu-architecture': 'arm64' },
    ]);
    expect(profiles[0]!.notes).toContain('CPUs: 4; memory MiB: 16,384; provisioned MiB: 153,600');
    expect(profiles[0]!.provenance?.['os-needs']).toMatchObject({ source: "servers.csv '*OS name' and servers.csv 'OS version'", value: 'Windows Server 2012 R2 6.3' });
    expect(failure([table('servers.csv', ['*Server name', '*Cores'])], { format: 'azure-migrate' })).toBe("servers.csv row 1: the header lacks '*Memory (In MB)', '*OS name'.");
  });

  it('proposes a mapping from the headers, takes choices on top, and refuses a column the file lacks', () => {
    const headers = ['Hostname', 'vCPUs', 'RAM GB', 'Guest OS', 'Team', 'Site'];
    expect(proposeMapping(headers)).toEqual({ Hostname: 'name', vCPUs: 'cpus', 'RAM GB': 'memory-gib', 'Guest OS': 'os', Team: 'detail', Site: 'detail' });
    const csv = table('servers.csv', headers, ['a', '2', '4', 'Debian 12', 'payments', 'Paris'], ['b', '4', '8', 'Debian 12', 'payments', 'Lyon']);
    const result = imported([csv], { format: 'csv', mapping: { site: 'name', Hostname: 'detail' }, groupBy: 'team' });
    expect(result.report.mapping).toMatchObject({ Site: 'name', Hostname: 'detail' });
    expect(result.profiles).toHaveLength(1);
    expect(result.profiles[0]).toMatchObject({ name: 'payments', answers: { 'os-needs': 'linux' } });
    expect(result.profiles[0]!.notes).toContain('Servers (2): Paris, Lyon');
    expect(result.profiles[0]!.notes).toContain('CPUs: 6; memory MiB: 12,288');
    expect(result.profiles[0]!.notes).toContain('Paris Guest OS: Debian 12');
    expect(failure([csv], { format: 'csv', mapping: { Rack: 'name' } })).toBe('The mapping names a column "Rack" that the file\'s header does not have.');
    expect(failure([csv], { format: 'csv', mapping: { Hostname: 'detail' } })).toBe('servers.csv row 1: no column is mapped to the field "name".');
  });

  it('moves a field to another column, or to none, keeping every field fed by one column at most', () => {
    const proposed = proposeMapping(['Hostname', 'Kerne', 'CPU', 'Site']);
    expect(proposed).toEqual({ Hostname: 'name', Kerne: 'detail', CPU: 'cpus', Site: 'detail' });
    const moved = withColumnFor(proposed, 'cpus', 'Kerne');
    expect(moved).toEqual({ Hostname: 'name', Kerne: 'cpus', CPU: 'detail', Site: 'detail' });
    expect(columnOf(moved, 'cpus')).toBe('Kerne');
    // The name taken from a column that fed the CPUs: the CPUs are then read from no column.
    expect(withColumnFor(moved, 'name', 'Kerne')).toEqual({ Hostname: 'detail', Kerne: 'name', CPU: 'detail', Site: 'detail' });
    expect(columnOf(withColumnFor(moved, 'cpus', null), 'cpus')).toBeNull();
    expect(sameMapping(moved, { Site: 'detail', CPU: 'detail', Kerne: 'cpus', Hostname: 'name' })).toBe(true);
    expect(sameMapping(moved, proposed)).toBe(false);
    expect(sameMapping(moved, { ...moved, Rack: 'detail' })).toBe(false);
  });
});

describe('workloads and their portfolio group', () => {
  const vInfo = table(
    'vInfo',
    ['VM', 'Powerstate', 'Cluster', 'Application'],
    ['web-01', 'poweredOn', 'Prod-A', 'Shop'],
    ['web-02', 'poweredOn', 'Prod-B', 'Shop'],
    ['tools', 'poweredOn', '', ''],
  );

  it('labels each server with its value of a column, one profile a server; an empty value leaves it without a group', () => {
    const { profiles, workloads } = imported([vInfo], { labelBy: 'cluster' });
    expect(profiles.map((profile) => [profile.name, profile.group])).toEqual([
      ['web-01', 'Prod-A'],
      ['web-02', 'Prod-B'],
      ['tools', undefined],
    ]);
    expect(workloads.map((workload) => workload.servers)).toEqual([['web-01'], ['web-02'], ['tools']]);
  });

  it('gives a merged application its own name as its group, and takes one way of grouping at a time', () => {
    expect(imported([vInfo], { groupBy: 'Application' }).profiles.map((profile) => [profile.name, profile.group])).toEqual([
      ['Shop', 'Shop'],
      ['tools', undefined],
    ]);
    expect(failure([vInfo], { groupBy: 'Application', labelBy: 'Cluster' })).toBe('--group-by and --label-by: choose one (a merged application is its own group).');
    expect(failure([vInfo], { labelBy: 'Rack' })).toBe('--label-by "Rack": the inventory has no such column.');
  });

  it('makes as many workloads as servers: the limit of a profile file (1,000) is its writer\'s to apply, not the import\'s', () => {
    const many = table('vInfo', ['VM', 'Powerstate'], ...Array.from({ length: 1_500 }, (_, index) => [`vm-${index}`, 'poweredOn']));
    expect(imported([many]).profiles).toHaveLength(1_500);
  });
});
