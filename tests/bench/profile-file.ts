import { readdirSync, readFileSync } from 'node:fs';
import { fileLimits, parseProfileFile, serializeProfileFile } from '../../shared/profile-file';
import { validProfile } from '../fixtures/hostile-cases';
import { hostileFolder } from '../tools/generated-files';
import { quantile, report, time } from './stats';

const root = new URL('../../', import.meta.url);
const uuid = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

/** A file just under 5 MB: 1,000 profiles with long notes, the largest a user can legitimately share. */
function largestValidFile(): string {
  const notes = 'n'.repeat(4_700);
  return serializeProfileFile(Array.from({ length: fileLimits.maxProfiles }, (_, index) => ({ ...validProfile, id: uuid(index), notes })));
}

/** Inputs that make each stage work hardest while staying under the size cap. */
function worstCases(): [string, string | Uint8Array][] {
  const largest = largestValidFile();
  const room = fileLimits.maxBytes - 100;
  return [
    ['largest valid file (accepted)', largest],
    ['largest file, last answer unknown', largest.replace(/"own"(?![\s\S]*"own")/, '"nobody"')],
    ['5 MB of whitespace, then {}', `${' '.repeat(room)}{}`],
    ['5 MB list of numbers as profiles', `{"format":"hostwise.profiles","version":1,"profiles":[${'0,'.repeat(room / 2 - 40)}0]}`],
    ['5 MB of 1,000-key objects', `[${Array.from({ length: 500 }, () => `{${Array.from({ length: 1_000 }, (_, k) => `"k${k}":0`).join(',')}}`).join(',')}]`.slice(0, room)],
    ['5 MB + 1 byte', new Uint8Array(fileLimits.maxBytes + 1)],
  ];
}

/** Prints how long parseProfileFile takes to refuse each hostile file and the worst cases, and the slowest refusal. */
export async function benchProfileFile(): Promise<void> {
  console.log('profile file parsing');
  const refusals: [string, number][] = [];
  for (const name of readdirSync(new URL(hostileFolder, root))) {
    const bytes = readFileSync(new URL(`${hostileFolder}/${name}`, root));
    refusals.push([name, quantile(time(() => parseProfileFile(bytes), { warmUp: 3, runs: 20 }), 0.5)]);
  }
  refusals.sort(([, a], [, b]) => b - a);
  const [slowest] = refusals;
  console.log(`  ${refusals.length} hostile files: slowest refusal ${slowest![0]} median ${slowest![1].toFixed(3)} ms`);
  for (const [name, input] of worstCases()) {
    const outcome = parseProfileFile(input);
    const label = `  ${name} → ${outcome.ok ? 'accepted' : outcome.error.code}`;
    console.log(report(label, time(() => parseProfileFile(input), { warmUp: 2, runs: 10 })));
  }
}
