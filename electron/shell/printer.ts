import { setTimeout as delay } from 'node:timers/promises';
import type { WebContents } from 'electron';
import { CodedError, type CodedErrorData } from '../../shared/api/errors';
import { reportQuery, type ReportRequest } from '../../shared/api/report-address';
import type { PrinterPort } from '../ports';
import { APP_ENTRY_URL } from './urls';
import { createHiddenWindow } from './window';

export function reportUrl(request: ReportRequest): string {
  return `${APP_ENTRY_URL}#/report?${reportQuery(request)}`;
}

/**
 * The report view sets `<html data-report="ready">` once everything is rendered (data loaded, charts
 * drawn, fonts ready), or `"failed"`. The page loading is not enough: the data arrives over IPC later.
 */
export const REPORT_STATE_SCRIPT = "document.documentElement.dataset.report ?? ''";

export interface WaitOptions {
  timeoutMs: number;
  intervalMs: number;
}

const reportFailed: CodedErrorData = { code: 'pdf-report-failed', message: 'The report could not be prepared for printing.' };
const reportTimedOut: CodedErrorData = { code: 'pdf-timeout', message: 'The report took too long to prepare for printing.' };

export async function waitForReport(
  contents: Pick<WebContents, 'executeJavaScript'>,
  { timeoutMs, intervalMs }: WaitOptions,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state: unknown = await contents.executeJavaScript(REPORT_STATE_SCRIPT);
    if (state === 'ready') return;
    if (state === 'failed') throw new CodedError(reportFailed);
    if (Date.now() >= deadline) throw new CodedError(reportTimedOut);
    await delay(intervalMs);
  }
}

/** The printer port: the report view, printed to PDF bytes by a hidden hardened window. */
const defaultWait: WaitOptions = { timeoutMs: 30_000, intervalMs: 100 };

export function createPrinter(preload: string, wait = defaultWait): PrinterPort {
  return {
    async printReport(request) {
      const window = createHiddenWindow(preload);
      try {
        await window.loadURL(reportUrl(request));
        await waitForReport(window.webContents, wait);
        return await window.webContents.printToPDF({ pageSize: request.paper, printBackground: true });
      } finally {
        window.destroy();
      }
    },
  };
}
