import type { SaveResult } from '../../shared/api';
import { CodedError } from '../../shared/api/errors';
import { reportQuery, type ReportRequest } from '../../shared/api/report-address';

const PRINT_FLAG = 'print';

/**
 * The browser's PDF export: the report view in a tab of its own, which opens the browser's print dialog
 * once the report is ready, so Print → Save as PDF gives the pages the desktop app prints (the same view
 * and print CSS, the paper from `@page`). Nothing is saved by the app itself, so the result says so.
 */
export function openPrintableReport(request: ReportRequest): SaveResult {
  const tab = window.open(`${location.pathname}#/report?${reportQuery(request)}&${PRINT_FLAG}=1`, '_blank');
  if (tab === null) {
    throw new CodedError({ code: 'browser-popup-blocked', message: 'The browser blocked the report’s tab: allow pop-ups for this address, then export again.' });
  }
  return { saved: false };
}

/** Whether the report at this address was opened to be printed. */
export function wantsPrint(hash: string): boolean {
  return new URLSearchParams(hash.split('?')[1] ?? '').has(PRINT_FLAG);
}

/** Opens the print dialog once the report view says it is ready (`<html data-report="ready">`). */
export function printWhenReady(root: HTMLElement = document.documentElement): void {
  const observer = new MutationObserver(() => {
    if (root.dataset['report'] !== 'ready') return;
    observer.disconnect();
    window.print();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-report'] });
}
