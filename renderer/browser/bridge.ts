import type { HostwiseBridge } from '../../shared/api/bridge';
import type { ArgOf, Outcome } from '../../shared/api';
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

/** The import dialog's file types; the server checks every file again. */
const importable = '.hostwise,.json,.pdf';
const rulesFiles = '.json';
const inventories = '.xlsx,.csv';

async function invoke(channel: string, arg: unknown): Promise<unknown> {
  if (channel === 'export.pdf') return { ok: true, value: openPrintableReport(arg as ArgOf<'export.pdf'>) };
  if (channel === 'export.portfolioPdf') return { ok: true, value: openPrintableReport({ kind: 'portfolio', ...(arg as ArgOf<'export.portfolioPdf'>) }) };
  if (channel === 'import.preview' && (arg as ArgOf<'import.preview'>).source === 'dialog') {
    const files = await pickFiles(importable);
    // A cancelled picker previews nothing, as a cancelled dialog does.
    if (files.length === 0) return { ok: true, value: { files: [] } };
    return call(channel, { source: 'files', files });
  }
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
