import type { HostwiseBridge } from '../../shared/api/bridge';
import type { ArgOf, ImportPreview, InventoryPreview, Outcome } from '../../shared/api';
import { defaultInventoryOptions } from '../../shared/api/limits';
import { inventoryExtensions, isInventoryFile } from '../../shared/inventory/file-names';
import { download, pickFiles } from './files';
import { openPrintableReport } from './print';

/**
 * `window.hostwise` in the browser mode, where no preload exposes it: the same bare `invoke` over HTTP to
 * the local server (`POST /api/<channel>`, authorised by the HttpOnly cookie the server set). What the
 * desktop app does with native dialogs the page does itself: the file picker for an import or a rules file, downloads for
 * saved files, the print-ready report for a PDF. Nothing is pushed to the page: there is no app menu and
 * no file opened with the app.
 */
export function installBrowserBridge(): void {
  const bridge: HostwiseBridge = { invoke, onOpenFiles: () => ignore, onMenuCommand: () => ignore };
  Object.defineProperty(window, 'hostwise', { value: Object.freeze(bridge) });
}

const ignore = () => undefined;

const inventories = inventoryExtensions.map((extension) => `.${extension}`).join(',');
/** The import dialog's file types (an inventory goes to its own review); the server checks every file again. */
const importable = `.hostwise,.json,.pdf,${inventories}`;
const rulesFiles = '.json';

async function invoke(channel: string, arg: unknown): Promise<unknown> {
  if (channel === 'export.pdf') return { ok: true, value: openPrintableReport(arg as ArgOf<'export.pdf'>) };
  if (channel === 'export.portfolioPdf') return { ok: true, value: openPrintableReport({ kind: 'portfolio', ...(arg as ArgOf<'export.portfolioPdf'>) }) };
  if (channel === 'import.preview' && (arg as ArgOf<'import.preview'>).source === 'dialog') return previewPicked(await pickFiles(importable));
  if (channel === 'rules.open' && (arg as ArgOf<'rules.open'>).source === 'dialog') {
    const [file] = await pickFiles(rulesFiles);
    return file ? call(channel, { source: 'file', ...file }) : { ok: true, value: { status: 'cancelled' } };
  }
  if (channel === 'inventory.preview' && (arg as ArgOf<'inventory.preview'>).from.source === 'dialog') {
    const [file] = await pickFiles(inventories);
    return file ? call(channel, { ...(arg as ArgOf<'inventory.preview'>), from: { source: 'file', ...file } }) : { ok: true, value: { status: 'cancelled' } };
  }
  return call(channel, arg);
}

type Picked = Awaited<ReturnType<typeof pickFiles>>;

/**
 * What main's Import… dialog does: profile files and reports previewed for the profile import, the first inventory
 * for its own review, the other inventories named as not read. A cancelled picker previews nothing.
 */
async function previewPicked(files: Picked): Promise<Outcome<ImportPreview>> {
  const profileFiles = files.filter((file) => !isInventoryFile(file.name));
  const [inventory, ...others] = files.filter((file) => isInventoryFile(file.name));
  const previewed = profileFiles.length === 0 ? { ok: true as const, value: { files: [] } } : ((await call('import.preview', { source: 'files', files: profileFiles })) as Outcome<ImportPreview>);
  if (!previewed.ok || inventory === undefined) return previewed;
  const reviewed = (await call('inventory.preview', { ...defaultInventoryOptions, from: { source: 'file', ...inventory } })) as Outcome<InventoryPreview>;
  if (!reviewed.ok) return reviewed;
  return { ok: true, value: { ...previewed.value, inventory: { preview: reviewed.value, notRead: others.map((file) => file.name) } } };
}

async function call(channel: string, arg: unknown): Promise<unknown> {
  const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(arg ?? null),
  });
  if (!response.ok) return refused(response.status);
  const { outcome, downloads } = (await response.json()) as { outcome: unknown; downloads: { name: string; base64: string }[] };
  downloads.forEach(download);
  return outcome;
}

function refused(status: number): Outcome<never> {
  const message =
    status === 401 || status === 403
      ? 'The local Hostwise server refused this page: open the address Hostwise printed when it started.'
      : `The local Hostwise server answered ${status}: is it still running?`;
  return { ok: false, error: { code: 'browser-refused', message } };
}
