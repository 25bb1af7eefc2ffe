import type { CodedErrorData } from '../../shared/api/errors';
import { catalog } from '../../shared/catalog';
import { parseRulesFile, type HouseRules } from '../../shared/house-rules';
import type { CliIo } from './io';
import { describeFailure, readBytes } from './read-file';

export type RulesOutcome = { ok: true; rules: HouseRules } | { ok: false; problems: CodedErrorData[] };

/** Reads and checks a rules file against the catalogue. */
export async function readRulesFile(path: string, io: CliIo): Promise<RulesOutcome> {
  const read = await readBytes(path, io);
  return read.ok ? parseRulesFile(read.bytes, catalog) : { ok: false, problems: [read.error] };
}

/** The rules of a file, or null after printing each of its problems on stderr. */
export async function loadRules(path: string, io: CliIo): Promise<HouseRules | null> {
  const outcome = await readRulesFile(path, io);
  if (outcome.ok) return outcome.rules;
  outcome.problems.forEach((problem) => io.stderr(describeFailure(path, problem)));
  return null;
}
