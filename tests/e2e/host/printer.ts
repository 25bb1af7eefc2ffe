import type { BrowserContext } from '@playwright/test';
import type { PrinterPort } from '../../../electron/ports';
import { reportQuery } from '../../../shared/api/report-address';

/**
 * The printer port as the Electron shell implements it, with Chromium's page.pdf in place of
 * webContents.printToPDF: load the report route, wait until it says it is ready, print.
 */
export function chromiumPrinter(context: BrowserContext, appUrl: string): PrinterPort {
  return {
    async printReport(request) {
      const { paper } = request;
      const page = await context.newPage();
      try {
        await page.goto(`${appUrl}#/report?${reportQuery(request)}`);
        await page.waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset['report'] ?? ''));
        const state = await page.evaluate(() => document.documentElement.dataset['report']);
        if (state !== 'ready') throw new Error(`The report view failed to render: ${await page.locator('body').innerText()}`);
        await page.emulateMedia({ media: 'print' });
        return new Uint8Array(await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: false }));
      } finally {
        await page.close();
      }
    },
  };
}
