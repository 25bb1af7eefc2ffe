import { calibrate } from './calibrate';

/** `npm run calibrate`: the agreement table of the reference workloads. */
const results = calibrate();
const rows = results.map((result) => [
  result.file.replace(/\.hostwise$/, ''),
  result.accept.join(', '),
  result.status === 'recommended' ? result.winner : `${result.status} (${result.winner})`,
  result.confidence ?? '—',
  result.agrees ? 'yes' : result.confidentlyWrong ? 'NO, CONFIDENTLY' : 'no',
]);
const header = ['case', 'accepted', 'winner', 'confidence', 'agree'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));
const agreeing = results.filter((result) => result.agrees).length;
const wrong = results.filter((result) => result.confidentlyWrong).length;
console.log(`\n${agreeing} of ${results.length} agree (${((100 * agreeing) / results.length).toFixed(1)}%); ${wrong} confidently wrong.`);
