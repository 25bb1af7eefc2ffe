import type { Paper, SaveResult } from '../../shared/api';
import { portfolioOf, type Portfolio } from '../../shared/portfolio';
import type { ProfileStore } from '../store';
import type { DialogPort, FilePort, PrinterPort } from '../ports';

/** The saved workloads as a whole, from the summaries each save stored: nothing is evaluated. */
export function readPortfolio(store: ProfileStore): Portfolio {
  return portfolioOf(store.workloads());
}

/**
 * The portfolio summary as a PDF: a few pages whatever the number of workloads (no page per workload, and no
 * profile file attached: the library exports those).
 */
export async function exportPortfolioPdf(ports: { dialogs: DialogPort; files: FilePort; printer: PrinterPort }, paper: Paper): Promise<SaveResult> {
  const path = await ports.dialogs.saveFile({
    title: 'Export portfolio summary as PDF',
    defaultName: 'Hostwise portfolio summary.pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (path === null) return { saved: false };
  await ports.files.writeFile(path, await ports.printer.printReport({ kind: 'portfolio', paper }));
  return { saved: true, path };
}
