import { describe, expect, it, vi } from 'vitest';
import type { ImportSummary, InventoryPreviewed, SavedMapping } from '../../../shared/api';
import { CodedError } from '../../../shared/api/errors';
import { InventoryFlow, type InventoryClient } from '../../../renderer/library/import/inventory-flow';

const previewed = (token: string, names: string[]): InventoryPreviewed => ({
  status: 'previewed',
  token,
  name: 'rvtools.xlsx',
  report: { source: 'RVTools 4.4.2.0', servers: 4, imported: names.length, templates: [{ name: 'golden', sheet: 'vInfo', row: 4 }], poweredOff: [], skipped: [], notices: [], mapping: null },
  workloads: names.map((name, index) => ({ profileId: `${token}-${index}`, name, group: null, servers: [name], inferred: [], conflicts: [], osFamilies: [], status: 'new' as const, changes: null })),
  columns: [
    { name: 'VM', sample: 'web-01' },
    { name: 'Application', sample: 'Shop' },
  ],
  groupColumns: ['Application'],
  savedMapping: null,
  problem: null,
  savedGrouping: null,
});

/** A generic CSV's preview: `Host` read as the name, `Cores` a detail, with the mapping saved for its header, if any. */
const csvPreviewed = (token: string, mapping: Record<string, 'name' | 'cpus' | 'detail'>, savedMapping: SavedMapping | null = null): InventoryPreviewed => ({
  ...previewed(token, ['web-01']),
  name: 'servers.csv',
  report: { ...previewed(token, ['web-01']).report, source: 'a CSV (servers.csv)', mapping },
  columns: [
    { name: 'Host', sample: 'web-01' },
    { name: 'Cores', sample: '4' },
  ],
  savedMapping,
});
const saved: SavedMapping = { mapping: { Host: 'name', Cores: 'cpus' }, savedAt: '2026-12-06T22:00:00.000Z' };

const summary: ImportSummary = { added: [{ id: 'p1', name: 'Shop' }], replaced: [], updated: [], skipped: [], alreadyPresent: [] };

function fakeClient(...previews: Awaited<ReturnType<InventoryClient['inventory.preview']>>[]) {
  const queue = [...previews];
  return {
    'inventory.preview': vi.fn<InventoryClient['inventory.preview']>(async () => queue.shift()!),
    'inventory.apply': vi.fn<InventoryClient['inventory.apply']>(async () => summary),
    'inventory.saveMapping': vi.fn<InventoryClient['inventory.saveMapping']>(async () => saved),
  };
}

const droppedFile = { name: 'rvtools.xlsx', size: 3, read: async () => 'AAAA' };

describe('the inventory import flow', () => {
  it('previews a dropped file, groups it again by a chosen column, and imports the preview shown', async () => {
    const client = fakeClient(previewed('t1', ['web-01', 'web-02', 'db-01']), previewed('t1', ['Shop', 'Ledger']));
    const imported = vi.fn();
    const flow = new InventoryFlow(client, imported);

    await flow.open({ source: 'file', file: droppedFile });
    expect(client['inventory.preview']).toHaveBeenCalledWith({ from: { source: 'file', name: 'rvtools.xlsx', base64: 'AAAA' }, format: 'auto', groupBy: null, includePoweredOff: false });
    expect(flow.snapshot()).toMatchObject({ stage: 'review', busy: false, preview: { report: { imported: 3 } } });

    await flow.change({ groupBy: 'Application' });
    expect(client['inventory.preview']).toHaveBeenLastCalledWith({ from: { source: 'previewed', token: 't1' }, format: 'auto', groupBy: 'Application', includePoweredOff: false });
    expect(flow.snapshot()).toMatchObject({ stage: 'review', options: { groupBy: 'Application' }, preview: { report: { imported: 2 } } });

    await flow.confirm();
    expect(client['inventory.apply']).toHaveBeenCalledWith({ token: 't1' });
    // The summary counts the servers the review left out: the template it listed.
    expect(flow.snapshot()).toEqual({ stage: 'done', summary, leftOut: { templates: 1, poweredOff: 0, skipped: 0 } });
    expect(imported).toHaveBeenCalledTimes(1);
  });

  it('shows a refusal with the place it names, and closes on a cancelled dialog', async () => {
    const message = "vInfo row 7, column E ('Memory'): \"=2+2\" is not a number.";
    const client = fakeClient({ status: 'refused', name: 'bad.xlsx', error: { code: 'invalid-inventory', message } }, { status: 'cancelled' });
    const flow = new InventoryFlow(client, vi.fn());

    await flow.open({ source: 'dialog' });
    expect(flow.snapshot()).toEqual({ stage: 'refused', name: 'bad.xlsx', message });
    await flow.open({ source: 'dialog' });
    expect(flow.snapshot()).toEqual({ stage: 'closed' });
    expect(client['inventory.apply']).not.toHaveBeenCalled();
  });

  it('says why when saving fails', async () => {
    const client = fakeClient(previewed('t1', ['web-01']));
    client['inventory.apply'].mockRejectedValueOnce(new CodedError({ code: 'store-read-only', message: 'The library is read-only.' }));
    const flow = new InventoryFlow(client, vi.fn());
    await flow.open({ source: 'file', file: droppedFile });
    await flow.confirm();
    expect(flow.snapshot()).toEqual({ stage: 'refused', name: 'rvtools.xlsx', message: 'The library is read-only.' });
  });

  it('keeps the review open when another format cannot read the file, saying why, and imports nothing until a format can', async () => {
    const message = 'The workbook has no vInfo sheet (it has: servers.csv); is it an RVTools export?';
    const client = fakeClient(csvPreviewed('t1', { Host: 'name', Cores: 'detail' }), { status: 'refused', name: 'servers.csv', error: { code: 'invalid-inventory', message } }, csvPreviewed('t2', { Host: 'name', Cores: 'detail' }));
    const flow = new InventoryFlow(client, vi.fn());
    await flow.open({ source: 'file', file: { ...droppedFile, name: 'servers.csv' } });

    await flow.change({ format: 'rvtools' });
    expect(flow.snapshot()).toMatchObject({ stage: 'review', busy: false, problem: message, options: { format: 'rvtools' }, preview: { token: 't1' } });
    await flow.confirm();
    expect(client['inventory.apply']).not.toHaveBeenCalled();

    await flow.change({ format: 'csv' });
    expect(flow.snapshot()).toMatchObject({ stage: 'review', problem: null, options: { format: 'csv' }, preview: { token: 't2' } });
    expect(client['inventory.preview']).toHaveBeenLastCalledWith(expect.objectContaining({ from: { source: 'previewed', token: 't1' }, format: 'csv' }));
  });

  it('maps a field to another column by previewing again with the whole mapping, and saves it', async () => {
    const client = fakeClient(csvPreviewed('t1', { Host: 'name', Cores: 'detail' }), csvPreviewed('t2', { Host: 'name', Cores: 'cpus' }));
    const flow = new InventoryFlow(client, vi.fn());
    await flow.open({ source: 'file', file: { ...droppedFile, name: 'servers.csv' } });

    await flow.mapField('cpus', 'Cores');
    expect(client['inventory.preview']).toHaveBeenLastCalledWith(expect.objectContaining({ from: { source: 'previewed', token: 't1' }, mapping: { Host: 'name', Cores: 'cpus' } }));
    await flow.saveMapping();
    expect(client['inventory.saveMapping']).toHaveBeenCalledWith({ token: 't2' });
    expect(flow.snapshot()).toMatchObject({ stage: 'review', busy: false, preview: { token: 't2', savedMapping: saved } });
  });

  it('stays closed when the review is closed while a new preview is under way', async () => {
    let answer: (preview: InventoryPreviewed) => void = () => undefined;
    const client = fakeClient(previewed('t1', ['web-01']));
    const flow = new InventoryFlow(client, vi.fn());
    await flow.open({ source: 'file', file: droppedFile });
    client['inventory.preview'].mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const changing = flow.change({ groupBy: 'Application' });
    flow.close();
    answer(previewed('t1', ['Shop']));
    await changing;
    expect(flow.snapshot()).toEqual({ stage: 'closed' });
  });

  it('reviews an inventory main previewed from the Import… dialog with the first options', async () => {
    const flow = new InventoryFlow(fakeClient(), vi.fn());
    await flow.review(previewed('t1', ['web-01']));
    expect(flow.snapshot()).toMatchObject({ stage: 'review', options: { format: 'auto', groupBy: null, includePoweredOff: false }, problem: null });
  });

  it('opens an estate saved grouped by a column grouped so, and says it; a grouping chosen after that is the user’s', async () => {
    const savedByApplication = { groupBy: 'Application', workloads: 2, servers: 5 };
    const client = fakeClient(
      { ...previewed('t1', ['web-01', 'web-02', 'db-01']), savedGrouping: savedByApplication },
      previewed('t1', ['Shop', 'Ledger']),
      { ...previewed('t1', ['web-01', 'web-02', 'db-01']), savedGrouping: savedByApplication },
    );
    const flow = new InventoryFlow(client, vi.fn());

    await flow.open({ source: 'file', file: droppedFile });
    expect(client['inventory.preview']).toHaveBeenLastCalledWith({ from: { source: 'previewed', token: 't1' }, format: 'auto', groupBy: 'Application', labelBy: null, includePoweredOff: false });
    expect(flow.snapshot()).toMatchObject({ stage: 'review', options: { groupBy: 'Application' }, followed: savedByApplication, preview: { report: { imported: 2 } } });

    await flow.change({ groupBy: null });
    expect(flow.snapshot()).toMatchObject({ stage: 'review', options: { groupBy: null }, preview: { savedGrouping: savedByApplication } });
    expect(flow.snapshot()).not.toHaveProperty('followed');
    expect(client['inventory.preview']).toHaveBeenCalledTimes(3);
  });
});
