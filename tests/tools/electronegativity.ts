/**
 * Electronegativity's static scan of electron/ and renderer/, and the verdict over its SARIF output: the tool
 * reports findings without failing, so a finding fails unless `.electronegativity-accepted.json` accepts it
 * (same rule, same file) with a written reason, one entry per finding.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';

export const acceptedFile = '.electronegativity-accepted.json';

const root = resolve(import.meta.dirname, '../..');

/**
 * The sources, scanned together so the global checks (CSP, navigation limits) see the window code and the
 * page at once; package.json tells it the Electron version, whose defaults the checks depend on. The sources
 * rather than out/: the findings are the same, but they point at source lines, and out/ has no package.json.
 */
const scanned = ['electron', 'renderer', 'package.json'];

export interface Finding {
  rule: string;
  file: string;
  line: number;
  level: string;
  message: string;
}

const acceptedSchema = z.array(
  z.strictObject({
    rule: z.string().min(1),
    file: z.string().min(1),
    reason: z.string().trim().min(20, 'say why the finding is acceptable'),
  }),
);
export type Accepted = z.infer<typeof acceptedSchema>[number];

const sarifSchema = z.object({
  runs: z.array(
    z.object({
      results: z.array(
        z.object({
          ruleId: z.string(),
          level: z.string().default('warning'),
          message: z.object({ text: z.string() }),
          locations: z
            .array(
              z.object({
                physicalLocation: z.object({
                  artifactLocation: z.object({ uri: z.string() }),
                  region: z.object({ startLine: z.number() }).optional(),
                }),
              }),
            )
            .default([]),
        }),
      ),
    }),
  ),
});

/** The findings of a SARIF log; a file is the repository path, or "(global)" for checks without a location. */
export function parseFindings(sarif: unknown): Finding[] {
  return sarifSchema.parse(sarif).runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations[0]?.physicalLocation;
      const uri = location?.artifactLocation.uri ?? 'file:///';
      return {
        rule: result.ruleId,
        file: uri.startsWith('file:') ? '(global)' : uri,
        line: location?.region?.startLine ?? 0,
        level: result.level,
        message: result.message.text,
      };
    }),
  );
}

export function parseAccepted(json: unknown): Accepted[] {
  return acceptedSchema.parse(json);
}

export interface Verdict {
  accepted: Finding[];
  unaccepted: Finding[];
  /** Acceptances no finding matches any more: remove them, so the list says what is true today. */
  stale: Accepted[];
}

/** Each acceptance covers one finding: a second finding of the same rule in the same file needs its own reason. */
export function judge(findings: readonly Finding[], acceptances: readonly Accepted[]): Verdict {
  const unused = [...acceptances];
  const verdict: Verdict = { accepted: [], unaccepted: [], stale: unused };
  for (const finding of findings) {
    const index = unused.findIndex(({ rule, file }) => rule === finding.rule && file === finding.file);
    if (index === -1) verdict.unaccepted.push(finding);
    else {
      verdict.accepted.push(finding);
      unused.splice(index, 1);
    }
  }
  return verdict;
}

/** The files the scanner could not parse, as `electronegativity-run.ts` writes them. */
const runErrorsSchema = z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() }));

export interface Scan {
  findings: Finding[];
  /** Files the scanner could not parse, so nothing in them was checked. */
  unparsed: { file: string; message: string }[];
}

/**
 * Runs the scan (offline: see `electronegativity-run.ts`) and reads its SARIF. The tool still tries to
 * fetch translations first, and falls back to its bundled English without a network (about 3 s here).
 */
export async function scan(): Promise<Scan> {
  const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    const [input, output, errors] = [join(work, 'input'), join(work, 'result.sarif'), join(work, 'errors.json')];
    mkdirSync(input);
    for (const path of scanned) symlinkSync(join(root, path), join(input, path));
    const runner = join(import.meta.dirname, 'electronegativity-run.ts');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', runner, input, output, errors], { cwd: root });
    const unparsed = runErrorsSchema.parse(JSON.parse(readFileSync(errors, 'utf8'))).filter((error) => !error.tolerable);
    return {
      findings: parseFindings(JSON.parse(readFileSync(output, 'utf8'))),
      unparsed: unparsed.map(({ file, message }) => ({ file: relative(input, file), message })),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function readAccepted(): Accepted[] {
  return parseAccepted(JSON.parse(readFileSync(join(root, acceptedFile), 'utf8')));
}
