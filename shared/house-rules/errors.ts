import type { CodedErrorData } from '../api/errors';
import { documentErrorCodes, type ProfileFileError } from '../profile-file/errors';

/** Every way a rules file can be refused. The codes are stable: scripts, CI and tests rely on them. */
export const rulesFileErrorCodes = [
  ...documentErrorCodes,
  'schema-violation',
  'out-of-range',
  'duplicate-id',
  'id-taken',
  'unknown-question',
  'unknown-answer',
  'unknown-option',
  'unknown-criterion',
  'conflicting-entries',
  'relevance-cycle',
  'rules-out-every-option',
] as const;
export type RulesFileErrorCode = (typeof rulesFileErrorCodes)[number];

/** One problem, at a JSON path such as `$.ruleOuts[2].options[0]`. */
export interface RulesProblem extends CodedErrorData {
  code: RulesFileErrorCode;
  path: string;
}

export function problem(code: RulesFileErrorCode, message: string, path: string): RulesProblem {
  return { code, message, path };
}

/** The shared JSON reading steps (size, encoding, syntax, reserved keys) refuse with codes both files share. */
export function readingProblem(error: ProfileFileError): RulesProblem {
  const code = rulesFileErrorCodes.find((known) => known === error.code);
  if (!code) throw new Error(`A JSON reading step refused with a code rules files do not know: ${error.code}`);
  return { code, message: error.message, path: error.path ?? '$' };
}
