import { acceptedFile, judge, readAccepted, scan, type Finding } from './electronegativity';

// The Electronegativity gate: node --import tsx tests/tools/electronegativity-gate.ts (exit 1 on a finding not accepted).
const line = ({ rule, file, line, level }: Finding) => `${level.padEnd(7)} ${rule}  ${file}${line ? `:${line}` : ''}`;

const { findings, unparsed } = await scan();
const verdict = judge(findings, readAccepted());
console.log(`Electronegativity: ${verdict.accepted.length} accepted finding(s) (reasons in ${acceptedFile})`);
for (const finding of verdict.accepted) console.log(`  accepted ${line(finding)}`);
for (const finding of verdict.unaccepted) console.error(`  NOT ACCEPTED ${line(finding)}\n    ${finding.message}`);
for (const { rule, file } of verdict.stale) console.error(`  STALE acceptance ${rule} ${file}: no such finding any more; remove it`);
for (const { file, message } of unparsed) console.error(`  NOT SCANNED ${file}: ${message}`);
if (verdict.unaccepted.length > 0 || verdict.stale.length > 0) {
  console.error(`Fix the finding, or accept it in ${acceptedFile} with the reason it is safe.`);
  process.exitCode = 1;
}
if (unparsed.length > 0) {
  console.error('Electronegativity could not parse these files, so it checked nothing in them.');
  process.exitCode = 1;
}
