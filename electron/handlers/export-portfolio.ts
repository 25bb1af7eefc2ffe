import type { ArgOf, SaveResult } from '../../shared/api';
import { portfolioTable, portfolioXlsx, tableCsv } from '../export/portfolio-table';
import type { ProfileStore } from '../store';
import type { DialogPort, FileFilter, FilePort } from '../ports';
import type { RulesDesk } from '../rules/desk';
import { fileStem, savedProfiles } from './sharing';

export type PortfolioFormat = ArgOf<'export.portfolio'>['format'];

export interface PortfolioPorts {
  store: ProfileStore;
  dialogs: DialogPort;
  files: FilePort;
  rules: RulesDesk;
}

const filters: Record<PortfolioFormat, FileFilter> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};

/**
 * Saved profiles as a table, one row per workload (see portfolio-table.ts), to a CSV or XLSX file the user picks.
 * Each profile is evaluated now, under the rules in force, after the user chose where to save: on the evaluation
 * pool's threads, so the window is answered meanwhile.
 */
export async function exportPortfolio(ports: PortfolioPorts, ids: string[], format: PortfolioFormat): Promise<SaveResult> {
  const profiles = savedProfiles(ports.store, ids);
  const path = await ports.dialogs.saveFile({
    title: 'Export table',
    defaultName: `${fileStem(profiles)}.${format}`,
    filters: [filters[format]],
  });
  if (path === null) return { saved: false };
  const { ruleset } = ports.rules;
  const cells = await ports.rules.evaluateMany('portfolioCells', profiles, ruleset);
  const table = portfolioTable(profiles.map((profile, index) => ({ group: profile.group ?? null, name: profile.name, cells: cells[index]! })));
  await ports.files.writeFile(path, format === 'csv' ? withByteOrderMark(tableCsv(table)) : await portfolioXlsx(table));
  return { saved: true, path };
}

/** Excel reads a CSV file without a byte order mark in the system's code page, and garbles every non-ASCII name. */
function withByteOrderMark(csv: string): string {
  return `\uFEFF${csv}`;
}
