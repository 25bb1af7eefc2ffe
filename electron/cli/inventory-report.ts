import { conflictTerms, type ImportReport, type ImportedWorkload, type ServerRef } from '../../shared/inventory';
import { inertLines } from './inert';

const listed = 10;

/** What the import did, for stdout: counts, then who was left out and why, the first few of each. */
export function renderImport(report: ImportReport, workloads: readonly ImportedWorkload[], out: string): string {
  const inferred = workloads.reduce((sum, workload) => sum + workload.inferred.length, 0);
  const conflicts = workloads.flatMap((workload) => workload.conflicts.map((conflict) => `${workload.name}: ${conflict.questionId} (${conflictTerms(conflict).join(' vs ')})`));
  const lines = [
    `Imported ${report.imported} workload${report.imported === 1 ? '' : 's'} from ${report.source} (${report.servers} server${report.servers === 1 ? '' : 's'}) into ${out}`,
    `  templates, not imported: ${report.templates.length}${servers(report.templates)}`,
    `  powered off: ${report.poweredOff.length}${servers(report.poweredOff)}`,
    `  skipped: ${report.skipped.length}${some(report.skipped.map((row) => `${row.sheet} row ${row.row}: ${row.reason}`))}`,
    `  inferred answers: ${inferred} (each profile's notes say from which column); left open, the servers disagree: ${conflicts.length}${some(conflicts)}`,
    `  cells read with care: ${report.notices.length}${some(report.notices.map((notice) => `${notice.sheet} row ${notice.row}, column ${notice.column}: ${notice.message}`))}`,
  ];
  return inertLines(`${lines.join('\n')}\n`);
}

function servers(refs: readonly ServerRef[]): string {
  return some(refs.map((ref) => `${ref.name} (${ref.sheet} row ${ref.row})`));
}

function some(items: readonly string[]): string {
  if (items.length === 0) return '';
  const more = items.length > listed ? `\n      … and ${items.length - listed} more` : '';
  return `${items.slice(0, listed).map((item) => `\n      ${item}`).join('')}${more}`;
}
