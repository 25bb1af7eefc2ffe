import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFiles } from '../../../electron/files';
import { createHandlers } from '../../../electron/handlers';
import type { InventoryOptions, InventoryPreview, InventoryPreviewed } from '../../../shared/api';
import { vInfoHeaders, vm, vMetaData, workbook } from '../inventory/workbooks';
import { base64, snapshot, startApp, tempDir, type App } from './support';

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
    const { report, workloads, groupColumns, name } = previewed(await preview(app, 'rvtools.xlsx', await estate()));

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
    expect(groupColumns).toEqual(vInfoHeaders);
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
