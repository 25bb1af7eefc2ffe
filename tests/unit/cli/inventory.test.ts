import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { parseProfileFile } from '../../../shared/profile-file';
import { vInfoHeaders, vm, vMetaData, workbook, zipOf } from '../inventory/workbooks';
import { hostwise, tempFolder, writeTemp } from './support';

const profilesIn = (path: string) => {
  const parsed = parseProfileFile(readFileSync(path), { catalog });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.profiles;
};

describe('hostwise inventory import', () => {
  it('imports an RVTools workbook into one profile file and prints the counts', async () => {
    const bytes = await workbook(
      {
        name: 'vInfo',
        headers: vInfoHeaders,
        rows: [
          vm('web-01', { Annotation: { formula: "cmd|' /C calc'!A0", result: '=HYPERLINK("http://evil")' } }),
          vm('db-01', { 'OS according to the VMware Tools': 'Microsoft Windows Server 2012 R2 (64-bit)', 'FT State': 'running' }),
          vm('golden-image', { Template: true, Powerstate: 'poweredOff' }),
          vm('old-app', { Powerstate: 'poweredOff' }),
          [],
        ],
      },
      { name: 'vCPU', headers: ['VM', 'CPUs'], rows: [['web-01', 2]] },
      vMetaData('4.4.2.0'),
    );
    const out = join(tempFolder(), 'estate.hostwise');
    const run = await hostwise('inventory', 'import', writeTemp('export.xlsx', bytes), '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported 2 workloads from RVTools 4.4.2.0 (4 servers) into ${out}\n`);
    expect(run.stdout).toContain('  templates, not imported: 1\n      golden-image (vInfo row 4)\n');
    expect(run.stdout).toContain('  powered off: 1\n      old-app (vInfo row 5)\n');
    expect(run.stdout).toContain('  skipped: 0\n');
    expect(run.stdout).toContain('  cells read with care: 1\n      vInfo row 2, column J: a formula: its cached value is used, it is never evaluated\n');
    const profiles = profilesIn(out);
    expect(profiles.map((profile) => profile.name)).toEqual(['web-01', 'db-01']);
    expect(profiles[1]!.answers).toMatchObject({ 'os-needs': 'windows-legacy', availability: 'singleton-platform-ha' });
    expect(profiles[0]!.notes).toContain('Annotation: =HYPERLINK("http://evil")');
  });

  it('imports powered-off VMs with --include-powered-off, groups by a custom attribute, prints JSON with the inferences', async () => {
    const bytes = await workbook({
      name: 'vInfo',
      headers: vInfoHeaders,
      rows: [vm('shop-web', { Application: 'Shop' }), vm('shop-db', { Application: 'Shop', Powerstate: 'poweredOff', CPUs: 8 }), vm('erp', { Application: 'ERP' })],
    });
    const out = join(tempFolder(), 'apps.hostwise');
    const run = await hostwise('inventory', 'import', writeTemp('export.xlsx', bytes), '--out', out, '--group-by', 'Application', '--include-powered-off', '--json');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { report: { imported: number; poweredOff: unknown[] }; workloads: { name: string; servers: string[]; inferred: { questionId: string; source: string }[] }[] };
    expect(printed.report).toMatchObject({ imported: 2, poweredOff: [{ name: 'shop-db' }] });
    expect(printed.workloads[0]).toMatchObject({ name: 'Shop', servers: ['shop-web', 'shop-db'] });
    expect(printed.workloads[0]!.inferred).toContainEqual({ questionId: 'os-needs', answerId: 'linux', source: "vInfo 'OS according to the VMware Tools'", value: 'Ubuntu 22.04.3 LTS' });
    expect(profilesIn(out)[0]!.notes).toContain('CPUs: 10; memory MiB: 8,192');
  });

  it('refuses bad workbooks with the place of the problem, writing nothing', async () => {
    const folder = tempFolder();
    const out = join(folder, 'never.hostwise');
    const cases: [string, Uint8Array, RegExp][] = [
      ['no-vinfo.xlsx', await workbook({ name: 'Sheet1', headers: ['a'], rows: [] }), /: invalid-inventory: The workbook has no vInfo sheet \(it has: Sheet1\)/],
      ['duplicates.xlsx', await workbook({ name: 'vInfo', headers: vInfoHeaders, rows: [vm('a'), vm('b'), vm('a')] }), /: invalid-inventory: vInfo rows 2 and 4: two servers are named "a"\./],
      ['no-header.xlsx', await workbook({ name: 'vInfo', headers: ['Name', 'Powerstate'], rows: [] }), /vInfo row 1: the header lacks 'VM'\./],
      ['bomb.xlsx', zipOf({ 'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024) }), /a zip bomb\?/],
      ['laughs.xlsx', zipOf({ '[Content_Types].xml': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Types/>' }), /declares a DTD/],
      ['notes.xlsx', new TextEncoder().encode('just text'), /invalid-inventory/],
    ];
    for (const [name, bytes, message] of cases) {
      const run = await hostwise('inventory', 'import', writeTemp(name, bytes), '--out', out, '--format', 'rvtools');
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).toMatch(message);
      expect(run.stdout, name).toBe('');
    }
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  });

  it('detects an Azure Migrate CSV by its header', async () => {
    const csv = '*Server name,IP addresses,*Cores,*Memory (In MB),*OS name,OS version,OS architecture\r\nerp,10.0.0.5,4,16384,Windows Server 2008 R2,6.1,x64\r\nweb,10.0.0.6,2,4096,Ubuntu,22.04,x64\r\n';
    const out = join(tempFolder(), 'azure.hostwise');
    const run = await hostwise('inventory', 'import', writeTemp('import.csv', csv), '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported 2 workloads from an Azure Migrate import CSV (2 servers)');
    expect(profilesIn(out).map((profile) => profile.answers['os-needs'])).toEqual(['windows-legacy', 'linux']);
  });

  it('imports a generic CSV with --map, saves the mapping and reuses it', async () => {
    const folder = tempFolder();
    const csv = writeTemp('servers.csv', 'Asset,Host name,Cores,OS family\r\nA-1,pay-01,2,Debian 12\r\nA-2,pay-02,4,Debian 12\r\n');
    const mapping = join(folder, 'mapping.json');
    const first = await hostwise('inventory', 'import', csv, '--out', join(folder, 'one.hostwise'), '--map', 'Host name=name', '--map', 'OS family=os', '--save-mapping', mapping);
    expect(first.code).toBe(0);
    expect(JSON.parse(readFileSync(mapping, 'utf8'))).toEqual({ Asset: 'detail', 'Host name': 'name', Cores: 'cpus', 'OS family': 'os' });
    const again = await hostwise('inventory', 'import', csv, '--out', join(folder, 'two.hostwise'), '--mapping', mapping);
    expect(again.code).toBe(0);
    expect(profilesIn(join(folder, 'two.hostwise')).map((profile) => [profile.name, profile.answers])).toEqual([
      ['pay-01', { 'os-needs': 'linux' }],
      ['pay-02', { 'os-needs': 'linux' }],
    ]);
    writeFileSync(mapping, '{"Host name":"hostname"}');
    const bad = await hostwise('inventory', 'import', csv, '--out', join(folder, 'three.hostwise'), '--mapping', mapping);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/The mapping gives column "Host name" the field "hostname"; the fields are name, /);
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await hostwise('inventory', 'import', 'x.xlsx')).code).toBe(2);
    expect((await hostwise('inventory', 'export')).stderr).toContain('Unknown inventory command "export"; use import.');
    expect((await hostwise('inventory', 'import', 'x.csv', '--out', 'y', '--map', 'Host=hostname')).stderr).toContain('--map takes COLUMN=FIELD');
    expect((await hostwise('inventory', 'import', 'x.csv', '--out', 'y', '--format', 'xls')).code).toBe(2);
  });

  it('labels each server with a column\'s value as its portfolio group with --label-by, documented in --help', async () => {
    const folder = tempFolder();
    const csv = writeTemp('servers.csv', 'Hostname,Cluster,OS\r\nweb-01,Prod-A,Ubuntu 22.04\r\nweb-02,Prod-B,Ubuntu 22.04\r\n');
    const out = join(folder, 'labelled.hostwise');
    const run = await hostwise('inventory', 'import', csv, '--out', out, '--label-by', 'Cluster');
    expect(run.code).toBe(0);
    expect(profilesIn(out).map((profile) => [profile.name, profile.group])).toEqual([
      ['web-01', 'Prod-A'],
      ['web-02', 'Prod-B'],
    ]);
    const both = await hostwise('inventory', 'import', csv, '--out', out, '--label-by', 'Cluster', '--group-by', 'OS');
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--group-by and --label-by: choose one');
    expect((await hostwise('inventory', '--help')).stdout).toContain('--label-by COLUMN');
  });

  it('refuses to write more workloads than a profile file holds (5,000 servers ungrouped), naming the way out', async () => {
    const folder = tempFolder();
    const rows = Array.from({ length: 5_000 }, (_, index) => `vm-${index},Prod-${index % 8}`);
    const csv = writeTemp('estate.csv', ['Hostname,Cluster', ...rows].join('\n'));
    const out = join(folder, 'estate.hostwise');
    const run = await hostwise('inventory', 'import', csv, '--out', out, '--label-by', 'Cluster');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('invalid-inventory: 5,000 workloads; a profile file holds at most 1,000: group them with --group-by, or import the inventory in the app.');
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
    const grouped = await hostwise('inventory', 'import', csv, '--out', out, '--group-by', 'Cluster');
    expect(grouped.code).toBe(0);
    expect(profilesIn(out)).toHaveLength(8);
  });
});
