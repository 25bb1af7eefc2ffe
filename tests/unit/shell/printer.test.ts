import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CodedError } from '../../../shared/api/errors';
import { createPrinter, reportUrl, REPORT_STATE_SCRIPT, waitForReport } from '../../../electron/shell/printer';
import { hardenedWebPreferences } from '../../../electron/shell/window';
import { BrowserWindow, FakeWebContents, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakes);

const ids = ['1f0c1c36-5f9e-4a43-9d4e-4b8f5f1d2a10', '2a0c1c36-5f9e-4a43-9d4e-4b8f5f1d2a10'];
const fast = { timeoutMs: 1_000, intervalMs: 1 };

function printingWindow(): BrowserWindow {
  const window = BrowserWindow.created[0];
  if (!window) throw new Error('no printing window');
  return window;
}

describe('reportUrl', () => {
  it('is the report route of the app, with the profiles and the paper', () => {
    const url = new URL(reportUrl({ ids, paper: 'Letter' }));
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe('app://hostwise/index.html');
    const [route, query] = url.hash.split('?');
    expect(route).toBe('#/report');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({ ids: ids.join(','), paper: 'Letter' });
  });
});

describe('the printer port', () => {
  it('prints the report in a hidden hardened window, with backgrounds, on the chosen paper, then closes it', async () => {
    const pdf = await createPrinter('/app/preload.cjs', fast).printReport({ ids, paper: 'A4' });
    const window = printingWindow();
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ ...hardenedWebPreferences, devTools: false });
    expect(window.loaded).toEqual([reportUrl({ ids, paper: 'A4' })]);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true });
    expect(Buffer.from(pdf).toString()).toMatch(/^%PDF-/);
    expect([window.shown, window.destroyed]).toEqual([false, true]);
  });

  it('closes the window when the report view fails too', async () => {
    const printing = createPrinter('/app/preload.cjs', fast).printReport({ ids, paper: 'A4' });
    printingWindow().webContents.executeJavaScript.mockResolvedValue('failed');
    await expect(printing).rejects.toMatchObject({ code: 'pdf-report-failed' });
    expect(printingWindow().destroyed).toBe(true);
    expect(printingWindow().webContents.printToPDF).not.toHaveBeenCalled();
  });
});

describe('waitForReport', () => {
  it('waits until the report view says it is ready', async () => {
    const contents = new FakeWebContents();
    contents.executeJavaScript.mockResolvedValueOnce('').mockResolvedValueOnce('');
    await waitForReport(contents, fast);
    expect(contents.executeJavaScript.mock.calls).toEqual([[REPORT_STATE_SCRIPT], [REPORT_STATE_SCRIPT], [REPORT_STATE_SCRIPT]]);
  });

  it('gives up with a coded error when the report never becomes ready', async () => {
    const contents = new FakeWebContents();
    contents.executeJavaScript.mockResolvedValue('');
    const error = await waitForReport(contents, { timeoutMs: 0, intervalMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({ code: 'pdf-timeout' });
  });
});
