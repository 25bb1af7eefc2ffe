import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Runs Electronegativity through its documented programmatic entry: node --import tsx
 * tests/tools/electronegativity-run.ts INPUT OUTPUT.sarif ERRORS.json. Writes the files it could not parse
 * (which its command line does not report) to ERRORS.json; the tool prints to stdout itself. A process of
 * its own because the tool does not wait for its SARIF file to be written: it is complete once this exits.
 */
type Run = (options: {
  input: string;
  output: string;
  isSarif: boolean;
  isRelative: boolean;
  excludeFromScan: string[];
}) => Promise<{ errors: unknown[] }>;

const [input, output, errorsFile] = process.argv.slice(2);
if (input === undefined || output === undefined || errorsFile === undefined) {
  throw new Error('usage: electronegativity-run.ts INPUT OUTPUT.sarif ERRORS.json');
}

const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;
// AvailableSecurityFixesGlobalCheck asks the network (`-x` on the tool's command line).
const { errors } = await run({ input, output, isSarif: true, isRelative: true, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'] });
writeFileSync(errorsFile, JSON.stringify(errors));
