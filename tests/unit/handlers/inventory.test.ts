import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFiles } from '../../../electron/files';
import { createHandlers } from '../../../electron/handlers';
import type { InventoryOptions, InventoryPreview, InventoryPreviewed } from '../../../shared/api';
import { vInfoHeaders, vm, vMetaData, workbook } from '../inventory/workbooks';
import { base64, examples, snapshot, startApp, tempDir, type App } from './support';

const defaults: InventoryOptions = { format: 'auto', groupBy: null, includePoweredOff: false };

/** An RVTools export of five servers: three running (two of one application), a template and one powered off. */
const estate = () =>
  workbook(
    {
      name: 'vInfo',
      headers: vInfoHeaders,
      rows: [
        vm('web-01', { Application: 'Shop', 'OS according to the VMware Tools': 'Microsoft Windows Server 2012 R2 (64-bit)' }),
        vm('web-02', { Application: 'Shop', CPUs: { formula: 'A1*1000', result: 4 } }),
        vm('db-01', { Application: 'Ledger', 'FT State': 'running' }),
        vm('golden-image', { Template: true }),
        vm('old-ftp', { Powerstate: 'poweredOff' }),
      ],
    },
    vMetaData('4.4.2.0'),
  );

const dropped = (name: string, bytes: Uint8Array | string, options: Partial<InventoryOptions> = {}) => ({
  from: { source: 'file' as const, name, base64: base64(bytes) },
  ...defaults,
  ...options,
});

function previewed(preview: InventoryPreview): InventoryPreviewed {
  if (preview.status !== 'previewed') throw new Error(`Not previewed: ${JSON.stringify(preview)}`);
  return preview;
}

async function preview(app: App, name: string, bytes: Uint8Array | string, options: Partial<InventoryOptions> = {}) {
  return app.value('inventory.preview', dropped(name, bytes, options));
}

describe('inventory.preview', () => {
  it('counts an RVTools export: one workload per VM, templates and powered-off VMs listed apart, formulas noticed', async () => {
    const app = await startApp();
    const { report, workloads, columns, name, savedMapping } = previewed(await preview(app, 'rvtools.xlsx', await estate()));

    expect(name).toBe('rvtools.xlsx');
    expect(report).toMatchObject({ servers: 5, imported: 3, templates: [{ name: 'golden-image', sheet: 'vInfo', row: 5 }], poweredOff: [{ name: 'old-ftp', sheet: 'vInfo', row: 6 }] });
    expect(report.notices).toEqual([{ sheet: 'vInfo', row: 3, column: 'D', message: expect.stringContaining('formula') }]);
    expect(workloads.map((workload) => workload.name)).toEqual(['web-01', 'web-02', 'db-01']);
    expect(workloads[0]!.inferred).toContainEqual({
      questionId: 'os-needs',
      answerId: 'windows-legacy',
      source: "vInfo 'OS according to the VMware Tools'",
      value: 'Microsoft Windows Server 2012 R2 (64-bit)',
    });
    expect(columns.map((column) => column.name)).toEqual(vInfoHeaders);
    expect(columns.find((column) => column.name === 'Application')).toEqual({ name: 'Application', sample: 'Shop' });
    expect(report.mapping).toBeNull();
    expect(savedMapping).toBeNull();
    expect(await app.value('profiles.list', null)).toEqual([]);
  });

  it('groups again by a chosen column and imports powered-off VMs on request, from the file read once', async () => {
    const app = await startApp();
    const first = previewed(await preview(app, 'rvtools.xlsx', await estate()));
    const again = previewed(await app.value('inventory.preview', { ...defaults, from: { source: 'previewed', token: first.token }, groupBy: 'Application', includePoweredOff: true }));

    expect(again.workloads.map((workload) => [workload.name, workload.servers])).toEqual([
      ['Shop', ['web-01', 'web-02']],
      ['Ledger', ['db-01']],
      ['old-ftp', ['old-ftp']],
    ]);
    expect(again.report.poweredOff.map((server) => server.name)).toEqual(['old-ftp']);
    // The earlier preview is no longer the one under review.
    expect((await app.failure('inventory.apply', { token: first.token })).code).toBe('invalid-argument');
  });

  it('reads the file chosen in the open dialog, and nothing when it is cancelled', async () => {
    const app = await startApp();
    const path = join(await tempDir(), 'servers.csv');
    await writeFile(path, 'Hostname,vCPUs,RAM GB,OS\napp-01,4,16,Red Hat Enterprise Linux 9\n');
    app.dialogs.answerOpen([path]);
    app.dialogs.answerOpen([]);

    const chosen = previewed(await app.value('inventory.preview', { ...defaults, from: { source: 'dialog' } }));
    expect(app.dialogs.asked).toEqual(['Import inventory']);
    expect(chosen).toMatchObject({ name: 'servers.csv', report: { imported: 1 }, workloads: [{ name: 'app-01' }] });
    expect(await app.value('inventory.preview', { ...defaults, from: { source: 'dialog' } })).toEqual({ status: 'cancelled' });
  });

  it.each([
    ['a workbook without vInfo', () => workbook({ name: 'Sheet1', headers: ['VM'], rows: [['a']] }), /vInfo/],
    ['an unreadable number', () => workbook({ name: 'vInfo', headers: vInfoHeaders, rows: [vm('a', { Memory: 'lots' })] }), /vInfo row 2, column E \('Memory'\)/],
    ['a file that is no workbook', async () => new TextEncoder().encode('not a zip'), /./],
  ])('refuses %s with a message that says where, and saves nothing', async (_what, bytes, where) => {
    const app = await startApp();
    const before = await snapshot(app.dataDir);
    const result = await preview(app, 'bad.xlsx', await bytes());

    expect(result).toMatchObject({ status: 'refused', name: 'bad.xlsx', error: { code: 'invalid-inventory' } });
    expect(result.status === 'refused' && result.error.message).toMatch(where);
    expect(await snapshot(app.dataDir)).toEqual(before);
  });
});

describe('inventory.apply', () => {
  it('saves the previewed workloads as profiles, with the provenance of their inferred answers', async () => {
    const app = await startApp();
    const { token, workloads } = previewed(await preview(app, 'rvtools.xlsx', await estate()));
    const summary = await app.value('inventory.apply', { token });

    expect(summary.added.map((entry) => entry.name)).toEqual(['web-01', 'web-02', 'db-01']);
    expect(summary.added.map((entry) => entry.id)).toEqual(workloads.map((workload) => workload.profileId));
    expect((await app.value('profiles.list', null)).map((profile) => profile.name).sort()).toEqual(['db-01', 'web-01', 'web-02']);
    const saved = await app.value('profiles.get', { id: workloads[0]!.profileId });
    expect(saved.answers['os-needs']).toBe('windows-legacy');
    expect(saved.provenance?.['os-needs']).toMatchObject({ answer: 'windows-legacy', source: "vInfo 'OS according to the VMware Tools'" });
    // A token applies once.
    expect((await app.failure('inventory.apply', { token })).code).toBe('invalid-argument');
  });

  it('applies a preview made by another set of handlers over the same library, as the browser mode makes one a request', async () => {
    const app = await startApp();
    const { token } = previewed(await preview(app, 'rvtools.xlsx', await estate()));
    const ports = { store: app.store, rules: app.rules, storeStatus: { readOnly: false, notice: null, dataFolder: app.dataDir }, dialogs: app.dialogs, files: nodeFiles, printer: app.printer, newId: randomUUID };
    const outcome = await createHandlers(ports)['inventory.apply']({ token });
    expect(outcome).toMatchObject({ ok: true, value: { added: [{ name: 'web-01' }, { name: 'web-02' }, { name: 'db-01' }] } });
  });
});

describe('the same estate imported again', () => {
  const names = (entries: { name: string }[]) => entries.map((entry) => entry.name);

  it('changes nothing that is already saved: every workload already present, the library as it was', async () => {
    const app = await startApp();
    await app.value('inventory.apply', { token: previewed(await preview(app, 'rvtools.xlsx', await estate())).token });
    const before = await snapshot(app.dataDir);
    const again = previewed(await preview(app, 'rvtools.xlsx', await estate()));

    expect(again.workloads.map((workload) => workload.status)).toEqual(['same', 'same', 'same']);
    expect(await app.value('inventory.apply', { token: again.token })).toEqual({ added: [], replaced: [], updated: [], skipped: [], alreadyPresent: names(again.workloads).map((name, index) => ({ id: again.workloads[index]!.profileId, name })) });
    expect(await snapshot(app.dataDir)).toEqual(before);
  });

  it('updates the saved workloads from the new export, keeping a person\'s answer and notes; a new server is added, a trashed one comes back new', async () => {
    const app = await startApp();
    const first = previewed(await preview(app, 'rvtools.xlsx', await estate()));
    await app.value('inventory.apply', { token: first.token });
    const [web01, web02] = first.workloads.map((workload) => workload.profileId);
    const saved = await app.value('profiles.get', { id: web01! });
    await app.value('profiles.save', { profile: { ...saved, answers: { ...saved.answers, 'os-needs': 'linux' }, notes: `Owner: the shop team\n${saved.notes}` } });
    await app.value('profiles.delete', { ids: [web02!] });

    const nextMonth = workbook(
      {
        name: 'vInfo',
        headers: vInfoHeaders,
        rows: [
          vm('web-01', { Application: 'Shop', Memory: 8192, 'OS according to the VMware Tools': 'Microsoft Windows Server 2012 R2 (64-bit)' }),
          vm('web-02', { Application: 'Shop', CPUs: { formula: 'A1*1000', result: 4 } }),
          vm('db-01', { Application: 'Ledger', 'FT State': 'running' }),
          vm('app-09'),
        ],
      },
      vMetaData('4.4.2.0'),
    );
    const again = previewed(await preview(app, 'rvtools.xlsx', await nextMonth));
    expect(again.workloads.map((workload) => [workload.name, workload.status])).toEqual([['web-01', 'update'], ['web-02', 'new'], ['db-01', 'same'], ['app-09', 'new']]);
    const summary = await app.value('inventory.apply', { token: again.token });

    expect(summary).toMatchObject({ replaced: [], skipped: [] });
    expect([names(summary.added), names(summary.updated), names(summary.alreadyPresent)]).toEqual([['web-02', 'app-09'], ['web-01'], ['db-01']]);
    expect(names(await app.value('profiles.list', null)).sort()).toEqual(['app-09', 'db-01', 'web-01', 'web-02']);
    const refreshed = await app.value('profiles.get', { id: web01! });
    expect(refreshed.answers).toMatchObject({ 'os-needs': 'linux', 'cpu-architecture': 'x86-64' });
    expect(refreshed.notes.startsWith('Owner: the shop team\n')).toBe(true);
    expect(refreshed.notes).toContain('memory MiB: 8,192');
    expect(refreshed.notes).not.toContain('memory MiB: 4,096');
  });
});

/** A generic CSV whose headers the proposal half-recognises: 'Hostname' is the name, 'Kerne' (cores) and 'Speicher GB' are not known. */
const oddCsv = (rows = ['app-01,4,16,Gold,Red Hat Enterprise Linux 9', 'app-02,2,8,Silver,Windows Server 2012 R2']) =>
  ['Hostname,Kerne,Speicher GB,Tier,Betriebssystem', ...rows].join('\n');

describe('a generic CSV mapping', () => {
  it('is proposed from the header, changed by the user, saved, and the next CSV with these columns (in any order and case) starts from it', async () => {
    const app = await startApp();
    const first = previewed(await preview(app, 'servers.csv', oddCsv()));
    expect(first.report.mapping).toEqual({ Hostname: 'name', Kerne: 'detail', 'Speicher GB': 'detail', Tier: 'detail', Betriebssystem: 'detail' });
    expect(first.columns).toContainEqual({ name: 'Kerne', sample: '4' });
    expect(first.savedMapping).toBeNull();

    const mapping = { Hostname: 'name', Kerne: 'cpus', 'Speicher GB': 'memory-gib', Tier: 'detail', Betriebssystem: 'os' } as const;
    const mapped = previewed(await app.value('inventory.preview', { ...defaults, from: { source: 'previewed', token: first.token }, mapping }));
    expect(mapped.report.mapping).toEqual(mapping);
    expect(mapped.workloads[0]!.inferred).toContainEqual(expect.objectContaining({ questionId: 'os-needs', answerId: 'linux', source: "servers.csv 'Betriebssystem'" }));
    const saved = await app.value('inventory.saveMapping', { token: mapped.token });
    expect(saved.mapping).toEqual(mapping);

    const reordered = 'betriebssystem,TIER,hostname,kerne,speicher gb\nRocky Linux 9,Gold,db-01,8,32\n';
    const next = previewed(await preview(app, 'next-month.csv', reordered));
    expect(next.savedMapping).toEqual({ mapping: { betriebssystem: 'os', TIER: 'detail', hostname: 'name', kerne: 'cpus', 'speicher gb': 'memory-gib' }, savedAt: saved.savedAt });
    expect(next.report.mapping).toEqual(next.savedMapping!.mapping);
    const { token } = next;
    await app.value('inventory.apply', { token });
    const [profile] = app.store.list();
    expect(app.store.get(profile!.id).notes).toContain('CPUs: 8; memory MiB: 32,768');

    // Another header has no saved mapping: the proposal again.
    expect(previewed(await preview(app, 'other.csv', 'Hostname,Kerne\nx,1\n')).savedMapping).toBeNull();
  });

  it('keeps a CSV whose name column it cannot tell under review, with the problem and the mapping to change', async () => {
    const app = await startApp();
    const csv = 'Rechnername,Kerne\nerp-01,8\nerp-01,4\n';
    const first = previewed(await preview(app, 'cmdb.csv', csv));
    expect(first).toMatchObject({ problem: 'cmdb.csv row 1: no column is mapped to the field "name".', workloads: [], report: { imported: 0, mapping: { Rechnername: 'detail', Kerne: 'detail' } } });
    expect(await app.value('inventory.apply', { token: first.token })).toMatchObject({ added: [] });

    const again = previewed(await preview(app, 'cmdb.csv', csv));
    const duplicates = previewed(await app.value('inventory.preview', { ...defaults, from: { source: 'previewed', token: again.token }, mapping: { Rechnername: 'name', Kerne: 'cpus' } }));
    expect(duplicates.problem).toBe('cmdb.csv rows 2 and 3: two servers are named "erp-01".');
    const byCores = previewed(await app.value('inventory.preview', { ...defaults, from: { source: 'previewed', token: duplicates.token }, mapping: { Rechnername: 'detail', Kerne: 'name' } }));
    expect(byCores).toMatchObject({ problem: null, report: { imported: 2 } });
  });

  it('is saved for a generic CSV only', async () => {
    const app = await startApp();
    const { token } = previewed(await preview(app, 'rvtools.xlsx', await estate()));
    expect(await app.failure('inventory.saveMapping', { token })).toMatchObject({ code: 'invalid-argument', message: 'Only a generic CSV has a mapping to save.' });
  });

  it('reads a CSV in another format on request, and keeps the last preview under review when that format cannot read it', async () => {
    const app = await startApp();
    const first = previewed(await preview(app, 'servers.csv', oddCsv()));
    const refused = await app.value('inventory.preview', { ...defaults, from: { source: 'previewed', token: first.token }, format: 'rvtools' });
    expect(refused).toMatchObject({ status: 'refused', error: { code: 'invalid-inventory', message: expect.stringContaining('no vInfo sheet') } });
    expect(previewed(await app.value('inventory.preview', { ...defaults, from: { source: 'previewed', token: first.token }, format: 'csv' })).report.imported).toBe(2);
  });
});

describe('a portfolio group from a column', () => {
  it('sets each per-server profile\'s group without merging the servers', async () => {
    const app = await startApp();
    const { token, workloads } = previewed(await preview(app, 'servers.csv', oddCsv(), { labelBy: 'Tier' }));
    expect(workloads.map((workload) => workload.servers)).toEqual([['app-01'], ['app-02']]);
    await app.value('inventory.apply', { token });
    expect(app.store.list().map((summary) => [summary.name, app.store.get(summary.id).group]).sort()).toEqual([
      ['app-01', 'Gold'],
      ['app-02', 'Silver'],
    ]);
  });

  it('is refused together with a grouping, and for a column the inventory lacks', async () => {
    const app = await startApp();
    const workbook = await estate();
    expect(await preview(app, 'rvtools.xlsx', workbook, { labelBy: 'Application', groupBy: 'Application' })).toMatchObject({ status: 'refused', error: { message: expect.stringContaining('choose one') } });
    expect(await preview(app, 'rvtools.xlsx', workbook, { labelBy: 'Tier' })).toMatchObject({ status: 'refused', error: { message: '--label-by "Tier": the inventory has no such column.' } });
    // A generic CSV stays under review with the problem, its mapping there to change.
    expect(await preview(app, 'servers.csv', oddCsv(), { labelBy: 'Cluster' })).toMatchObject({ status: 'previewed', problem: '--label-by "Cluster": the inventory has no such column.' });
  });
});

describe('the Import… dialog', () => {
  it('sends profile files to the profile import and the first inventory to its review, naming the others', async () => {
    const app = await startApp();
    const folder = await tempDir();
    const paths = ['servers.csv', 'second.xlsx'].map((name) => join(folder, name));
    await writeFile(paths[0]!, oddCsv());
    await writeFile(paths[1]!, await estate());
    app.dialogs.answerOpen([examples[0]!.path, ...paths]);

    const chosen = await app.value('import.preview', { source: 'dialog' });
    expect(app.dialogs.offered[0]![0]).toEqual({ name: 'Profiles, reports and inventories', extensions: ['hostwise', 'json', 'pdf', 'xlsx', 'csv'] });
    expect(chosen.files.map((file) => [file.name, file.error])).toEqual([[examples[0]!.name, null]]);
    expect(chosen.inventory).toMatchObject({ preview: { status: 'previewed', name: 'servers.csv', report: { imported: 2 } }, notRead: ['second.xlsx'] });
    const { token } = previewed(chosen.inventory!.preview);
    expect((await app.value('inventory.apply', { token })).added).toHaveLength(2);
  });
});

describe('the count of workloads', () => {
  const servers = (count: number) => oddCsv(Array.from({ length: count }, (_, index) => `vm-${index},2,4,Gold,Ubuntu 22.04`));

  it('is not held to a profile file\'s 1,000: 5,000 servers, one workload each, are previewed; 1,001 are saved', { timeout: 120_000 }, async () => {
    const app = await startApp();
    expect(previewed(await preview(app, 'estate.csv', servers(5_000), { labelBy: 'Tier' })).report.imported).toBe(5_000);
    // Saving evaluates every profile (milliseconds each): one over the file limit shows the apply takes more.
    const { token } = previewed(await preview(app, 'estate.csv', servers(1_001)));
    expect((await app.value('inventory.apply', { token })).added).toHaveLength(1_001);
    expect(app.store.list()).toHaveLength(1_001);
  });

  it('is held to one import\'s 10,000', async () => {
    const app = await startApp();
    const refused = await preview(app, 'estate.csv', servers(10_001));
    expect(refused).toMatchObject({ status: 'refused', error: { code: 'invalid-inventory', message: '10,001 workloads; one import takes at most 10,000: group the servers by a column.' } });
  });
});
